#pragma once

#include "common/exercise.h"
#include "python/pythonanswer.h"
#include "script/strategyscript.h"

#include <QList>
#include <QString>

namespace seatsim {

// One load test, as a value: what runs, how hard, and how long.
struct Scenario {
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
    int maxTries = 10;  // tries of one reservation on 40001/40P01, as pgbench --max-tries
    int durationMs = 0; // > 0: run this long instead of perThread reservations (benchmarks)
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
};

} // namespace seatsim
