#include "stepsession.h"

#include "database.h"
#include "monitor.h"
#include "runcontext.h"
#include "scriptrunner.h"
#include "stepgate.h"
#include "threadjoin.h"
#include "worker.h"

#include <QThread>

#include <libpq-fe.h>
#include <sys/socket.h>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace seatsim {

QString StepWorkerState::describe() const {
    switch (status) {
    case Status::Starting:
        return error.isEmpty() ? tr("starting") : error;
    case Status::Held:
        return tr("held before: %1").arg(sql);
    case Status::Running:
        return tr("running: %1").arg(sql);
    case Status::Waiting: {
        QStringList blockers;
        for (int blocker : blockedBy)
            blockers << (blocker > 0 ? tr("worker %1").arg(blocker) : tr("another connection"));
        return tr("waiting for a lock of %1: %2").arg(blockers.join(u", "_s), sql);
    }
    case Status::Finished:
        if (!error.isEmpty())
            return error;
        return sqlState.isEmpty() ? tr("finished: %1").arg(toString(outcome))
                                  : tr("finished: %1 (%2)").arg(toString(outcome), sqlState);
    }
    return {};
}

// The per-worker part shared by the worker's thread and the session: the gate, and the state
// that the worker writes and the session's timer reads, both under the lane's mutex.
struct StepSession::Lane : ScriptObserver {
    int worker = 0;
    StepGate gate;
    mutable std::mutex mutex;
    StepWorkerState state;
    std::unique_ptr<QThread> thread;
    StopToken* stop = nullptr;
    std::atomic<pg_conn*> connection{nullptr};

    // GUI thread only.
    StepWorkerState published;
    int arrivalsAwaited = 0;
    qint64 steppedNs = 0;

    StepWorkerState snapshot() const {
        std::lock_guard lock(mutex);
        return state;
    }
    template <typename F> void update(F&& change) {
        std::lock_guard lock(mutex);
        change(state);
    }

    void beforeStatement(int command, int line, const QString& sql) override {
        update([&](StepWorkerState& s) {
            s.status = StepWorkerState::Status::Held;
            s.command = command;
            s.line = line;
            s.sql = sql;
        });
        gate.beforeStatement(command, line, sql);
        if (stop && stop->stopRequested()) {
            // The gate lets the statement go; a dead socket makes sure it never reaches the
            // server after a stop.
            if (pg_conn* conn = connection.load(); conn && PQsocket(conn) >= 0)
                ::shutdown(PQsocket(conn), SHUT_RDWR);
        }
        update([](StepWorkerState& s) { s.status = StepWorkerState::Status::Running; });
    }

    void afterStatement(int command, int line, const StatementTrace& trace) override {
        // The runner reports only the primary message; the DETAIL of a deadlock (who waited
        // for whom) stays in libpq's message until the connection's next command (ROLLBACK).
        QString serverText;
        if (pg_conn* conn = connection.load(); conn && trace.failed())
            serverText = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        gate.afterStatement(command, line, trace);
        update([&](StepWorkerState& s) {
            ++s.statements;
            if (trace.failed())
                s.serverText = serverText;
        });
    }
};

StepSettings StepSession::presetSettings(Preset preset) {
    StepSettings settings;
    settings.workers = 2;
    settings.capacities = {5};
    settings.strategy = builtinStrategy(preset == Preset::LostUpdate ? u"naive"_s : u"for-share"_s);
    return settings;
}

QList<int> StepSession::presetPlan(Preset preset) {
    switch (preset) {
    case Preset::LostUpdate:
        // SELECT, SELECT: both read the same seats; UPDATE, INSERT each: both write it - 1.
        return {1, 2, 1, 1, 2, 2};
    case Preset::Deadlock:
        // BEGIN, SELECT ... FOR SHARE each: both hold a share lock; then each UPDATE waits for
        // the other's share lock.
        return {1, 1, 2, 2, 1, 2};
    }
    return {};
}

StepSession::StepSession(QObject* parent)
    : QObject(parent) {
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &StepSession::poll);
}

StepSession::~StepSession() {
    stop();
    if (m_resetThread)
        joinThread(m_resetThread.get());
    for (const auto& lane : m_lanes) {
        if (lane->thread)
            joinThread(lane->thread.get());
    }
    if (m_monitor) {
        m_monitor->requestStop();
        joinThread(m_monitor.get());
    }
}

