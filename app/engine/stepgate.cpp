#include "engine/stepgate.h"

#include <chrono>

namespace seatsim {

void StepGate::step(int count) {
    {
        std::lock_guard lock(m_mutex);
        m_permits += count;
    }
    m_changed.notify_all();
}

void StepGate::release() {
    {
        std::lock_guard lock(m_mutex);
        m_released = true;
    }
    m_changed.notify_all();
}

bool StepGate::waitForArrival(int arrival, int timeoutMs) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [&] { return m_arrivals >= arrival && m_held; });
}

bool StepGate::waitForCompletedStatements(int count, int timeoutMs) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [&] { return m_completed >= count; });
}

int StepGate::arrivals() const {
    std::lock_guard lock(m_mutex);
    return m_arrivals;
}

bool StepGate::isHeld() const {
    std::lock_guard lock(m_mutex);
    return m_held;
}

QString StepGate::heldSql() const {
    std::lock_guard lock(m_mutex);
    return m_held ? m_heldSql : QString();
}

void StepGate::beforeStatement(int, int, const QString& sql) {
    std::unique_lock lock(m_mutex);
    ++m_arrivals;
    m_heldSql = sql;
    m_held = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_released || m_permits > 0; });
    if (!m_released)
        --m_permits;
    m_held = false;
    m_changed.notify_all();
}

void StepGate::afterStatement(int, int, const StatementTrace&) {
    {
        std::lock_guard lock(m_mutex);
        ++m_completed;
    }
    m_changed.notify_all();
}

} // namespace seatsim
