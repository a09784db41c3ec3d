#pragma once

#include "common/error.h"
#include "server/audit.h"
#include "verdict/outsidesession.h"
#include "verdict/runcounters.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

// What reserve_seat answered, as the workers counted it: the bookings a script reported
// (`reserved`) per session and user, and the refusals per session. Workers fill their own
// book and the run adds them up at its end, so the hot path shares nothing.
struct AnswerBook {
    using Key = QPair<int, int>; // (session, user)
    // A refusal: the session the attempt asked for, for a two-session booking the second one
    // (0 when there is none), and the student who asked.
    struct Refusal {
        int session = 0;
        int session2 = 0;
        int user = 0;
        auto operator<=>(const Refusal&) const = default;
    };
    QMap<Key, int> reported;     // seats the script said it booked
    QMap<Refusal, int> refusals; // -> how many attempts were refused
    // Of those, the refusals after which the worker still saw a free seat in every session
    // the attempt asked for (and the student below the exercise's seat limit): seats never
    // come back and registrations never go, so that refusal was wrong when it was made.
    QMap<Refusal, int> refusalsWithSeatsLeft;

    void noteBooking(int user, int session, int session2, int seats);
    void noteRefusal(int session, int session2, int user, bool seatsLeft);
    void add(const AnswerBook& other);
};

// Registrations in the table per (session, user), read once after a run.
using RegistrationBook = QMap<AnswerBook::Key, int>;

// How a run ended before all its reservations were done: the Stop button, Ctrl+C, the run's
// time limit or the end of a timed run's duration, with what held the unfinished ones up.
struct Interruption {
    enum class Cause { None, Stopped, TimeLimit };
    Cause cause = Cause::None;
    qint64 afterMs = 0;                    // on the run's clock
    qint64 limitMs = 0;                    // the limit that was reached (TimeLimit)
    qint64 planned = 0;                    // reservations the run meant to make; 0 for a timed run
    qint64 cutOff = 0;                     // reservations in flight when the run was cut
    QList<OutsideSession> outsideBlockers; // sessions outside the run that workers waited for
    QList<int> holdingWorkers;             // the run's workers that others of the run waited for
    qint64 unfinished(qint64 finished) const { return qMax(cutOff, planned - finished); }
};

// Everything the judge looks at. `registrations` is read after the run; a live verdict,
// judged while workers still write, has none and leaves the booking check to the end.
struct JudgeInput {
    std::optional<Audit> audit;
    RunCounters counters;
    AnswerBook answers;
    std::optional<RegistrationBook> registrations;
    Error firstFailure; // the first failed try of the run: SQLSTATE and the server's words
    // The run ended before its reservations were done (Stop, Ctrl+C, a time limit): only the
    // finished ones are judged, and such a run is never correct. The interruption says how.
    bool stopped = false;
    int seatLimit = 0; // seats one student may hold (the two-seats exercise); 0: no limit
    Interruption interruption;
};

// The three questions of the exercise, answered for one run (or a set of runs): are free +
// occupied seats consistent, did the run stay free of deadlocks, was every answer of
// reserve_seat right (booked -> True, no seat free -> False, never an error).
struct Verdict {
    enum class Kind { Unjudged, Correct, Inconsistent, NotCorrect };
    Kind kind = Kind::Unjudged;
    // Stable ids of what failed, in this order: inconsistent, stopped, time_limit,
    // outside_blocker, deadlocks, failures, wrong_refusals, unreported_bookings, false_bookings.
    QStringList reasons;
    QList<SessionAudit> inconsistentSessions;  // each with its own sum
    QList<StudentOverLimit> studentsOverLimit; // of the two-seats exercise's rule
    int seatLimit = 0;
    qint64 attempts = 0;
    qint64 deadlocks = 0;
    qint64 serializationFailures = 0;
    qint64 failed = 0;
    qint64 wrongRefusals = 0;      // refused while the session still has free seats
    qint64 unreportedBookings = 0; // registrations the script did not report
    qint64 falseBookings = 0;      // bookings reported that the table does not hold
    Error firstFailure;
    std::optional<Audit> audit;
    Interruption interruption; // Cause::None when the run did all it meant to
    qint64 unfinished = 0;     // reservations the interruption left undone

    // Why there is no verdict: the run was cut before a reservation finished, or a session
    // outside the run held up its workers. Empty when it was judged or never began.
    QString unjudgedReason() const;
    // "stopped after 30 s: 61 of 100 reservations finished", empty without an interruption.
    QString interruptionText() const;

    QString kindId() const { return idOf(kind); }
    // A kindId() in the words of the interface's language: stored as an id, worded at display.
    static QString kindText(const QString& kindId) { return word(kindOfId(kindId)); }
    // The one table of a verdict's names: its stable id ("correct", "inconsistent",
    // "not_correct", "unjudged"), its word ("not correct") and its symbol (✓ ✗ ⚠).
    static QString idOf(Kind kind);
    static Kind kindOfId(QStringView id); // Unjudged for an id it does not know
    static QString word(Kind kind);
    static QString symbol(Kind kind);
    // The verdict in words, e.g. "consistent, but 12 deadlocks".
    QString headline() const;
    // What the room should see first of an inconsistent run: the session that sold the most
    // seats it does not have ("session 3 sold 7 seats it does not have"), else the sum.
    QString inconsistentHeadline() const;
    // One line per failing session: "session 6: 6 free + 5 occupied = 11 ≠ 10", then one per
    // student over the limit: "student 7 holds 3 seats (limit 2)".
    QStringList sessionLines() const;
    // verdict, reasons, wrong_refusals, unreported_bookings, false_bookings, failed, deadlocks,
    // first_failure_sqlstate, first_failure_message; for an interrupted run ended, finished,
    // unfinished, blockers.
    void insertInto(QJsonObject& json) const;
    // ended, finished, unfinished, blockers, holding_workers and, without a verdict,
    // unjudged_reason: also for a run that has no verdict.
    void insertInterruptionInto(QJsonObject& json) const;
    // The verdict of several runs: the worst kind, every reason, the counts added up.
    void add(const Verdict& other);

    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

Verdict judge(const JudgeInput& input);

// The students holding more than `seatLimit` seats in all sessions together (none when the
// limit is 0), by user id.
QList<StudentOverLimit> studentsOverLimit(const RegistrationBook& registrations, int seatLimit);

} // namespace seatsim
