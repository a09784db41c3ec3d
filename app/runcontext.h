#pragma once

#include "connectionsettings.h"
#include "recordstore.h"
#include "runcounters.h"
#include "scenario.h"
#include "stoptoken.h"

#include <QElapsedTimer>
#include <QMap>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

struct pg_conn;
struct pg_cancel;

namespace seatsim {

// What the threads of one run share. Workers write through its methods; the run's
// controller reads it when the workers are done, the UI through snapshots.
class RunContext {
public:
    RunContext(ConnectionSettings settings, Scenario scenario, RecordStore* records);
    ~RunContext();
    RunContext(const RunContext&) = delete;
    RunContext& operator=(const RunContext&) = delete;

    const ConnectionSettings settings;
    const Scenario scenario;
    QElapsedTimer clock; // started when the workers start
    StopToken stop;
    LiveCounters counters;
    RecordStore* const records;
    int workerNice = 0; // set before the workers start

    qint64 nowNs() const { return clock.nsecsElapsed(); }
    // The run lasts until its last attempt ended, not until the workers have closed their
    // connections: with 32 workers that takes long enough to bend a 5 s rate.
    void attemptEnded(qint64 endNs) {
        qint64 last = m_lastEndNs.load(std::memory_order_relaxed);
        while (endNs > last && !m_lastEndNs.compare_exchange_weak(last, endNs))
            ;
    }
    qint64 lastAttemptEndNs() const { return m_lastEndNs.load(); }

    void addError(const QString& sqlState);
    void addProblem(const QString& problem);
    QMap<QString, qint64> errors() const;
    QStringList problems() const;

    // The clock starts when every worker has its connection, as pgbench's rate leaves out
    // its connection time: with 32 workers, connecting takes a noticeable part of a short run.
    // Each worker calls arriveAndWait() once connected (or failed); it returns false on stop.
    bool arriveAndWait();
    // The controller waits for all workers (or a stop), then starts the clock and lets them go.
    void waitForWorkersAndStartClock();

    // Workers register their backend so that a stop can cancel a waiting query, and the
    // monitor can tell which worker waits for which.
    void registerBackend(int worker, pg_conn* connection);
    void unregisterBackend(int worker);
    void cancelRunningQueries();
    // Worker (1-based) of a backend pid, 0 when the pid is not one of this run's workers.
    int workerOfBackend(int pid) const;
    QMap<int, int> workersByBackend() const;

private:
    mutable std::mutex m_mutex;
    std::atomic<qint64> m_lastEndNs{0};
    std::mutex m_startMutex;
    std::condition_variable m_startChanged;
    int m_arrived = 0;
    bool m_started = false;
    QMap<QString, qint64> m_errors;
    QStringList m_problems;
    std::vector<pg_cancel*> m_cancels;
    std::vector<int> m_backendPids;
};

} // namespace seatsim
