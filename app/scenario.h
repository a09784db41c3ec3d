#pragma once

#include "strategyscript.h"

#include <QList>
#include <QString>

namespace seatsim {

// One load test, as a value: what runs, how hard, and how long.
struct Scenario {
    QList<int> capacities{4, 4, 5, 5, 4, 10, 5, 3}; // the exercise's 8 sessions, 40 seats
    StrategyScript strategy;
    int threads = 5;
    int perThread = 20; // reservations each worker attempts
    int thinkMs = 5;    // pause between read and write: the race window
    int pauseMs = 0;    // pause between reservations: the tempo
    quint64 seed = 1;
    int maxTries = 10;  // tries of one reservation on 40001/40P01, as pgbench --max-tries
    int durationMs = 0; // > 0: run this long instead of perThread reservations (benchmarks)

    int capacity() const {
        int sum = 0;
        for (int seats : capacities)
            sum += seats;
        return sum;
    }
    qint64 plannedAttempts() const { return durationMs > 0 ? 0 : qint64(threads) * perThread; }
};

} // namespace seatsim
