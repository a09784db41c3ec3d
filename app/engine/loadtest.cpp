#include "engine/loadtest.h"

#include "common/threadjoin.h"
#include "engine/lockwaitquery.h"
#include "engine/monitor.h"
#include "engine/pythonworkers.h"
#include "engine/runcontext.h"
#include "engine/worker.h"
#include "server/seatdatabase.h"
#include "server/serverinfo.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace seatsim {

LoadTest::LoadTest(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<RunResult>();
    m_publisher.setInterval(snapshotIntervalMs);
    connect(&m_publisher, &QTimer::timeout, this, &LoadTest::publish);
}

LoadTest::~LoadTest() {
    stop();
    if (m_controller)
        joinThread(m_controller.get());
}

bool LoadTest::start(const Scenario& scenario, int runNumber) {
    if (m_running || scenario.strategy.isNull() || scenario.threads < 1)
        return false;
    // A Python answer's stand-in script has no statements: it never runs reservations itself.
    if (scenario.python.isNull() && PythonAnswer::isPythonFile(scenario.strategy.fileName()) &&
        (scenario.perThread > 0 || scenario.durationMs > 0))
        return false;
    if (m_controller) {
        joinThread(m_controller.get());
        m_controller.reset();
    }
    m_monitor.reset();
    m_records.clear();
    m_context = std::make_unique<RunContext>(m_settings, scenario, &m_records);
    m_context->workerNice = m_workerNice;
    m_monitor = std::make_unique<Monitor>(m_context.get());
    m_workersStarted = false;
    m_stopRequested = false;
    m_running = true;
    m_lastAttempts = 0;
    m_lastPublishMs = 0;
    m_attemptsPerSecond = 0;
    m_controller.reset(QThread::create(
        [this, runNumber, recorder = m_recorder] { control(runNumber, recorder); }));
    m_controller->start();
    m_publisher.start();
    Q_EMIT started();
    publish();
    return true;
}

void LoadTest::stop() {
    if (!m_running || !m_context)
        return;
    m_stopRequested = true;
    const MonitorSample seen = m_monitor ? m_monitor->latest() : MonitorSample{};
    m_context->cut(Interruption::Cause::Stopped, seen.waits, seen.outsideBlockers);
}

void LoadTest::waitForFinished() {
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &LoadTest::finished, &loop, &QEventLoop::quit);
    if (m_running)
        loop.exec();
}

Snapshot LoadTest::snapshot() const {
    Snapshot snapshot;
    snapshot.running = m_running;
    if (!m_context)
        return snapshot;
    snapshot.elapsedMs = m_workersStarted ? m_context->clock.elapsed() : 0;
    snapshot.counters = m_context->counters.load();
    snapshot.counters.errors = m_context->errors();
    snapshot.plannedAttempts = m_context->scenario.plannedAttempts();
    snapshot.hardLimitMs = m_context->scenario.hardLimitMs();
    snapshot.attemptsPerSecond = m_attemptsPerSecond;
    if (m_monitor)
        snapshot.monitor = m_monitor->latest();
    snapshot.waitingForOtherRun = m_waitingForOtherRun;
    snapshot.workerOfBackend = m_context->workersByBackend();
    return snapshot;
}

void LoadTest::publish() {
    Snapshot current = snapshot();
    const qint64 intervalMs = current.elapsedMs - m_lastPublishMs;
    if (intervalMs >= 250) {
        m_attemptsPerSecond = (current.counters.attempts - m_lastAttempts) * 1000.0 / intervalMs;
        m_lastAttempts = current.counters.attempts;
        m_lastPublishMs = current.elapsedMs;
    }
    current.attemptsPerSecond = m_attemptsPerSecond;
    Q_EMIT snapshotReady(current);
}

