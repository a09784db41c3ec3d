#pragma once

#include "engine/recordstore.h"
#include "engine/runresult.h"
#include "engine/scenario.h"
#include "engine/snapshot.h"
#include "server/connectionsettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace seatsim {

class RunContext;
class Monitor;
class Worker;

// Writes what a run leaves behind (the caller's choice: results/runhistory.h). Called on the
// run's control connection, in its controller thread, while the run holds the schema's lock,
// and only for a run that reached its audit; false with `error` set is a problem of the run.
using RunRecorder = std::function<bool(const QSqlDatabase& db, const QString& schema,
                                       const RunResult& result, Error& error)>;

// Starts, stops and watches one load test at a time. Lives in the GUI (or main) thread; the
// work happens in a controller thread that resets the tables, runs the workers and the
// monitor, and audits the result. Snapshots are published at a fixed rate, never per
// statement; the end of a run arrives as one queued finished() with the RunResult.
class LoadTest : public QObject {
    Q_OBJECT
public:
    static constexpr int snapshotIntervalMs = 50; // 20 Hz
    // One run at a time per schema and server: a run holds the session advisory lock
    // (runLockClass, hashtext(schema)) on its control connection from the reset to the audit.
    // A second SeatSim (another window, a headless run) on the same schema waits for it
    // instead of resetting the tables under it. The lock goes with the connection, even when
    // the process dies.
    static constexpr int runLockClass = 0x5EA751;

    explicit LoadTest(QObject* parent = nullptr);
    ~LoadTest() override; // stops and joins a run that is still going

    void setConnection(const ConnectionSettings& settings) { m_settings = settings; }
    // Nice value of the worker threads for the runs that start later (0: as the caller's).
    // The window uses 19: with 64 workers and their 64 server processes on two cores, the GUI
    // thread waited up to 300 ms for a CPU; at nice 19 the workers still get every idle cycle.
    void setWorkerNice(int nice) { m_workerNice = nice; }
    int workerNice() const { return m_workerNice; }
    ConnectionSettings connection() const { return m_settings; }
    // For the runs that start later; none: a run leaves no record.
    void setRunRecorder(RunRecorder recorder) { m_recorder = std::move(recorder); }

    // Resets the tables, then runs. False (and no run) when a run is going or the scenario
    // has no strategy.
    bool start(const Scenario& scenario, int runNumber = 1);
    // Ends the run within a second: wakes sleeping workers and cancels waiting queries. The
    // run's time limit (Scenario::hardLimitMs) does the same by itself.
    void stop();
    // Blocks until the current run has ended and finished() was emitted.
    void waitForFinished();

    bool isRunning() const { return m_running; }
    Snapshot snapshot() const;
    const RecordStore& records() const { return m_records; }
    RunResult lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void started();
    void snapshotReady(const seatsim::Snapshot& snapshot);
    void finished(const seatsim::RunResult& result);

private:
    void control(int runNumber, const RunRecorder& recorder);
    void publish();
    void complete();
    void runWorkers(const QSqlDatabase& db, RunContext& context);
    bool lockSchema(const QSqlDatabase& db, RunContext& context, Error& error);
    void joinWorkers(const QSqlDatabase& db, const std::vector<std::unique_ptr<Worker>>& workers);
    static void cancelByPid(const QSqlDatabase& db, const QList<int>& pids);

    ConnectionSettings m_settings;
    RecordStore m_records;
    std::unique_ptr<RunContext> m_context;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<QThread> m_controller;
    std::atomic<bool> m_workersStarted{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_waitingForOtherRun{false};
    bool m_running = false;
    QTimer m_publisher;
    qint64 m_lastAttempts = 0;
    qint64 m_lastPublishMs = 0;
    double m_attemptsPerSecond = 0;
    RunResult m_lastResult;
    RunResult m_controlResult; // written by the controller thread, read after joining it
    int m_workerNice = 0;
    RunRecorder m_recorder;
};

} // namespace seatsim
