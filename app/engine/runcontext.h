#pragma once

#include "common/error.h"
#include "common/stoptoken.h"
#include "engine/recordstore.h"
#include "engine/scenario.h"
#include "engine/snapshot.h"
#include "server/connectionsettings.h"
#include "verdict/judge.h"
#include "verdict/runcounters.h"

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

struct TryResult;

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

    // Counts a try that failed (AttemptLoop::FailedTry): its SQLSTATE, and the deadlock,
    // serialization failure or retry it was. The first failed try of the run is kept.
    void countFailedTry(const TryResult& failed, bool retrying);
    // The first failed try: SQLSTATE, the server's (or the script's) words, DETAIL, and for
    // a script error its file and line. Empty when every try succeeded.
    Error firstFailure() const;
    // Each worker hands in its answers once, when it ends.
    void addAnswers(const AnswerBook& answers);
    AnswerBook answers() const;
    void addProblem(const QString& problem);
    // The server refused one of the run's connections (a worker's, the monitor's) for lack of
    // slots: the run stops at once and is not judged. The first refusal is kept.
    void refuseForLackOfSlots(const Error& refused);
    Error slotRefusal() const;
    // The script's first run-time error (file, line, words), which ends the run.
    void noteScriptError(const Error& error);
    Error scriptError() const;
    QMap<QString, qint64> errors() const;
    QStringList problems() const;

    // Cuts the run (a stop, a time limit): the first cut is kept with what held the workers
    // up then (a sample of their lock waits), then every worker stops and every statement in
    // flight is cancelled.
    void cut(Interruption::Cause cause, const QList<LockWait>& waits,
             const QList<OutsideSession>& outside);
    Interruption interruption() const;

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
    // A worker whose connection lives in another process (an answer in another language)
    // registers its backend's pid alone; a stop or a time limit cancels it from the run's
    // control connection (pg_cancel_backend), as cancelRunningQueries() does the others.
    void registerBackendPid(int worker, int pid);
    QList<int> backendsToCancelByPid() const;
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
    Error m_firstFailure;
    AnswerBook m_answers;
    QStringList m_problems;
    Error m_slotRefusal;
    Error m_scriptError;
    Interruption m_interruption;
    std::vector<pg_cancel*> m_cancels;
    std::vector<int> m_backendPids;
    std::vector<char> m_cancelByPid; // per worker: registered by pid alone
};

} // namespace seatsim
