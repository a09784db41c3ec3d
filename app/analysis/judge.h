#pragma once

#include "common/error.h"
#include "engine/runcounters.h"
#include "server/audit.h"
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
    QMap<Key, int> reported;     // seats the script said it booked
    // Refusals: the session the attempt asked for and, for a two-session booking, the second
    // one (0 when there is none) -> how many attempts were refused.
    QMap<QPair<int, int>, int> refusals;
    // Of those, the refusals after which the worker still saw a free seat in every session
    // the attempt asked for: seats never come back, so that seat was free at the refusal.
    QMap<QPair<int, int>, int> refusalsWithSeatsLeft;

    void noteBooking(int user, int session, int session2, int seats);
    void noteRefusal(int session, int session2, bool seatsLeft);
    void add(const AnswerBook& other);
};

// Registrations in the table per (session, user), read once after a run.
using RegistrationBook = QMap<AnswerBook::Key, int>;

// Everything the judge looks at. `registrations` is read after the run; a live verdict,
// judged while workers still write, has none and leaves the booking check to the end.
struct JudgeInput {
    std::optional<Audit> audit;
    RunCounters counters;
    AnswerBook answers;
    std::optional<RegistrationBook> registrations;
    Error firstFailure; // the first failed try of the run: SQLSTATE and the server's words
    bool stopped = false;
};

// The three questions of the exercise, answered for one run (or a set of runs): are free +
// occupied seats consistent, did the run stay free of deadlocks, was every answer of
// reserve_seat right (booked -> True, no seat free -> False, never an error).
struct Verdict {
    enum class Kind { Unjudged, Correct, Inconsistent, NotCorrect };
    Kind kind = Kind::Unjudged;
    // Stable ids of what failed, in this order: inconsistent, deadlocks, failures,
    // wrong_refusals, unreported_bookings, false_bookings.
    QStringList reasons;
    QList<SessionAudit> inconsistentSessions; // each with its own sum
    qint64 attempts = 0;
    qint64 deadlocks = 0;
    qint64 serializationFailures = 0;
    qint64 failed = 0;
    qint64 wrongRefusals = 0;      // refused while the session still has free seats
    qint64 unreportedBookings = 0; // registrations the script did not report
    qint64 falseBookings = 0;      // bookings reported that the table does not hold
    Error firstFailure;
    std::optional<Audit> audit;

    QString kindId() const; // "correct", "inconsistent", "not_correct", "unjudged"
    // A kindId() in the words of the interface's language: stored as an id, worded at display.
    static QString kindText(const QString& kindId);
    // The verdict in words, e.g. "consistent, but 12 deadlocks".
    QString headline() const;
    // What the room should see first of an inconsistent run: the session that sold the most
    // seats it does not have ("session 3 sold 7 seats it does not have"), else the sum.
    QString inconsistentHeadline() const;
    // One line per failing session: "session 6: 6 free + 5 occupied = 11 ≠ 10".
    QStringList sessionLines() const;
    // verdict, reasons, wrong_refusals, unreported_bookings, false_bookings, failed, deadlocks,
    // first_failure_sqlstate, first_failure_message.
    void insertInto(QJsonObject& json) const;
    // The verdict of several runs: the worst kind, every reason, the counts added up.
    void add(const Verdict& other);

    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

Verdict judge(const JudgeInput& input);

// Each session on its own: free + occupied = its capacity, free >= 0, occupied <= capacity.
QList<SessionAudit> inconsistentSessions(const Audit& audit);

} // namespace seatsim
