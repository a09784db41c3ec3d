#pragma once

#include "common/error.h"
#include "engine/attemptrecord.h"
#include "engine/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace seatsim {

// A cycle of backends that wait for each other: pids[i] waits for pids[i + 1], the last for
// the first. workers[i] is the worker of pids[i], 0 for a backend that is not a worker.
struct WaitCycle {
    QList<int> pids;
    QList<int> workers;
    QStringList locks; // from a deadlock DETAIL: what pids[i] waits for, e.g. "ShareLock on ..."
    // The session whose row pids[i + 1] held while pids[i] waited for it; 0 when unknown.
    QList<int> heldSessions;

    bool isEmpty() const { return pids.isEmpty() && workers.isEmpty(); }
    QString describe() const; // "worker 1 → worker 2 → worker 1"
    // One sentence per wait, in the interface's language: "worker 1 waited for worker 2, which
    // held session 3's row".
    QStringList story() const;
    // Which session's row each worker of the cycle waited for, from the attempt that the server
    // cancelled: a one-session booking waited for its own session's row; in a two-session
    // booking whose last try was the deadlock, the victim waited for the session it had not
    // read yet, the other worker for the one the victim had read.
    void attachSessions(const AttemptRecord& victim);
};

// Who waits for whom, from the lock waits that the monitor sampled. Nodes are backends (by
// pid when known); edges point from the waiter to the blocker.
class WaitGraph {
    Q_DECLARE_TR_FUNCTIONS(WaitGraph)

public:
    WaitGraph() = default;
    explicit WaitGraph(const QList<LockWait>& waits) { add(waits); }

    void add(const LockWait& wait);
    void add(const QList<LockWait>& waits);
    void clear() { m_edges.clear(); }

    const QList<LockWait>& edges() const { return m_edges; }
    bool isEmpty() const { return m_edges.isEmpty(); }
    bool hasEdge(int waiterWorker, int blockerWorker) const;
    QList<int> workers() const; // every worker in the graph, ascending, 0 included when present

    // The first cycle, in wait order from its smallest node, or an empty one.
    WaitCycle cycle() const;

    // Parses PostgreSQL's deadlock DETAIL ("Process 123 waits for ShareLock on transaction
    // 456; blocked by process 789.\nProcess 789 waits for ..."), wherever it stands in text,
    // into the cycle of pids in wait order, mapped with workerOfPid. Empty without a cycle.
    static WaitCycle parseDeadlockDetail(const QString& text,
                                         const std::function<int(int)>& workerOfPid = {});

    // The DETAIL's waits with each backend named by its worker ("worker 3 waits for ShareLock
    // on transaction 1037; blocked by worker 5"), one line each; other text as it is.
    static QString nameBackends(const QString& detail, const std::function<int(int)>& workerOfPid);

    // Samples pg_blocking_pids on db (in the calling thread): every backend that waits for a
    // lock, with each backend that blocks it. With onlyThisProgram, waiters are limited to
    // connections with this program's application_name.
    static std::optional<QList<LockWait>> sample(const QSqlDatabase& db,
                                                 const std::function<int(int)>& workerOfPid,
                                                 bool onlyThisProgram, Error& error);

private:
    QList<LockWait> m_edges;
};

} // namespace seatsim
