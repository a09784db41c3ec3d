#include "engine/runcontext.h"

#include "script/scriptrunner.h"

#include <libpq-fe.h>

#include <algorithm>

namespace seatsim {

RunContext::RunContext(ConnectionSettings settings_, Scenario scenario_, RecordStore* records_)
    : settings(std::move(settings_))
    , scenario(std::move(scenario_))
    , records(records_)
    , m_cancels(size_t(scenario.threads) + 1, nullptr)
    , m_backendPids(size_t(scenario.threads) + 1, 0)
    , m_cancelByPid(size_t(scenario.threads) + 1, 0) {
}

RunContext::~RunContext() {
    for (pg_cancel* cancel : m_cancels) {
        if (cancel)
            PQfreeCancel(cancel);
    }
}

bool RunContext::arriveAndWait() {
    std::unique_lock lock(m_startMutex);
    ++m_arrived;
    m_startChanged.notify_all();
    // A stop request does not signal this condition variable: poll for it.
    while (!m_started && !stop.stopRequested())
        m_startChanged.wait_for(lock, std::chrono::milliseconds(20));
    return m_started;
}

void RunContext::waitForWorkersAndStartClock() {
    std::unique_lock lock(m_startMutex);
    while (m_arrived < scenario.threads && !stop.stopRequested())
        m_startChanged.wait_for(lock, std::chrono::milliseconds(20));
    clock.start();
    m_started = true;
    m_startChanged.notify_all();
}

void RunContext::countFailedTry(const TryResult& failed, bool retrying) {
    {
        std::lock_guard lock(m_mutex);
        ++m_errors[failed.sqlState.isEmpty() ? QStringLiteral("unknown") : failed.sqlState];
        if (!m_firstFailure.isSet() && failed.outcome != TryOutcome::Stopped) {
            m_firstFailure.message = failed.message.isEmpty() ? failed.sqlState : failed.message;
            m_firstFailure.sqlState = failed.sqlState;
            m_firstFailure.detail = failed.detail;
            if (failed.outcome == TryOutcome::ScriptError) {
                m_firstFailure.file = scenario.strategy.fileName();
                m_firstFailure.line = failed.line;
            }
        }
    }
    if (failed.outcome == TryOutcome::Deadlock)
        bump(counters.deadlocks);
    else if (failed.outcome == TryOutcome::SerializationFailure)
        bump(counters.serializationFailures);
    if (retrying)
        bump(counters.retries);
}

Error RunContext::firstFailure() const {
    std::lock_guard lock(m_mutex);
    return m_firstFailure;
}

void RunContext::addAnswers(const AnswerBook& answers) {
    std::lock_guard lock(m_mutex);
    m_answers.add(answers);
}

AnswerBook RunContext::answers() const {
    std::lock_guard lock(m_mutex);
    return m_answers;
}

void RunContext::addProblem(const QString& problem) {
    std::lock_guard lock(m_mutex);
    if (!m_problems.contains(problem))
        m_problems.append(problem);
}

void RunContext::refuseForLackOfSlots(const Error& refused) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_slotRefusal.isSet())
            m_slotRefusal = refused;
    }
    stop.requestStop();
    cancelRunningQueries();
}

void RunContext::noteScriptError(const Error& error) {
    std::lock_guard lock(m_mutex);
    if (!m_scriptError.isSet())
        m_scriptError = error;
}

Error RunContext::scriptError() const {
    std::lock_guard lock(m_mutex);
    return m_scriptError;
}

