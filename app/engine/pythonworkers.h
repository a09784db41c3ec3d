#pragma once

#include "common/exercise.h"
#include "server/audit.h"
#include "verdict/judge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace seatsim {

class RunContext;

// The load test of a student's Python answer: the exercise's, run by the bridge
// (app/python/bridge.py) in a process of its own, `threads` × `perThread` calls of the
// student's reserve_seat, each thread on a connection from the student's get_connection().
// The arguments come from the run's seed, one stream per worker as for scripts. Every call
// the bridge reports becomes an AttemptRecord, and feeds the counters, the answers and the
// record store that script workers feed, so the judge and every view see it the same way.
class PythonWorkers {
    Q_DECLARE_TR_FUNCTIONS(PythonWorkers)

public:
    // In --duration-ms runs, how many calls each worker is handed at most.
    static constexpr int maxCallsPerWorker = 50'000;

    // `control` is the run's control connection, in this (the controller's) thread: it ends
    // the bridge's backends when the bridge is killed.
    PythonWorkers(RunContext& context, const QSqlDatabase& control);

    // Runs the calls; `started` is called once every worker has its connection and the run's
    // clock runs. Returns when the bridge has ended: done, stopped, or failed.
    void run(const std::function<void()>& started);
    // True when the bridge had to be killed (a stop, the run's hard limit, an answer that
    // cannot run).
    bool killed() const { return m_killed; }
    // Why the bridge ended before its load test did (the answer's error, a crash), or empty:
    // such a run is not judged, as a run whose connections failed is not.
    QString failure() const { return m_failure; }
    // After the audit: what the student's count_free_seats()/count_occupied_seats() returned
    // against the table, as problems of the run when they differ.
    void compareCounts(const Audit& audit);

    // The arguments of worker `worker`'s calls: (user_id 1..100, session_id 1..sessions), the
    // stream a script worker of the same seed is passed (argumentSeed, drawArguments).
    static QList<QPair<int, int>> arguments(quint64 seed, int worker, int count, int sessions,
                                            int users = exercise::users);

private:
    QByteArray configuration() const;
    void handle(const QByteArray& line);
    void call(const QJsonObject& call);
    void unfinishedCall(const QJsonArray& call);
    void cutAtTimeLimit();
    void endBackends();

    RunContext& m_context;
    QSqlDatabase m_control;
    qint64 m_originNs = 0; // CLOCK_MONOTONIC at the start of the run's clock
    bool m_started = false;
    bool m_killed = false;
    bool m_done = false;
    QString m_failure;
    QList<int> m_backends;
    std::function<void()> m_onStarted;
    class BridgeProcess* m_bridge = nullptr;
    AnswerBook m_answers;
    std::optional<QJsonValue> m_countFree;
    std::optional<QJsonValue> m_countOccupied;
    QStringList m_countErrors;
};

} // namespace seatsim
