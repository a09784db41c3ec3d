#pragma once

#include "engine/attemptrecord.h"
#include "engine/recordstore.h"
#include "engine/snapshot.h"
#include "script/strategyscript.h"
#include "server/connectionsettings.h"
#include "verdict/judge.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTimer>
#include <memory>
#include <mutex>
#include <optional>
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
    int attempts = 1;                    // reservations per worker
    int maxTries = 1;                    // a deadlock victim gives up instead of trying again
    Exercise exercise = Exercise::Seats; // its rule judges the session
    // Seats booked before the first step, as (user, session): a student who already holds one.
    QList<QPair<int, int>> seatsHeld;
};

// A statement a worker ran and what it returned, or a note between statements (the runner's
// ROLLBACK after an error, the end of an attempt).
struct StepStatement {
    QString sql;    // empty for a note
    QString result; // "seats = 4", "UPDATE 1", "INSERT 0 1", "40P01: deadlock detected"
    bool failed = false;
    bool operator==(const StepStatement&) const = default;
};

// The seats in the table as the session's control connection read them after a step.
struct StepTableReading {
    int step = 0;         // 0 before the first step
    int worker = 0;       // the worker stepped, 0 for the reading before the first step
    QString sql;          // the statement that step let go
    QMap<int, int> seats; // session id -> seminar_sessions.seats
    QString error;
    // Read after every worker's last statement, when statements ran after the latest step
    // (a preset played to its end releases the workers for the rest).
    bool atEnd = false;
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
    QString serverText;           // libpq's full text of that error: with DETAIL, HINT and CONTEXT
    QString error;                // why the worker could not run
    QList<StepStatement> history; // in the order they ran

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
        // two-seats: student 7 holds a seat; two workers count it and book the student into
        // two more sessions, in REPEATABLE READ (both commit: three seats) and in SERIALIZABLE
        // (one gets 40001)
        WriteSkewRepeatableRead,
        WriteSkewSerializable,
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
    // The lowest worker held before a statement, 0 when none is.
    int firstHeldWorker() const;
    // No statement is on its way: every worker is held (after its latest step), waiting for
    // a lock or finished, and the table was read after the latest step.
    bool isSettled() const { return settled() && m_readings.size() > m_steps; }
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
    // The table after the start and after every step, read by the session's own connection.
    QList<StepTableReading> readings() const { return m_readings; }
    // Taken once every worker's last statement ended; empty while running or on error.
    std::optional<Audit> finalAudit() const { return m_finalAudit; }
    // The judge's verdict on the final audit, the attempts and the answers.
    Verdict verdict() const { return m_verdict; }

Q_SIGNALS:
    void started();
    void stateChanged(int worker);
    void tableRead();
    void finished();

private:
    struct Lane;
    struct Control;
    static bool bookHeldSeats(QSqlDatabase& db, const QList<QPair<int, int>>& seats, Error& error);
    void resetDone(const QString& error);
    void runControl(Control* control);
    void runWorker(Lane* lane);
    void poll();
    bool settled() const;
    int statementsRun() const; // by all workers so far
    void requestReading(bool atEnd = false);
    void readingDone(const StepTableReading& reading);
    void finish();
    void finalAuditDone(const std::optional<Audit>& audit,
                        const std::optional<RegistrationBook>& registrations, const QString& error);
    JudgeInput judgeInput() const;

    ConnectionSettings m_connection;
    StepSettings m_settings;
    RecordStore m_records;
    std::unique_ptr<RunContext> m_context;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<Control> m_control;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QTimer m_poll;
    QList<int> m_plan;
    bool m_releaseAfterPlan = false;
    bool m_playing = false;
    bool m_running = false;
    bool m_finishing = false; // every worker ended; the final audit is on its way
    QString m_error;
    int m_steps = 0;
    int m_readingsAsked = 0;
    int m_statementsAtReading = 0; // statements all workers had run when the table was read
    int m_lastWorker = 0;
    QString m_lastSql;
    QList<StepTableReading> m_readings;
    std::optional<Audit> m_finalAudit;
    Verdict m_verdict;
    mutable std::mutex m_failureMutex;
    Error m_firstFailure; // of the whole session, under m_failureMutex
};

} // namespace seatsim
