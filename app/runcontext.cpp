#include "runcontext.h"

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

void RunContext::addError(const QString& sqlState) {
    std::lock_guard lock(m_mutex);
    ++m_errors[sqlState.isEmpty() ? QStringLiteral("unknown") : sqlState];
}

void RunContext::addProblem(const QString& problem) {
    std::lock_guard lock(m_mutex);
    if (!m_problems.contains(problem))
        m_problems.append(problem);
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
