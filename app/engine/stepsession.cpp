#include "engine/stepsession.h"

#include "common/threadjoin.h"
#include "engine/attemptloop.h"
#include "engine/monitor.h"
#include "engine/runcontext.h"
#include "engine/stepgate.h"
#include "engine/stepwords.h"
#include "script/scriptrunner.h"
#include "server/seatdatabase.h"
#include "server/serverinfo.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>
#include <sys/socket.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace seatsim {

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

    QString lastResult; // the worker's thread only: of the statement that just ran

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

    void statementResult(int, const pg_result* result) override {
        lastResult = describeResult(result);
    }

    void note(const QString& text, bool failed) {
        update([&](StepWorkerState& s) { s.history.append({QString(), text, failed}); });
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
            s.history.append({s.sql, lastResult, trace.failed()});
        });
    }
};

StepSettings StepSession::presetSettings(Preset preset) {
    StepSettings settings;
    settings.workers = 2;
    settings.capacities = {5};
    switch (preset) {
    case Preset::LostUpdate:
    case Preset::Deadlock:
        settings.strategy =
            builtinStrategy(preset == Preset::LostUpdate ? u"naive"_s : u"for-share"_s);
        break;
    case Preset::WriteSkewRepeatableRead:
    case Preset::WriteSkewSerializable: {
        settings.exercise = Exercise::TwoSeats;
        settings.capacities = {5, 5, 5};
        settings.seatsHeld = {{7, 1}};
        Error error; // the presets are part of the build: a script that does not parse is a bug
        settings.strategy =
            StrategyScript::load(preset == Preset::WriteSkewRepeatableRead
                                     ? u":/sql/presets/write-skew-repeatable-read.sql"_s
                                     : u":/sql/presets/write-skew-serializable.sql"_s,
                                 standardProvidedVariables(), error);
        if (settings.strategy.isNull())
            qFatal("a preset script does not parse: %s", qPrintable(error.text()));
        break;
    }
    }
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
    case Preset::WriteSkewRepeatableRead:
    case Preset::WriteSkewSerializable:
        // BEGIN, count, seats each: both count the one seat; then each books and commits.
        return {1, 2, 1, 2, 1, 2, 1, 1, 1, 2, 2, 2};
    }
    return {};
}

// The session's own connection, in its own thread: resets the tables, then reads the seats
// after every step and the final audit once every worker ended.
struct StepSession::Control {
    std::mutex mutex;
    std::condition_variable changed;
    QList<StepTableReading> readings; // asked for, not yet read
    bool auditWanted = false;
    bool quit = false;
    std::unique_ptr<QThread> thread;

    void ask(const std::function<void(Control&)>& change) {
        {
            std::lock_guard lock(mutex);
            change(*this);
        }
        changed.notify_all();
    }
};

StepSession::StepSession(QObject* parent)
    : QObject(parent) {
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &StepSession::poll);
}

StepSession::~StepSession() {
    stop();
    if (m_control) {
        m_control->ask([](Control& c) { c.quit = true; });
        joinThread(m_control->thread.get());
    }
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
    m_steps = 0;
    m_readingsAsked = 0;
    m_lastWorker = 0;
    m_lastSql.clear();
    m_readings.clear();
    m_finalAudit.reset();
    m_verdict = Verdict();
    m_finishing = false;
    m_firstFailure = Error();

    Scenario scenario;
    scenario.exercise = m_settings.exercise;
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

    m_control = std::make_unique<Control>();
    Control* control = m_control.get();
    m_control->thread.reset(QThread::create([this, control] {
        runControl(control);
        threadFinishing();
    }));
    m_control->thread->start();
    return true;
}

