#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace seatsim {

// A stop request that sleeping threads can wait on: requestStop() wakes every
// sleeper at once, so a stop never waits for a think time or a pause to run out.
class StopToken {
public:
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

    void requestStop() {
        {
            std::lock_guard lock(m_mutex);
            m_stop.store(true, std::memory_order_relaxed);
        }
        m_wake.notify_all();
    }

    void reset() {
        std::lock_guard lock(m_mutex);
        m_stop.store(false, std::memory_order_relaxed);
    }

    // Returns false when the sleep was cut short by a stop request.
    bool sleepFor(std::chrono::microseconds duration) {
        if (duration.count() <= 0)
            return !stopRequested();
        std::unique_lock lock(m_mutex);
        return !m_wake.wait_for(lock, duration, [this] { return stopRequested(); });
    }

private:
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace seatsim