// Runs in the controller thread.
void LoadTest::control(int runNumber, const RunRecorder& recorder) {
    RunContext& context = *m_context;
    RunResult result;
    result.run = runNumber;
    result.scenario = context.scenario;
    result.strategy = context.scenario.strategy.id();

    const QString name = uniqueConnectionName(u"seatsim-control"_s);
    {
        Error error;
        QSqlDatabase db = context.settings.open(name, error);
        SeatDatabase database(db, context.settings.schema);
        if (!db.isValid()) {
            result.error = isOutOfConnectionSlots(error)
                               ? outOfConnectionSlotsMessage(context.scenario.threads, 0, error)
                               : error.text();
        } else if (!lockSchema(db, context, error)) {
            result.error = error.text(); // empty when stopped while waiting
        } else if (!database.reset(context.scenario.capacities, error)) {
            result.error = tr("Could not reset the tables: %1").arg(error.text());
        } else if (!m_stopRequested) {
            // The charts start from the table as it is after the reset, not from whatever the
            // monitor's first sample catches once the workers have begun.
            // The first snapshot carrying an audit is that table, whatever the periodic
            // publisher or the monitor's first sample do meanwhile.
            if (const auto initial =
                    database.audit(error, seatLimitOf(context.scenario.exercise))) {
                m_monitor->startFrom(*initial);
                QMetaObject::invokeMethod(
                    this,
                    [this, audit = *initial] {
                        Snapshot first = snapshot();
                        first.elapsedMs = 0;
                        first.counters = {};
                        first.monitor.audit = audit;
                        Q_EMIT snapshotReady(first);
                    },
                    Qt::QueuedConnection);
            }
            std::optional<PythonWorkers> python;
            if (context.scenario.isPython()) {
                python.emplace(context, db);
                python->run([this, &context] {
                    m_workersStarted = true;
                    if (!context.stop.stopRequested())
                        m_monitor->start();
                });
            } else {
                runWorkers(db, context);
            }
            result.durationMs = context.lastAttemptEndNs() > 0
                                    ? (context.lastAttemptEndNs() + 999'999) / 1'000'000
                                : context.clock.isValid() ? context.clock.elapsed()
                                                          : 0;
            m_monitor->requestStop();
            joinThread(m_monitor.get());

            const Error refused = context.slotRefusal();
            const QString bridgeFailure = python ? python->failure() : QString();
            const auto audit = refused.isSet() || !bridgeFailure.isEmpty()
                                   ? std::nullopt
                                   : database.audit(error, seatLimitOf(context.scenario.exercise));
            if (refused.isSet()) {
                result.error = outOfConnectionSlotsMessage(context.scenario.threads,
                                                           maxConnections(db), refused);
            } else if (!bridgeFailure.isEmpty()) {
                result.error = bridgeFailure;
            } else if (audit) {
                result.audit = audit;
                result.counters = context.counters.load();
                result.counters.errors = context.errors();
                result.answers = context.answers();
                result.firstFailure = context.firstFailure();
                JudgeInput judged;
                judged.audit = result.audit;
                judged.counters = result.counters;
                judged.answers = result.answers;
                judged.firstFailure = result.firstFailure;
                judged.interruption = context.interruption();
                judged.stopped = judged.interruption.cause != Interruption::Cause::None ||
                                 (python && python->killed());
                judged.seatLimit = seatLimitOf(context.scenario.exercise);
                if (python)
                    python->compareCounts(*audit);
                Error tableError;
                judged.registrations = database.registrations(tableError);
                if (!judged.registrations)
                    context.addProblem(tr("The registrations could not be read, so the answers "
                                          "were not checked: %1")
                                           .arg(tableError.text()));
                result.verdict = judge(judged);
                // The run's row in the schema's run_history: losing it loses only the row.
                if (Error historyError;
                    recorder && !recorder(db, context.settings.schema, result, historyError))
                    context.addProblem(tr("The run was not written to the run history: %1")
                                           .arg(historyError.text()));
            } else if (connectionIsBroken(db))
                result.error = tr("The connection to the server was lost during the run (%1). "
                                  "Nothing was audited; the next run starts afresh.")
                                   .arg(error.text().simplified());
            else
                result.error = tr("Could not audit the result: %1").arg(error.text().simplified());
        }
    }
    closeConnection(name);

    result.counters = context.counters.load();
    result.counters.errors = context.errors();
    result.problems = context.problems();
    result.answers = context.answers();
    result.firstFailure = context.firstFailure();
    result.scriptError = context.scriptError();
    result.workerOfBackend = context.workersByBackend();
    result.stoppedByUser = m_stopRequested;
    if (!result.audit && result.error.isEmpty())
        result.error = tr("The run was stopped before it began.");
    m_controlResult = std::move(result);
    QMetaObject::invokeMethod(this, &LoadTest::complete, Qt::QueuedConnection);
    threadFinishing();
}

void LoadTest::runWorkers(const QSqlDatabase& db, RunContext& context) {
    std::vector<std::unique_ptr<Worker>> workers;
    for (int number = 1; number <= context.scenario.threads; ++number)
        workers.push_back(std::make_unique<Worker>(&context, number));
    for (auto& worker : workers)
        worker->start();
    context.waitForWorkersAndStartClock();
    m_workersStarted = true;
    if (!context.stop.stopRequested())
        m_monitor->start();
    joinWorkers(db, workers);
}

// Joins the workers; at the run's hard limit, cuts it. The cut samples the workers' lock
// waits first, on the control connection, so that the verdict can name what held them up.
void LoadTest::joinWorkers(const QSqlDatabase& db,
                           const std::vector<std::unique_ptr<Worker>>& workers) {
    RunContext& context = *m_context;
    const qint64 limitMs = context.scenario.hardLimitMs();
    constexpr qint64 pollMs = 250;
    for (const auto& worker : workers) {
        for (;;) {
            const bool watching = limitMs > 0 && !context.stop.stopRequested();
            const qint64 waitMs =
                watching ? std::clamp<qint64>(limitMs - context.clock.elapsed(), 1, pollMs)
                         : pollMs;
            if (joinThread(worker.get(), QDeadlineTimer(waitMs)))
                break;
            if (watching && context.clock.elapsed() >= limitMs) {
                LockWaitQuery waits(db);
                const auto sample =
                    waits.sample([&context](int pid) { return context.workerOfBackend(pid); });
                context.cut(Interruption::Cause::TimeLimit,
                            sample ? sample->waits : QList<LockWait>{},
                            sample ? sample->outside : QList<OutsideSession>{});
                cancelByPid(db, context.backendsToCancelByPid());
            } else if (context.stop.stopRequested()) {
                // A cancel that raced with a worker starting its next statement is repeated.
                context.cancelRunningQueries();
                cancelByPid(db, context.backendsToCancelByPid());
            }
        }
    }
}

void LoadTest::cancelByPid(const QSqlDatabase& db, const QList<int>& pids) {
    QSqlQuery query(db);
    for (int pid : pids)
        query.exec(u"SELECT pg_cancel_backend(%1)"_s.arg(pid));
}

bool LoadTest::lockSchema(const QSqlDatabase& db, RunContext& context, Error& error) {
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_try_advisory_lock(%1, hashtext(?))"_s.arg(runLockClass));
    query.addBindValue(context.settings.schema);
    for (;;) {
        if (!query.exec() || !query.next()) {
            error.message = tr("Could not take the run lock of schema “%1”: %2")
                                .arg(context.settings.schema, query.lastError().text());
            error.sqlState = query.lastError().nativeErrorCode();
            return false;
        }
        if (query.value(0).toBool()) {
            m_waitingForOtherRun = false;
            return true;
        }
        if (!m_waitingForOtherRun.exchange(true))
            context.addProblem(tr("Another SeatSim was running in schema “%1” on this "
                                  "server; this run waited for it to finish.")
                                   .arg(context.settings.schema));
        if (!context.stop.sleepFor(std::chrono::milliseconds(200))) {
            m_waitingForOtherRun = false;
            return false;
        }
    }
}

void LoadTest::complete() {
    m_publisher.stop();
    if (m_controller) {
        joinThread(m_controller.get());
        m_controller.reset();
    }
    m_lastResult = std::move(m_controlResult);
    m_running = false;
    publish();
    Q_EMIT finished(m_lastResult);
}

} // namespace seatsim
