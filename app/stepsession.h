#pragma once

#include "attemptrecord.h"
#include "connectionsettings.h"
#include "recordstore.h"
#include "snapshot.h"
#include "strategyscript.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace seatsim {

class Monitor;
class RunContext;

// What a step-by-step session runs: a few workers, one or more reservations each.
struct StepSettings {
    StrategyScript strategy;
    int workers = 2; // 1 to maxWorkers
    QList<int> capacities{5};
    quint64 seed = 1;
    int thinkMs = 0;
    int attempts = 1; // reservations per worker
    int maxTries = 1; // a deadlock victim gives up instead of trying again
};

struct StepWorkerState {
    enum class Status : std::uint8_t {
        Starting, // connecting, or running the commands before its first statement
        Held,     // waits for a step before `sql`
        Running,  // `sql` was sent and has not returned yet (or the script sleeps)
        Waiting,  // `sql` waits for a lock held by blockedBy
        Finished,
    };
    int worker = 0;
    Status status = Status::Starting;
    int statements = 0; // executed so far
    int command = -1;   // index into the script's commands of the statement held or running
    int line = 0;
    QString sql; // with :variables substituted
    QList<int> blockedBy;
    int attempts = 0;                              // attempts finished
    AttemptOutcome outcome = AttemptOutcome::Full; // of the latest attempt
    QString sqlState;                              // of the latest failure
    QString message;                               // its primary message, as TryResult has it
    QString serverText; // libpq's full text of that error: with DETAIL, HINT and CONTEXT
    QString error;      // why the worker could not run

    QString describe() const; // "held before: UPDATE ...", "waiting for worker 2", ...
    bool operator==(const StepWorkerState&) const = default;

    Q_DECLARE_TR_FUNCTIONS(StepWorkerState)
};

// Step-by-step mode: 2-4 workers on the real server, each in its own thread with its own
// connection, each held before every SQL statement until the lecturer steps it. Lives in the
// GUI thread; the workers publish their state under a lock and a timer polls it at 10 Hz,
// so the signals arrive in this object's thread.
class StepSession : public QObject {
    Q_OBJECT
public:
    static constexpr int maxWorkers = 4;
    static constexpr int pollIntervalMs = 100;

    enum class Preset {
        LostUpdate, // naive: both read, then both write
        Deadlock,   // for-share: both lock, then each wants the other's lock
    };
    static StepSettings presetSettings(Preset preset);
    // The interleaving: the worker to step, one entry per statement.
    static QList<int> presetPlan(Preset preset);

    explicit StepSession(QObject* parent = nullptr);
    ~StepSession() override; // stops and joins

    void setConnection(const ConnectionSettings& settings) { m_connection = settings; }

    // Resets the tables (asynchronously), then starts the workers held before their first
    // statement. False when a session is running or the strategy is null.
    bool start(const StepSettings& settings);
    // start() with the preset's settings, then play() of its plan, released at its end.
    bool startPreset(Preset preset);
    // Lets `worker` (1-based) run its next statement. False when it is not held.
    bool step(int worker);
    // Steps the workers in this order, each step once every worker is held, waiting for a
    // lock or finished; afterwards releases every worker when releaseAfter is set.
    void play(const QList<int>& plan, bool releaseAfter = true);
    // Lets every worker run to its end.
    void releaseAll();
    // Ends the session: no further statement runs, waiting queries are cancelled.
    void stop();

    bool isRunning() const { return m_running; }
    bool isPlaying() const { return m_playing; }
    int workerCount() const { return int(m_lanes.size()); }
    StepSettings settings() const { return m_settings; }
    StepWorkerState state(int worker) const;
    QList<StepWorkerState> states() const;
    QString error() const { return m_error; }
    // The attempts, recorded as a load test records them.
    const RecordStore& records() const { return m_records; }
    MonitorSample lastSample() const;
    // Worker of a backend pid of this session, 0 for another backend.
    int workerOfPid(int pid) const;

Q_SIGNALS:
    void started();
    void stateChanged(int worker);
    void finished();

private:
    struct Lane;
    void resetDone();
    void runWorker(Lane* lane);
    void poll();
    bool settled() const;
    void finish();

    ConnectionSettings m_connection;
    StepSettings m_settings;
    RecordStore m_records;
    std::unique_ptr<RunContext> m_context;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<QThread> m_resetThread;
    QString m_resetError;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QTimer m_poll;
    QList<int> m_plan;
    bool m_releaseAfterPlan = false;
    bool m_playing = false;
    bool m_running = false;
    QString m_error;
};

} // namespace seatsim
