#include "analysis/judge.h"

#include <algorithm>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

const QStringList& reasonOrder() {
    static const QStringList order{
        u"inconsistent"_s,   u"deadlocks"_s,           u"failures"_s,
        u"wrong_refusals"_s, u"unreported_bookings"_s, u"false_bookings"_s};
    return order;
}

int rank(Verdict::Kind kind) {
    switch (kind) {
    case Verdict::Kind::Unjudged:
        return 0;
    case Verdict::Kind::Correct:
        return 1;
    case Verdict::Kind::NotCorrect:
        return 2;
    case Verdict::Kind::Inconsistent:
        return 3;
    }
    return 0;
}

int sessionDrift(const SessionAudit& session) {
    return session.free + session.registrations - session.capacity;
}

QString sumText(int free, int occupied, int capacity) {
    if (free + occupied == capacity)
        return Verdict::tr("%1 free + %2 occupied = %3").arg(free).arg(occupied).arg(capacity);
    return Verdict::tr("%1 free + %2 occupied = %3 ≠ %4")
        .arg(free)
        .arg(occupied)
        .arg(free + occupied)
        .arg(capacity);
}

} // namespace

void AnswerBook::noteBooking(int user, int session, int session2, int seats) {
    if (seats <= 0)
        return;
    reported[{session, user}] += 1;
    if (seats >= 2 && session2 > 0)
        reported[{session2, user}] += seats - 1;
    else if (seats >= 2)
        reported[{session, user}] += seats - 1;
}

void AnswerBook::noteRefusal(int session, int session2, bool seatsLeft) {
    refusals[{session, session2}] += 1;
    if (seatsLeft)
        refusalsWithSeatsLeft[{session, session2}] += 1;
}

void AnswerBook::add(const AnswerBook& other) {
    for (auto it = other.reported.cbegin(); it != other.reported.cend(); ++it)
        reported[it.key()] += it.value();
    for (auto it = other.refusals.cbegin(); it != other.refusals.cend(); ++it)
        refusals[it.key()] += it.value();
    for (auto it = other.refusalsWithSeatsLeft.cbegin(); it != other.refusalsWithSeatsLeft.cend();
         ++it)
        refusalsWithSeatsLeft[it.key()] += it.value();
}

QList<SessionAudit> inconsistentSessions(const Audit& audit) {
    QList<SessionAudit> result;
    for (const SessionAudit& session : audit.sessions) {
        if (sessionDrift(session) != 0 || session.overbooked())
            result.append(session);
    }
    return result;
}

Verdict judge(const JudgeInput& input) {
    Verdict verdict;
    verdict.audit = input.audit;
    verdict.firstFailure = input.firstFailure;
    verdict.attempts = input.counters.attempts;
    verdict.deadlocks = input.counters.deadlocks;
    verdict.serializationFailures = input.counters.serializationFailures;
    verdict.failed = input.counters.failed;
    if (!input.audit)
        return verdict; // nothing to judge: the run never reached its audit

    const Audit& audit = *input.audit;
    verdict.inconsistentSessions = inconsistentSessions(audit);
    const bool consistent = audit.drift() == 0 && verdict.inconsistentSessions.isEmpty();

    if (input.registrations) {
        QMap<int, int> freeOf;
        for (const SessionAudit& session : audit.sessions)
            freeOf.insert(session.id, session.free);
        // Seats never come back, so a session with a free seat at the end had one when
        // the attempt was refused; a session that sold out later had one when the worker
        // saw it free right after its refusal.
        for (auto it = input.answers.refusals.cbegin(); it != input.answers.refusals.cend(); ++it) {
            const auto [session, session2] = it.key();
            if (freeOf.value(session) > 0 && (session2 == 0 || freeOf.value(session2) > 0))
                verdict.wrongRefusals += it.value();
            else
                verdict.wrongRefusals += input.answers.refusalsWithSeatsLeft.value(it.key());
        }
        const RegistrationBook& table = *input.registrations;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            verdict.unreportedBookings +=
                qMax(0, it.value() - input.answers.reported.value(it.key()));
        for (auto it = input.answers.reported.cbegin(); it != input.answers.reported.cend(); ++it)
            verdict.falseBookings += qMax(0, it.value() - table.value(it.key(), 0));
    }

    if (!consistent)
        verdict.reasons << u"inconsistent"_s;
    if (verdict.deadlocks > 0)
        verdict.reasons << u"deadlocks"_s;
    if (verdict.failed > 0)
        verdict.reasons << u"failures"_s;
    if (verdict.wrongRefusals > 0)
        verdict.reasons << u"wrong_refusals"_s;
    if (verdict.unreportedBookings > 0)
        verdict.reasons << u"unreported_bookings"_s;
    if (verdict.falseBookings > 0)
        verdict.reasons << u"false_bookings"_s;

    verdict.kind = !consistent                 ? Verdict::Kind::Inconsistent
                   : verdict.reasons.isEmpty() ? Verdict::Kind::Correct
                                               : Verdict::Kind::NotCorrect;
    return verdict;
}

QString Verdict::kindId() const {
    switch (kind) {
    case Kind::Unjudged:
        break;
    case Kind::Correct:
        return u"correct"_s;
    case Kind::Inconsistent:
        return u"inconsistent"_s;
    case Kind::NotCorrect:
        return u"not_correct"_s;
    }
    return u"unjudged"_s;
}

QString Verdict::kindText(const QString& kindId) {
    if (kindId == u"correct")
        return tr("correct");
    if (kindId == u"inconsistent")
        return tr("inconsistent");
    if (kindId == u"not_correct")
        return tr("not correct");
    return tr("not judged");
}