bool StepSession::start(const StepSettings& settings) {
    if (m_running || settings.strategy.isNull())
        return false;
    m_settings = settings;
    m_settings.workers = qBound(1, settings.workers, maxWorkers);
    m_error.clear();
    m_plan.clear();
    m_playing = false;
    m_releaseAfterPlan = false;
    m_records.clear();
    m_lanes.clear();
    m_monitor.reset();

    Scenario scenario;
    scenario.capacities = m_settings.capacities;
    scenario.strategy = m_settings.strategy;
    scenario.threads = m_settings.workers;
    scenario.perThread = m_settings.attempts;
    scenario.thinkMs = m_settings.thinkMs;
    scenario.seed = m_settings.seed;
    scenario.maxTries = m_settings.maxTries;
    m_context = std::make_unique<RunContext>(m_connection, scenario, &m_records);
    for (int worker = 1; worker <= m_settings.workers; ++worker) {
        auto lane = std::make_unique<Lane>();
        lane->worker = worker;
        lane->stop = &m_context->stop;
        lane->state.worker = worker;
        lane->published = lane->state;
        m_lanes.push_back(std::move(lane));
    }
    m_running = true;

    m_resetError.clear();
    m_resetThread.reset(QThread::create([this] {
        const QString name = uniqueConnectionName(u"seatsim-step-reset"_s);
        {
            QString error;
            QSqlDatabase db = m_connection.open(name, &error);
            if (!db.isValid() ||
                !SeatDatabase(db, m_connection.schema).reset(m_settings.capacities, &error))
                m_resetError = error;
        }
        closeConnection(name);
        threadFinishing();
    }));
    connect(m_resetThread.get(), &QThread::finished, this, &StepSession::resetDone);
    m_resetThread->start();
    return true;
}

bool StepSession::startPreset(Preset preset) {
    if (!start(presetSettings(preset)))
        return false;
    play(presetPlan(preset), true);
    return true;
}

void StepSession::resetDone() {
    joinThread(m_resetThread.get());
    if (!m_resetError.isEmpty() || m_context->stop.stopRequested()) {
        m_error = m_resetError.isEmpty() ? tr("stopped") : m_resetError;
        m_running = false;
        m_playing = false;
        Q_EMIT finished();
        return;
    }
    m_context->clock.start();
    m_monitor = std::make_unique<Monitor>(m_context.get());
    m_monitor->start();
    for (const auto& lane : m_lanes) {
        Lane* raw = lane.get();
        lane->thread.reset(QThread::create([this, raw] {
            runWorker(raw);
            threadFinishing();
        }));
        lane->thread->start();
    }
    m_poll.start();
    Q_EMIT started();
}

void StepSession::runWorker(Lane* lane) {
    RunContext& context = *m_context;
    const QString name = uniqueConnectionName(u"seatsim-step"_s);
    {
        QString error;
        const QSqlDatabase db = context.settings.open(name, &error);
        if (!db.isValid()) {
            lane->update([&](StepWorkerState& s) {
                s.error = tr("Worker %1 could not connect: %2").arg(lane->worker).arg(error);
                s.outcome = AttemptOutcome::ConnectionLost;
                s.status = StepWorkerState::Status::Finished;
            });
            closeConnection(name);
            return;
        }
        pg_conn* conn = nativeConnection(db);
        lane->connection = conn;
        context.registerBackend(lane->worker, conn);

        ScriptRunner runner(m_settings.strategy, db, &context.stop);
        runner.setObserver(lane);
        runner.setClockOrigin(context.clock);
        runner.seedRandom(workerSeed(m_settings.seed, lane->worker));
        runner.setVariable(u"sessions"_s, m_settings.capacities.size());
        runner.setVariable(u"think_ms"_s, m_settings.thinkMs);
        runner.setVariable(u"worker"_s, lane->worker);
        runner.setVariable(u"capacity_total"_s, context.scenario.capacity());

        for (int attempt = 0; attempt < m_settings.attempts && !context.stop.stopRequested();
             ++attempt) {
            AttemptRecord record;
            record.worker = lane->worker;
            record.startNs = context.nowNs();
            TryResult result;
            for (int tryIndex = 0;; ++tryIndex) {
                result = runner.run(tryIndex > 0);
                for (const StatementTrace& trace : runner.trace())
                    record.statements.push_back({trace, std::uint8_t(qMin(tryIndex, 255))});
                record.tries = tryIndex + 1;
                if (result.ok() || context.stop.stopRequested() || !result.isRetryable() ||
                    record.tries >= qMax(1, m_settings.maxTries))
                    break;
            }
            record.endNs = context.nowNs();
            record.user = int(runner.intVariable(runner.slotOf(u"user"_s)));
            record.session = int(runner.intVariable(runner.slotOf(u"session"_s)));
            record.session2 = int(runner.intVariable(runner.slotOf(u"session2"_s)));
            record.seatsRead = int(runner.intVariable(runner.slotOf(u"seats"_s), -1));
            record.seatsRead2 = int(runner.intVariable(runner.slotOf(u"seats2"_s), -1));
            record.reservedSeats =
                result.ok() ? int(runner.intVariable(runner.slotOf(u"reserved"_s))) : 0;
            record.outcome =
                attemptOutcome(result, record.reservedSeats, context.stop.stopRequested());
            if (!result.ok())
                record.setSqlState(result.sqlState);
            lane->update([&](StepWorkerState& s) {
                ++s.attempts;
                s.outcome = record.outcome;
                s.sqlState = result.sqlState;
                s.message = result.ok() ? QString() : result.message;
                if (result.ok())
                    s.serverText.clear();
            });
            const bool connectionGone = result.outcome == TryOutcome::ConnectionLost ||
                                        result.outcome == TryOutcome::CommitUnknown;
            context.records->append(std::move(record));
            if (connectionGone)
                break;
        }
        context.unregisterBackend(lane->worker);
        lane->connection = nullptr;
    }
    closeConnection(name);
    lane->update([](StepWorkerState& s) { s.status = StepWorkerState::Status::Finished; });
}

