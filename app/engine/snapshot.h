#pragma once

#include "server/audit.h"
#include "verdict/outsidesession.h"
#include "verdict/runcounters.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
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
    QList<OutsideSession> outsideBlockers; // sessions outside the run that workers wait for
    // Waits seen so far in the run: a waiter that was not waiting in the sample before, or
    // waits now for a backend it did not wait for, counts as one new wait.
    qint64 waitsSeen = 0;
    QString error;
};

// How many of `current`'s waiters are new since `previous`: not waiting then, or waiting now
// for another backend.
qint64 newWaits(const QList<LockWait>& previous, const QList<LockWait>& current);

// The state of a run, published at a fixed rate for charts and tiles.
struct Snapshot {
    qint64 elapsedMs = 0;
    bool running = false;
    RunCounters counters;
    qint64 plannedAttempts = 0;   // 0 when the run is timed
    qint64 hardLimitMs = 0;       // the run is cut here (time limit or duration), 0: never
    double attemptsPerSecond = 0; // over the last interval
    MonitorSample monitor;
    bool waitingForOtherRun = false; // another SeatSim runs in the same schema (LoadTest)
    QMap<int, int> workerOfBackend;  // backend pid -> worker, to name them in a deadlock's DETAIL
};

} // namespace seatsim

Q_DECLARE_METATYPE(seatsim::Snapshot)
