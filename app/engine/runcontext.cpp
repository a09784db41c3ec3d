#include "engine/runcontext.h"

#include "script/scriptrunner.h"

#include <libpq-fe.h>

namespace seatsim {

RunContext::RunContext(ConnectionSettings settings_, Scenario scenario_, RecordStore* records_)
    : settings(std::move(settings_))
    , scenario(std::move(scenario_))
    , records(records_)
    , m_cancels(size_t(scenario.threads) + 1, nullptr)
    , m_backendPids(size_t(scenario.threads) + 1, 0) {
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
    if (worker > 0 && size_t(worker) < m_backendPids.size())
        m_backendPids[size_t(worker)] = pid;
}

void RunContext::unregisterBackend(int worker) {
    std::lock_guard lock(m_mutex);
    if (worker <= 0 || size_t(worker) >= m_cancels.size())
        return;
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
