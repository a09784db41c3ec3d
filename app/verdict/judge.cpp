#include "verdict/judge.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

#include <iterator>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

struct KindNames {
    Verdict::Kind kind;
    const char16_t* id;
    const char* word;
    const char16_t* symbol;
};

constexpr KindNames kindNames[] = {
    {Verdict::Kind::Correct, u"correct", QT_TRANSLATE_NOOP("Verdict", "correct"), u"✓"},
    {Verdict::Kind::Inconsistent, u"inconsistent", QT_TRANSLATE_NOOP("Verdict", "inconsistent"),
     u"✗"},
    {Verdict::Kind::NotCorrect, u"not_correct", QT_TRANSLATE_NOOP("Verdict", "not correct"), u"⚠"},
    {Verdict::Kind::Unjudged, u"unjudged", QT_TRANSLATE_NOOP("Verdict", "not judged"), u""},
};

const KindNames& namesOf(Verdict::Kind kind) {
    for (const KindNames& names : kindNames) {
        if (names.kind == kind)
            return names;
    }
    return kindNames[std::size(kindNames) - 1];
}

const QStringList& reasonOrder() {
    static const QStringList order{
        u"inconsistent"_s,  u"stopped"_s,  u"time_limit"_s,     u"outside_blocker"_s,
        u"deadlocks"_s,     u"failures"_s, u"wrong_refusals"_s, u"unreported_bookings"_s,
        u"false_bookings"_s};
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

QString sumText(int free, int occupied, int capacity) {
    if (free + occupied == capacity)
        return Verdict::tr("%1 free + %2 occupied = %3").arg(free).arg(occupied).arg(capacity);
    return Verdict::tr("%1 free + %2 occupied = %3 ≠ %4")
        .arg(free)
        .arg(occupied)
        .arg(free + occupied)
        .arg(capacity);
}

QString secondsText(qint64 ms) {
    return QLocale().toString(ms / 1000.0, 'f', 1);
}

QString workerList(const QList<int>& workers) {
    QStringList numbers;
    for (int worker : workers)
        numbers << QString::number(worker);
    return numbers.join(u", "_s);
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

void AnswerBook::noteRefusal(int session, int session2, int user, bool seatsLeft) {
    const Refusal refusal{session, session2, user};
    refusals[refusal] += 1;
    if (seatsLeft)
        refusalsWithSeatsLeft[refusal] += 1;
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

QList<StudentOverLimit> studentsOverLimit(const RegistrationBook& registrations, int seatLimit) {
    QMap<int, int> held;
    for (auto it = registrations.cbegin(); it != registrations.cend(); ++it)
        held[it.key().second] += it.value();
    return studentsOverLimit(held, seatLimit);
}

Verdict judge(const JudgeInput& input) {
    Verdict verdict;
    verdict.audit = input.audit;
    verdict.firstFailure = input.firstFailure;
    verdict.attempts = input.counters.attempts;
    verdict.deadlocks = input.counters.deadlocks;
    verdict.serializationFailures = input.counters.serializationFailures;
    verdict.failed = input.counters.failed;
    Interruption interruption = input.interruption;
    if (input.stopped && interruption.cause == Interruption::Cause::None)
        interruption.cause = Interruption::Cause::Stopped;
    // A stop after the last reservation ended cut nothing: that run is judged in full.
    const qint64 unfinished = interruption.unfinished(verdict.attempts);
    if (interruption.cause != Interruption::Cause::None && unfinished > 0) {
        verdict.interruption = interruption;
        verdict.unfinished = unfinished;
    }
    const bool interrupted = verdict.interruption.cause != Interruption::Cause::None;
    if (!input.audit)
        return verdict; // nothing to judge: the run never reached its audit

    const Audit& audit = *input.audit;
    verdict.seatLimit = qMax(input.seatLimit, audit.seatLimit);
    verdict.inconsistentSessions = audit.inconsistentSessions();
    // The table after the run, or else (a live verdict) the audit's own count of the students.
    verdict.studentsOverLimit = input.registrations
                                    ? studentsOverLimit(*input.registrations, input.seatLimit)
                                    : audit.studentsOverLimit();
    const bool consistent = audit.consistent() && verdict.studentsOverLimit.isEmpty();

    if (input.registrations) {
        QMap<int, int> freeOf;
        for (const SessionAudit& session : audit.sessions)
            freeOf.insert(session.id, session.free);
        QMap<int, int> heldBy;
        for (auto it = input.registrations->cbegin(); it != input.registrations->cend(); ++it)
            heldBy[it.key().second] += it.value();
        // Seats never come back and registrations never go, so a session with a free seat at
        // the end had one when the attempt was refused, and a student below the limit at the
        // end was below it then; a session that sold out later had one when the worker saw it
        // free right after its refusal.
        for (auto it = input.answers.refusals.cbegin(); it != input.answers.refusals.cend(); ++it) {
            const AnswerBook::Refusal& refusal = it.key();
            const bool seatsFree = freeOf.value(refusal.session) > 0 &&
                                   (refusal.session2 == 0 || freeOf.value(refusal.session2) > 0);
            const bool belowLimit =
                input.seatLimit <= 0 || heldBy.value(refusal.user) < input.seatLimit;
            if (seatsFree && belowLimit)
                verdict.wrongRefusals += it.value();
            else
                verdict.wrongRefusals += input.answers.refusalsWithSeatsLeft.value(refusal);
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
    if (verdict.interruption.cause == Interruption::Cause::Stopped)
        verdict.reasons << u"stopped"_s;
    else if (interrupted)
        verdict.reasons << u"time_limit"_s;
    const bool heldOutside = interrupted && !verdict.interruption.outsideBlockers.isEmpty();
    if (heldOutside)
        verdict.reasons << u"outside_blocker"_s;
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

    // A table that lost seats is the answer's fault however the run ended. Reservations held
    // up by a session outside the run are not, and with none finished nothing can be judged.
    verdict.kind = !consistent ? Verdict::Kind::Inconsistent
                   : interrupted && (heldOutside || verdict.attempts == 0) ? Verdict::Kind::Unjudged
                   : verdict.reasons.isEmpty()                             ? Verdict::Kind::Correct
                                               : Verdict::Kind::NotCorrect;
    return verdict;
}

QString Verdict::interruptionText() const {
    const qint64 finished = attempts;
    QString text;
    const QString howMany =
        interruption.planned > 0
            ? tr("%1 of %2 reservations finished").arg(finished).arg(interruption.planned)
            : tr("%1 reservations finished, %2 cut off").arg(finished).arg(unfinished);
    switch (interruption.cause) {
    case Interruption::Cause::None:
        return {};
    case Interruption::Cause::Stopped:
        text = tr("stopped after %1 s: %2").arg(secondsText(interruption.afterMs), howMany);
        break;
    case Interruption::Cause::TimeLimit:
        text = tr("time limit of %1 s reached: %2").arg(secondsText(interruption.limitMs), howMany);
        break;
    }
    const QList<int>& holding = interruption.holdingWorkers;
    if (!holding.isEmpty())
        text += u"; "_s + (holding.size() == 1
                               ? tr("worker %1 kept its transaction open while others of the "
                                    "run waited for it")
                                     .arg(holding.first())
                               : tr("workers %1 kept their transactions open while others of "
                                    "the run waited for them")
                                     .arg(workerList(holding)));
    return text;
}

QString Verdict::unjudgedReason() const {
    if (kind != Kind::Unjudged || interruption.cause == Interruption::Cause::None)
        return {};
    if (!interruption.outsideBlockers.isEmpty()) {
        QStringList sessions;
        QList<int> waiting;
        for (const OutsideSession& session : interruption.outsideBlockers) {
            sessions << session.describe();
            for (int worker : session.waitingWorkers)
                if (!waiting.contains(worker))
                    waiting << worker;
        }
        std::sort(waiting.begin(), waiting.end());
        return tr("not judged: %1; %2 waited for a session outside the run, not for the "
                  "answer: %3")
            .arg(interruptionText(),
                 waiting.size() == 1 ? tr("worker %1").arg(waiting.first())
                                     : tr("workers %1").arg(workerList(waiting)),
                 sessions.join(u"; "_s));
    }
    return tr("not judged: %1").arg(interruptionText());
}

QString Verdict::idOf(Kind kind) {
    return QString::fromUtf16(namesOf(kind).id);
}

Verdict::Kind Verdict::kindOfId(QStringView id) {
    for (const KindNames& names : kindNames) {
        if (id == QStringView(names.id))
            return names.kind;
    }
    return Kind::Unjudged;
}

QString Verdict::word(Kind kind) {
    return QCoreApplication::translate("Verdict", namesOf(kind).word);
}

QString Verdict::symbol(Kind kind) {
    return QString::fromUtf16(namesOf(kind).symbol);
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
    for (const StudentOverLimit& student : studentsOverLimit)
        lines << Audit::studentText(student, seatLimit);
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
    if (!worst && !studentsOverLimit.isEmpty())
        return tr("inconsistent: %1").arg(Audit::studentText(studentsOverLimit.first(), seatLimit));
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
    if (kind == Kind::Unjudged || !audit) {
        const QString reason = unjudgedReason();
        return reason.isEmpty() ? tr("not judged: the run did not reach its audit") : reason;
    }
    const QString cut = interruptionText();
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
               (lines.isEmpty() ? QString() : u" — "_s + lines.join(u"; "_s)) +
               (cut.isEmpty() ? QString() : u" — "_s + cut);
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
    if (parts.isEmpty()) // only the interruption: the finished reservations were right
        return tr("%1; %2").arg(cut, sum);
    const QString faults = tr("consistent, but %1").arg(parts.join(u"; "_s));
    return cut.isEmpty() ? faults : tr("%1; %2").arg(cut, faults);
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
    if (seatLimit > 0) {
        QJsonArray students;
        for (const StudentOverLimit& student : studentsOverLimit)
            students.append(QJsonObject{{u"user_id"_s, student.user}, {u"seats"_s, student.seats}});
        json.insert(u"seat_limit"_s, seatLimit);
        json.insert(u"students_over_limit"_s, students);
    }
    json.insert(u"first_failure_sqlstate"_s,
                firstFailure.sqlState.isEmpty() ? QJsonValue() : QJsonValue(firstFailure.sqlState));
    json.insert(u"first_failure_message"_s,
                firstFailure.isSet() ? QJsonValue(firstFailure.message) : QJsonValue());
    insertInterruptionInto(json);
}

void Verdict::insertInterruptionInto(QJsonObject& json) const {
    switch (interruption.cause) {
    case Interruption::Cause::None:
        json.insert(u"ended"_s, u"completed"_s);
        return;
    case Interruption::Cause::Stopped:
        json.insert(u"ended"_s, u"stopped"_s);
        break;
    case Interruption::Cause::TimeLimit:
        json.insert(u"ended"_s, u"time_limit"_s);
        json.insert(u"time_limit_ms"_s, interruption.limitMs);
        break;
    }
    json.insert(u"finished"_s, attempts);
    json.insert(u"unfinished"_s, unfinished);
    QJsonArray blockers;
    for (const OutsideSession& session : interruption.outsideBlockers) {
        QJsonArray waiting;
        for (int worker : session.waitingWorkers)
            waiting.append(worker);
        blockers.append(QJsonObject{
            {u"pid"_s, session.pid},
            {u"application"_s, session.application},
            {u"user"_s, session.user},
            {u"state"_s, session.state.isEmpty() ? QJsonValue() : QJsonValue(session.state)},
            {u"state_since"_s, session.stateSince.isValid()
                                   ? QJsonValue(session.stateSince.toString(Qt::ISODateWithMs))
                                   : QJsonValue()},
            {u"waiting_workers"_s, waiting},
            {u"waited_ms"_s, session.waitedMs},
        });
    }
    json.insert(u"blockers"_s, blockers);
    QJsonArray holding;
    for (int worker : interruption.holdingWorkers)
        holding.append(worker);
    json.insert(u"holding_workers"_s, holding);
    if (kind == Kind::Unjudged)
        json.insert(u"unjudged_reason"_s, unjudgedReason());
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
    // A run that was cut (and so not judged) leaves a set of runs not correct, never correct.
    if (kind == Kind::Correct && !reasons.isEmpty())
        kind = Kind::NotCorrect;
    if (inconsistentSessions.isEmpty())
        inconsistentSessions = other.inconsistentSessions;
    if (studentsOverLimit.isEmpty())
        studentsOverLimit = other.studentsOverLimit;
    seatLimit = qMax(seatLimit, other.seatLimit);
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
    if (interruption.cause == Interruption::Cause::None) {
        interruption = other.interruption;
        unfinished = other.unfinished;
    }
}

} // namespace seatsim