QStringList Verdict::sessionLines() const {
    QStringList lines;
    for (const SessionAudit& session : inconsistentSessions) {
        QString line = tr("session %1: %2")
                           .arg(session.id)
                           .arg(sumText(session.free, session.registrations, session.capacity));
        if (session.free < 0)
            line += tr(", %1 free").arg(session.free);
        else if (session.registrations > session.capacity)
            line += tr(", overbooked by %1").arg(session.registrations - session.capacity);
        lines << line;
    }
    return lines;
}

QString Verdict::inconsistentHeadline() const {
    if (!audit)
        return headline();
    const SessionAudit* worst = nullptr;
    for (const SessionAudit& session : inconsistentSessions) {
        if (session.overbookedBy() > 0 &&
            (!worst || session.overbookedBy() > worst->overbookedBy()))
            worst = &session;
    }
    if (!worst)
        return tr("inconsistent: %1")
            .arg(sumText(audit->free(), audit->occupied(), audit->capacity()));
    const int sold = worst->overbookedBy();
    QString text = sold == 1
                       ? tr("inconsistent: session %1 sold 1 seat it does not have").arg(worst->id)
                       : tr("inconsistent: session %1 sold %2 seats it does not have")
                             .arg(worst->id)
                             .arg(sold);
    return text; // the other sessions follow in the detail, each with its sum
}

QString Verdict::headline() const {
    if (kind == Kind::Unjudged || !audit)
        return tr("not judged: the run did not reach its audit");
    const QString sum = sumText(audit->free(), audit->occupied(), audit->capacity());
    if (kind == Kind::Inconsistent) {
        QStringList lines = sessionLines();
        constexpr int shown = 3;
        if (lines.size() > shown) {
            const qsizetype more = lines.size() - shown;
            lines = lines.mid(0, shown);
            lines << (more == 1 ? tr("1 more session") : tr("%1 more sessions").arg(more));
        }
        return tr("inconsistent: %1").arg(sum) +
               (lines.isEmpty() ? QString() : u" — "_s + lines.join(u"; "_s));
    }
    if (kind == Kind::Correct)
        return tr("correct: %1, no deadlocks, every answer right").arg(sum);

    QStringList parts;
    if (deadlocks > 0) {
        parts << (deadlocks == 1 ? tr("1 deadlock") : tr("%1 deadlocks").arg(deadlocks));
    }
    if (failed > 0) {
        const QString why = firstFailure.isSet() ? u": "_s + firstFailure.message : QString();
        // A script error ends the run at its first attempt: "all 1 reservations" reads badly.
        parts << (failed >= attempts && attempts == 1 ? tr("the only reservation failed") + why
                  : failed >= attempts && attempts > 0
                      ? tr("all %1 reservations failed").arg(attempts) + why
                  : failed == 1
                      ? tr("1 of %1 reservations failed").arg(attempts) + why
                      : tr("%1 of %2 reservations failed").arg(failed).arg(attempts) + why);
    }
    if (wrongRefusals > 0)
        parts << (wrongRefusals == 1 ? tr("1 refusal while seats were free")
                                     : tr("%1 refusals while seats were free").arg(wrongRefusals));
    if (unreportedBookings > 0)
        parts << (unreportedBookings == 1 ? tr("1 booking not reported")
                                          : tr("%1 bookings not reported").arg(unreportedBookings));
    if (falseBookings > 0)
        parts << (falseBookings == 1
                      ? tr("1 booking reported that the table does not hold")
                      : tr("%1 bookings reported that the table does not hold").arg(falseBookings));
    return tr("consistent, but %1").arg(parts.join(u"; "_s));
}

void Verdict::insertInto(QJsonObject& json) const {
    json.insert(u"verdict"_s, kindId());
    json.insert(u"reasons"_s, QJsonArray::fromStringList(reasons));
    json.insert(u"wrong_refusals"_s, wrongRefusals);
    json.insert(u"unreported_bookings"_s, unreportedBookings);
    json.insert(u"false_bookings"_s, falseBookings);
    json.insert(u"failed"_s, failed);
    json.insert(u"deadlocks"_s, deadlocks);
    QJsonArray sessions;
    for (const SessionAudit& session : inconsistentSessions)
        sessions.append(session.id);
    json.insert(u"inconsistent_sessions"_s, sessions);
    json.insert(u"first_failure_sqlstate"_s,
                firstFailure.sqlState.isEmpty() ? QJsonValue() : QJsonValue(firstFailure.sqlState));
    json.insert(u"first_failure_message"_s,
                firstFailure.isSet() ? QJsonValue(firstFailure.message) : QJsonValue());
}

void Verdict::add(const Verdict& other) {
    if (rank(other.kind) > rank(kind))
        kind = other.kind;
    QStringList merged;
    for (const QString& reason : reasonOrder()) {
        if (reasons.contains(reason) || other.reasons.contains(reason))
            merged << reason;
    }
    reasons = merged;
    if (inconsistentSessions.isEmpty())
        inconsistentSessions = other.inconsistentSessions;
    attempts += other.attempts;
    deadlocks += other.deadlocks;
    serializationFailures += other.serializationFailures;
    failed += other.failed;
    wrongRefusals += other.wrongRefusals;
    unreportedBookings += other.unreportedBookings;
    falseBookings += other.falseBookings;
    if (!firstFailure.isSet())
        firstFailure = other.firstFailure;
    if (!audit)
        audit = other.audit;
}

} // namespace seatsim