void StepSession::runControl(Control* control) {
    const QString name = uniqueConnectionName(u"seatsim-step-control"_s);
    {
        Error error;
        QSqlDatabase db = m_connection.open(name, error);
        std::optional<SeatDatabase> database;
        if (db.isValid())
            database.emplace(db, m_connection.schema);
        const bool reset = database && database->reset(m_settings.capacities, error) &&
                           bookHeldSeats(db, m_settings.seatsHeld, error);
        const QString resetError = reset ? QString()
                                   : isOutOfConnectionSlots(error)
                                       ? outOfConnectionSlotsMessage(m_settings.workers, 0, error)
                                       : error.text();
        QMetaObject::invokeMethod(
            this, [this, resetError] { resetDone(resetError); }, Qt::QueuedConnection);
        while (reset) {
            std::unique_lock lock(control->mutex);
            control->changed.wait(lock, [control] {
                return control->quit || control->auditWanted || !control->readings.isEmpty();
            });
            if (control->quit)
                break;
            if (!control->readings.isEmpty()) {
                StepTableReading reading = control->readings.takeFirst();
                lock.unlock();
                QSqlQuery query(db);
                if (query.exec(u"SELECT id, seats FROM seminar_sessions ORDER BY id"_s)) {
                    while (query.next())
                        reading.seats.insert(query.value(0).toInt(), query.value(1).toInt());
                } else {
                    reading.error = query.lastError().text();
                }
                QMetaObject::invokeMethod(
                    this, [this, reading] { readingDone(reading); }, Qt::QueuedConnection);
                continue;
            }
            control->auditWanted = false;
            lock.unlock();
            Error auditError;
            std::optional<Audit> audit =
                database->audit(auditError, seatLimitOf(m_settings.exercise));
            std::optional<RegistrationBook> registrations;
            QSqlQuery query(db);
            if (query.exec(u"SELECT session_id, user_id, count(*) FROM seminar_registrations "
                           "GROUP BY 1, 2"_s)) {
                registrations.emplace();
                while (query.next())
                    registrations->insert({query.value(0).toInt(), query.value(1).toInt()},
                                          query.value(2).toInt());
            } else if (!auditError.isSet()) {
                auditError.message = query.lastError().text();
            }
            const QString text = auditError.isSet() ? auditError.text() : QString();
            QMetaObject::invokeMethod(
                this,
                [this, audit, registrations, text] { finalAuditDone(audit, registrations, text); },
                Qt::QueuedConnection);
        }
    }
    closeConnection(name);
}

