#pragma once

#include "engine/attemptrecord.h"
#include "script/strategyscript.h"
#include "server/audit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seatsim {

// Two bookings of one student that each counted the student's seats before the other
// committed, and both booked: neither saw the other's seat, so together they broke a limit
// that each checked (the write skew of the two-seats exercise).
struct WriteSkewPair {
    int user = 0;
    QList<qint64> sequences; // AttemptRecord::sequence of both bookings, in commit order
    QList<int> workers;      // same order
    QList<int> sessions;     // same order
    QString text; // "Worker 2 (session 3) and worker 5 (session 6) each counted student 7's …"
};

struct WriteSkewAnalysis {
    QList<WriteSkewPair> pairs;
    QList<StudentOverLimit> studentsOverLimit; // of the audit
    int seatLimit = 0;
    QString summary;
};

class WriteSkew {
    Q_DECLARE_TR_FUNCTIONS(WriteSkew)

public:
    // The pairs among `records` of the students `overLimit` names (the table shows what they
    // did; a pair of a student within the limit broke nothing). A booking counted when its
    // last try read seminar_registrations: in READ COMMITTED at that statement's start, in
    // REPEATABLE READ or SERIALIZABLE at its transaction's first statement (the snapshot).
    static QList<WriteSkewPair> find(const QList<AttemptRecord>& records,
                                     const StrategyScript& script,
                                     const QList<StudentOverLimit>& overLimit, int seatLimit);
    // find() for the students over the audit's limit, with a summary in words.
    static WriteSkewAnalysis analyse(const QList<AttemptRecord>& records, const Audit& audit,
                                     const StrategyScript& script);
};

} // namespace seatsim
