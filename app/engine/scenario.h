#pragma once

#include "common/exercise.h"
#include "python/pythonanswer.h"
#include "script/strategyscript.h"

#include <QList>
#include <QString>

namespace seatsim {

// One load test, as a value: what runs, how hard, and how long.
struct Scenario {
    Exercise exercise = Exercise::Seats;            // its users and its rule
    QList<int> capacities = exercise::capacities(); // seats per session, ids 1..n
    StrategyScript strategy;
    // A student's Python answer runs instead of a script; `strategy` then only names it
    // (PythonAnswer::placeholder()).
    PythonAnswer python;
    int threads = exercise::threads;
    int perThread = exercise::reservationsPerThread; // reservations each worker attempts
    int thinkMs = exercise::thinkMs; // pause between read and write: the race window
    int pauseMs = 0;                 // pause between reservations: the tempo
    quint64 seed = 1;
    // tries of one reservation on 40001/40P01, as pgbench --max-tries
    int maxTries = maxTriesOf(Exercise::Seats);
    int durationMs = 0; // > 0: run this long instead of perThread reservations (benchmarks)
    // > 0: the run is cut after this long (ms on the run's clock): statements in flight are
    // cancelled, transactions rolled back, connections closed.
    int timeLimitMs = exercise::timeLimitMs;
    // > 0: each worker's session waits this long for a lock before the server looks for a
    // deadlock (SET deadlock_timeout; a login that may not set it keeps the server's).
    int deadlockTimeoutMs = 0;

    int capacity() const {
        int sum = 0;
        for (int seats : capacities)
            sum += seats;
        return sum;
    }
    bool isPython() const { return !python.isNull(); }
    QString source() const { return isPython() ? python.source() : strategy.source(); }
    qint64 plannedAttempts() const { return durationMs > 0 ? 0 : qint64(threads) * perThread; }
    // Where the run is cut: a timed run's end plus a grace for the attempts in flight to
    // finish, or else its time limit. 0: never.
    qint64 hardLimitMs() const {
        return durationMs > 0 ? qint64(durationMs) + durationGraceMs : qMax(0, timeLimitMs);
    }
    static constexpr int durationGraceMs = 250;
};

} // namespace seatsim
