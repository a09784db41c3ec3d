#pragma once

#include "audit.h"
#include "runcounters.h"
#include "scenario.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

// A worker waiting for a lock that another backend holds. Workers are 1-based; 0 is a
// backend that is not one of this run's workers.
struct LockWait {
    int waiter = 0;
    int blocker = 0;
    int waiterPid = 0;
    int blockerPid = 0;
    bool operator==(const LockWait&) const = default;
};

// What the monitor saw in one sample of the database.
struct MonitorSample {
    qint64 elapsedNs = 0;
    std::optional<Audit> audit;
    QList<LockWait> waits;
    QString error;
};

// The state of a run, published at a fixed rate for charts and tiles.
struct Snapshot {
    qint64 elapsedMs = 0;
    bool running = false;
    RunCounters counters;
    qint64 plannedAttempts = 0;   // 0 when the run is timed
    double attemptsPerSecond = 0; // over the last interval
    MonitorSample monitor;
    qint64 lastRecord = 0;           // sequence of the newest AttemptRecord
    bool waitingForOtherRun = false; // another SeatSim runs in the same schema (LoadTest)
};

// How a run ended.
struct RunResult {
    int run = 1;
    QString strategy;
    Scenario scenario;
    RunCounters counters;
    std::optional<Audit> audit; // the audit after the last worker ended
    qint64 durationMs = 0;
    bool stoppedByUser = false;
    QString error;        // why the run could not run or finish (no server, lost connection)
    QStringList problems; // what individual workers ran into
    QMap<int, int> workerOfBackend; // backend pid -> worker, to read a deadlock's DETAIL

    bool completed() const { return error.isEmpty() && audit.has_value(); }
    bool consistent() const { return audit && audit->consistent(); }
    double attemptsPerSecond() const {
        return durationMs > 0 ? counters.attempts * 1000.0 / durationMs : 0.0;
    }
    QJsonObject toJson() const;
    // The readable table of one run, for the console.
    QString report() const;

    Q_DECLARE_TR_FUNCTIONS(RunResult)
};

} // namespace seatsim

Q_DECLARE_METATYPE(seatsim::Snapshot)
Q_DECLARE_METATYPE(seatsim::RunResult)
