#include "engine/runresult.h"

#include "common/sqlstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seatsim {

QJsonObject RunResult::toJson() const {
    QJsonObject json{
        {u"exercise"_s, exerciseId(scenario.exercise)},
        {u"strategy"_s, strategy},
        {u"run"_s, run},
        {u"threads"_s, scenario.threads},
        {u"per_thread"_s, scenario.perThread},
        {u"think_ms"_s, scenario.thinkMs},
        {u"pause_ms"_s, scenario.pauseMs},
        {u"seed"_s, QString::number(scenario.seed)},
        {u"max_tries"_s, scenario.maxTries},
        {u"duration_ms"_s, durationMs},
        {u"attempts_per_s"_s, qRound(attemptsPerSecond() * 10) / 10.0},
        {u"stopped"_s, stoppedByUser},
    };
    counters.insertInto(json);
    if (scenario.durationMs > 0)
        json.insert(u"duration_limit_ms"_s, scenario.durationMs);
    const Audit finalAudit = audit.value_or(Audit{});
    json.insert(u"capacity"_s, audit ? finalAudit.capacity() : scenario.capacity());
    json.insert(u"free"_s, audit ? QJsonValue(finalAudit.free()) : QJsonValue());
    json.insert(u"occupied"_s, audit ? QJsonValue(finalAudit.occupied()) : QJsonValue());
    json.insert(u"drift"_s, audit ? QJsonValue(finalAudit.drift()) : QJsonValue());
    QJsonArray overbooked;
    for (const SessionAudit& session : finalAudit.overbookedSessions())
        overbooked.append(session.id);
    // A run that was not audited claims neither consistency nor overbooking.
    json.insert(u"overbooked_sessions"_s, audit ? QJsonValue(overbooked) : QJsonValue());
    json.insert(u"consistent"_s, audit ? QJsonValue(consistent()) : QJsonValue());
    if (verdict.kind != Verdict::Kind::Unjudged) // a run that did not run has no verdict
        verdict.insertInto(json);
    else if (audit) // it ran, but was cut before anything could be judged: say why
        verdict.insertInterruptionInto(json);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    if (!problems.isEmpty())
        json.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    return json;
}

QString RunResult::report() const {
    QString text =
        RunResult::tr("Run %1: %2, %3 threads × %4, think %5 ms, seed %6")
            .arg(run)
            .arg(strategy)
            .arg(scenario.threads)
            .arg(scenario.durationMs > 0 ? RunResult::tr("%1 ms").arg(scenario.durationMs)
                                         : QString::number(scenario.perThread))
            .arg(scenario.thinkMs)
            .arg(scenario.seed) +
        u'\n';
    auto line = [&text](const QString& label, const QString& value) {
        text += u"  "_s + label.leftJustified(24, u' ') + value + u'\n';
    };
    line(RunResult::tr("attempts"), QString::number(counters.attempts));
    line(RunResult::tr("reserved seats"), QString::number(counters.reserved));
    line(RunResult::tr("rejected (full)"), QString::number(counters.rejectedFull));
    line(RunResult::tr("failed"), QString::number(counters.failed));
    line(RunResult::tr("retries"), QString::number(counters.retries));
    line(RunResult::tr("deadlocks (40P01)"), QString::number(counters.deadlocks));
    line(RunResult::tr("serialization (40001)"), QString::number(counters.serializationFailures));
    if (counters.unknownOutcomes > 0)
        line(RunResult::tr("unknown outcomes"), QString::number(counters.unknownOutcomes));
    for (auto it = counters.errors.cbegin(); it != counters.errors.cend(); ++it) {
        const SqlStateKind kind = sqlStateKind(it.key());
        if (kind != SqlStateKind::Deadlock && kind != SqlStateKind::SerializationFailure)
            line(RunResult::tr("error %1").arg(it.key()), QString::number(it.value()));
    }
    line(RunResult::tr("duration"),
         RunResult::tr("%1 ms (%2 attempts/s)")
             .arg(QLocale().toString(durationMs), QLocale().toString(attemptsPerSecond(), 'f', 1)));
    for (const QString& problem : problems)
        text += u"  ! "_s + problem + u'\n';
    if (!error.isEmpty())
        text += u"  "_s + RunResult::tr("ERROR: %1").arg(error) + u'\n';
    if (audit) {
        // Sums that hold with a student over the seat limit: the limit is what broke.
        const QString why = !consistent() && audit->inconsistentSessions().isEmpty()
                                ? verdict.sessionLines().join(u"; "_s)
                                : audit->verdict();
        text += u"  "_s +
                (consistent() ? RunResult::tr("CONSISTENT") : RunResult::tr("INCONSISTENT")) +
                u": "_s + why + u'\n';
    }
    if (!verdict.unjudgedReason().isEmpty())
        text += u"  "_s + RunResult::tr("verdict: %1").arg(verdict.unjudgedReason()) + u'\n';
    if (verdict.kind != Verdict::Kind::Unjudged) {
        text += u"  "_s + RunResult::tr("verdict: %1").arg(verdict.headline()) + u'\n';
        if (verdict.firstFailure.isSet() && verdict.failed == 0) // retried, so not in the verdict
            text +=
                u"  "_s + RunResult::tr("the server: %1").arg(verdict.firstFailure.message) + u'\n';
        for (const QString& session : verdict.sessionLines())
            text += u"    "_s + session + u'\n';
    }
    return text;
}

} // namespace seatsim