bool StepSession::step(int worker) {
    if (worker < 1 || worker > workerCount())
        return false;
    Lane& lane = *m_lanes[size_t(worker) - 1];
    if (!lane.gate.isHeld())
        return false;
    lane.arrivalsAwaited = lane.gate.arrivals() + 1;
    lane.steppedNs = m_context->nowNs();
    lane.gate.step();
    return true;
}

void StepSession::play(const QList<int>& plan, bool releaseAfter) {
    m_plan = plan;
    m_releaseAfterPlan = releaseAfter;
    m_playing = true;
}

void StepSession::releaseAll() {
    m_plan.clear();
    m_playing = false;
    for (const auto& lane : m_lanes)
        lane->gate.release();
}

void StepSession::stop() {
    if (!m_running)
        return;
    m_plan.clear();
    m_playing = false;
    m_context->stop.requestStop();
    for (const auto& lane : m_lanes)
        lane->gate.release();
    m_context->cancelRunningQueries();
}

StepWorkerState StepSession::state(int worker) const {
    if (worker < 1 || worker > workerCount())
        return {};
    return m_lanes[size_t(worker) - 1]->published;
}

QList<StepWorkerState> StepSession::states() const {
    QList<StepWorkerState> result;
    for (const auto& lane : m_lanes)
        result << lane->published;
    return result;
}

MonitorSample StepSession::lastSample() const {
    return m_monitor ? m_monitor->latest() : MonitorSample();
}

int StepSession::workerOfPid(int pid) const {
    return m_context ? m_context->workerOfBackend(pid) : 0;
}

// Every worker has stopped moving: held before a statement (after the step it was given),
// blocked by a lock, or finished.
bool StepSession::settled() const {
    for (const auto& lane : m_lanes) {
        switch (lane->published.status) {
        case StepWorkerState::Status::Finished:
        case StepWorkerState::Status::Waiting:
            break;
        case StepWorkerState::Status::Held:
            if (lane->gate.arrivals() < lane->arrivalsAwaited)
                return false;
            break;
        default:
            return false;
        }
    }
    return true;
}

void StepSession::poll() {
    const MonitorSample sample = lastSample();
    bool allFinished = true;
    for (const auto& lane : m_lanes) {
        StepWorkerState state = lane->snapshot();
        if (state.status == StepWorkerState::Status::Running &&
            sample.elapsedNs > lane->steppedNs) {
            for (const LockWait& wait : sample.waits) {
                if (wait.waiter == lane->worker && !state.blockedBy.contains(wait.blocker))
                    state.blockedBy << wait.blocker;
            }
            if (!state.blockedBy.isEmpty())
                state.status = StepWorkerState::Status::Waiting;
        }
        allFinished = allFinished && state.status == StepWorkerState::Status::Finished;
        if (state != lane->published) {
            lane->published = state;
            Q_EMIT stateChanged(lane->worker);
        }
    }
    if (allFinished) {
        finish();
        return;
    }
    if (!m_playing || !settled())
        return;
    while (!m_plan.isEmpty()) {
        const int worker = m_plan.takeFirst();
        if (step(worker))
            return;
    }
    if (m_releaseAfterPlan)
        releaseAll();
    m_playing = false;
}

void StepSession::finish() {
    m_poll.stop();
    for (const auto& lane : m_lanes)
        joinThread(lane->thread.get());
    m_monitor->requestStop();
    joinThread(m_monitor.get());
    m_running = false;
    m_playing = false;
    Q_EMIT finished();
}

} // namespace seatsim