void RunContext::cut(Interruption::Cause cause, const QList<LockWait>& waits,
                     const QList<OutsideSession>& outside) {
    {
        std::lock_guard lock(m_mutex);
        if (m_interruption.cause == Interruption::Cause::None) {
            m_interruption.cause = cause;
            m_interruption.afterMs = clock.isValid() ? clock.elapsed() : 0;
            // A timed run is cut a moment after its duration; the duration is its limit.
            m_interruption.limitMs =
                scenario.durationMs > 0 ? scenario.durationMs : scenario.hardLimitMs();
            m_interruption.planned = scenario.plannedAttempts();
            m_interruption.outsideBlockers = outside;
            // Workers wait for each other all the time in a run that is stopped by hand; at a
            // time limit, the ones they waited for are what never finished.
            // Only the head of a chain kept its transaction open: the others wait themselves.
            if (cause == Interruption::Cause::TimeLimit) {
                QList<int> waiting;
                for (const LockWait& wait : waits)
                    waiting.append(wait.waiter);
                for (const LockWait& wait : waits) {
                    if (wait.waiter > 0 && wait.blocker > 0 && !waiting.contains(wait.blocker) &&
                        !m_interruption.holdingWorkers.contains(wait.blocker))
                        m_interruption.holdingWorkers.append(wait.blocker);
                }
                std::sort(m_interruption.holdingWorkers.begin(),
                          m_interruption.holdingWorkers.end());
            }
        }
    }
    stop.requestStop();
    cancelRunningQueries();
}

Interruption RunContext::interruption() const {
    std::lock_guard lock(m_mutex);
    Interruption interruption = m_interruption;
    interruption.cutOff = counters.cutOff.load(std::memory_order_relaxed);
    return interruption;
}

Error RunContext::slotRefusal() const {
    std::lock_guard lock(m_mutex);
    return m_slotRefusal;
}

QMap<QString, qint64> RunContext::errors() const {
    std::lock_guard lock(m_mutex);
    return m_errors;
}

QStringList RunContext::problems() const {
    std::lock_guard lock(m_mutex);
    return m_problems;
}

void RunContext::registerBackend(int worker, pg_conn* connection) {
    pg_cancel* cancel = connection ? PQgetCancel(connection) : nullptr;
    std::lock_guard lock(m_mutex);
    if (worker <= 0 || size_t(worker) >= m_cancels.size()) {
        if (cancel)
            PQfreeCancel(cancel);
        return;
    }
    if (m_cancels[size_t(worker)])
        PQfreeCancel(m_cancels[size_t(worker)]);
    m_cancels[size_t(worker)] = cancel;
    m_backendPids[size_t(worker)] = connection ? PQbackendPID(connection) : 0;
}

void RunContext::registerBackendPid(int worker, int pid) {
    std::lock_guard lock(m_mutex);
    if (worker <= 0 || size_t(worker) >= m_backendPids.size())
        return;
    m_backendPids[size_t(worker)] = pid;
    m_cancelByPid[size_t(worker)] = pid != 0;
}

QList<int> RunContext::backendsToCancelByPid() const {
    std::lock_guard lock(m_mutex);
    QList<int> pids;
    for (size_t worker = 1; worker < m_backendPids.size(); ++worker) {
        if (m_cancelByPid[worker])
            pids.append(m_backendPids[worker]);
    }
    return pids;
}

void RunContext::unregisterBackend(int worker) {
    std::lock_guard lock(m_mutex);
    if (worker <= 0 || size_t(worker) >= m_cancels.size())
        return;
    m_cancelByPid[size_t(worker)] = 0;
    if (m_cancels[size_t(worker)])
        PQfreeCancel(m_cancels[size_t(worker)]);
    m_cancels[size_t(worker)] = nullptr;
}

void RunContext::cancelRunningQueries() {
    std::lock_guard lock(m_mutex);
    char message[256];
    for (pg_cancel* cancel : m_cancels) {
        if (cancel)
            PQcancel(cancel, message, sizeof message);
    }
}

int RunContext::workerOfBackend(int pid) const {
    std::lock_guard lock(m_mutex);
    for (size_t worker = 1; worker < m_backendPids.size(); ++worker) {
        if (m_backendPids[worker] == pid)
            return int(worker);
    }
    return 0;
}

QMap<int, int> RunContext::workersByBackend() const {
    std::lock_guard lock(m_mutex);
    QMap<int, int> map;
    for (size_t worker = 1; worker < m_backendPids.size(); ++worker) {
        if (m_backendPids[worker] != 0)
            map.insert(m_backendPids[worker], int(worker));
    }
    return map;
}

} // namespace seatsim