// The seats a preset's student holds before the first step, booked as a reservation books.
bool StepSession::bookHeldSeats(QSqlDatabase& db, const QList<QPair<int, int>>& seats,
                                Error& error) {
    QSqlQuery query(db);
    for (const auto& [user, session] : seats) {
        query.prepare(
            u"WITH booked AS (UPDATE seminar_sessions SET seats = seats - 1 WHERE id = ?) "
            "INSERT INTO seminar_registrations (user_id, session_id) VALUES (?, ?)"_s);
        query.addBindValue(session);
        query.addBindValue(user);
        query.addBindValue(session);
        if (!query.exec()) {
            error.message = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool StepSession::startPreset(Preset preset) {
    if (!start(presetSettings(preset)))
        return false;
    play(presetPlan(preset), true);
    return true;
}

void StepSession::resetDone(const QString& error) {
    if (!error.isEmpty() || m_context->stop.stopRequested()) {
        m_error = error.isEmpty() ? tr("stopped") : error;
        m_control->ask([](Control& c) { c.quit = true; });
        joinThread(m_control->thread.get());
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
    requestReading();
    Q_EMIT started();
}

void StepSession::runWorker(Lane* lane) {
    RunContext& context = *m_context;
    const QString name = uniqueConnectionName(u"seatsim-step"_s);
    {
        Error error;
        const QSqlDatabase db = context.settings.open(name, error);
        if (!db.isValid()) {
            if (isOutOfConnectionSlots(error))
                context.refuseForLackOfSlots(error);
            lane->update([&](StepWorkerState& s) {
                s.error = tr("Worker %1 could not connect: %2").arg(lane->worker).arg(error.text());
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
        AttemptLoop loop(runner, context.scenario, lane->worker, context.clock, &context.stop);
        SeatDatabase seats(db, context.settings.schema);
        loop.checkRefusalsOn(&seats);
        loop.onFailedTry([this, &context, lane](const TryResult& failed, bool retrying) {
            context.countFailedTry(failed, retrying);
            {
                std::lock_guard lock(m_failureMutex);
                if (!m_firstFailure.isSet()) {
                    m_firstFailure.message = failed.message;
                    m_firstFailure.sqlState = failed.sqlState;
                    m_firstFailure.detail = failed.detail;
                    m_firstFailure.line = failed.line;
                    m_firstFailure.file = m_settings.strategy.fileName();
                }
            }
            if (failed.outcome == TryOutcome::ScriptError)
                lane->note(tr("line %1: %2").arg(failed.line).arg(failed.message), true);
            if (failed.rolledBack)
                lane->note(tr("ROLLBACK: SeatSim ended the failed transaction"), true);
            if (retrying)
                lane->note(tr("trying again"), false);
        });

        for (int attempt = 0; attempt < m_settings.attempts && !context.stop.stopRequested();
             ++attempt) {
            Attempt done = loop.attempt();
            AttemptRecord& record = done.record;
            const TryResult& result = done.lastTry;
            lane->update([&](StepWorkerState& s) {
                ++s.attempts;
                s.outcome = record.outcome;
                s.sqlState = result.sqlState;
                s.message = result.ok() ? QString() : result.message;
                if (result.ok())
                    s.serverText.clear();
            });
            lane->note(tr("attempt %1: %2").arg(attempt + 1).arg(outcomeSentence(record.outcome)),
                       !result.ok());
            const bool connectionGone = result.outcome == TryOutcome::ConnectionLost ||
                                        result.outcome == TryOutcome::CommitUnknown;
            context.records->append(std::move(record));
            if (connectionGone)
                break;
        }
        context.addAnswers(loop.answers());
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
    ++m_steps;
    m_lastWorker = worker;
    m_lastSql = lane.gate.heldSql();
    lane.gate.step();
    return true;
}

int StepSession::statementsRun() const {
    int statements = 0;
    for (const auto& lane : m_lanes)
        statements += lane->published.statements;
    return statements;
}

int StepSession::firstHeldWorker() const {
    for (const auto& lane : m_lanes) {
        if (lane->published.status == StepWorkerState::Status::Held && lane->gate.isHeld())
            return lane->worker;
    }
    return 0;
}

void StepSession::requestReading(bool atEnd) {
    m_readingsAsked = m_steps + 1;
    m_statementsAtReading = statementsRun();
    StepTableReading reading;
    reading.step = m_steps;
    reading.worker = m_lastWorker;
    reading.sql = m_lastSql;
    reading.atEnd = atEnd;
    m_control->ask([&reading](Control& c) { c.readings.append(reading); });
}

void StepSession::readingDone(const StepTableReading& reading) {
    m_readings.append(reading);
    Q_EMIT tableRead();
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
    if (m_context->slotRefusal().isSet())
        releaseAll(); // the refused session ends at once: held workers run out, stopped
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
    if (!settled())
        return;
    if (m_readingsAsked <= m_steps) {
        requestReading();
        return;
    }
    // A played step waits for the reading of the step before it.
    if (!m_playing || m_readings.size() <= m_steps)
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

// Every worker's last statement has ended; the verdict waits for the audit taken now.
void StepSession::finish() {
    if (m_finishing)
        return;
    m_finishing = true;
    m_poll.stop();
    for (const auto& lane : m_lanes)
        joinThread(lane->thread.get());
    m_monitor->requestStop();
    joinThread(m_monitor.get());
    // Before the audit: the table after the last step, or at the end if workers ran unstepped.
    if (m_readingsAsked <= m_steps)
        requestReading();
    else if (statementsRun() != m_statementsAtReading)
        requestReading(true);
    m_control->ask([](Control& c) { c.auditWanted = true; });
}

void StepSession::finalAuditDone(const std::optional<Audit>& audit,
                                 const std::optional<RegistrationBook>& registrations,
                                 const QString& error) {
    m_finalAudit = audit;
    if (!error.isEmpty() && m_error.isEmpty())
        m_error = tr("the final audit failed: %1").arg(error);
    if (const Error refused = m_context->slotRefusal(); refused.isSet()) {
        m_error = outOfConnectionSlotsMessage(m_settings.workers, 0, refused);
    } else {
        JudgeInput input = judgeInput();
        input.audit = audit;
        input.registrations = registrations;
        m_verdict = judge(input);
    }
    m_control->ask([](Control& c) { c.quit = true; });
    joinThread(m_control->thread.get());
    m_running = false;
    m_playing = false;
    m_finishing = false;
    Q_EMIT finished();
}

// The counters as a load test's workers keep them, from the session's records; the answers
// from the workers' attempt loops.
JudgeInput StepSession::judgeInput() const {
    JudgeInput input;
    input.seatLimit = seatLimitOf(m_settings.exercise);
    input.answers = m_context->answers();
    RunCounters& counters = input.counters;
    const RunCounters live = m_context->counters.load();
    counters.deadlocks = live.deadlocks;
    counters.serializationFailures = live.serializationFailures;
    counters.retries = live.retries;
    counters.errors = m_context->errors();
    bool stopped = false;
    for (const AttemptRecord& record : m_records.since(0)) {
        switch (record.outcome) {
        case AttemptOutcome::Reserved:
            counters.reserved += record.reservedSeats;
            break;
        case AttemptOutcome::Full:
            ++counters.rejectedFull;
            break;
        case AttemptOutcome::Error:
            ++counters.otherErrors;
            break;
        case AttemptOutcome::Unknown:
            ++counters.unknownOutcomes;
            break;
        case AttemptOutcome::GaveUp:
        case AttemptOutcome::ConnectionLost:
            break;
        case AttemptOutcome::Stopped:
            stopped = true;
            continue;
        }
        ++counters.attempts;
        if (record.outcome != AttemptOutcome::Reserved && record.outcome != AttemptOutcome::Full)
            ++counters.failed;
    }
    input.stopped = stopped || m_context->stop.stopRequested();
    std::lock_guard lock(m_failureMutex);
    input.firstFailure = m_firstFailure;
    return input;
}

} // namespace seatsim
