#include "common/threadjoin.h"

#include <atomic>

namespace seatsim {

namespace {
// Read-modify-writes with release order form one release sequence: a waiter's acquire load
// synchronises with every thread that finished before it.
std::atomic<quint64> finishedThreads{0};
} // namespace

void threadFinishing() {
    finishedThreads.fetch_add(1, std::memory_order_release);
}

bool joinThread(QThread* thread, QDeadlineTimer deadline) {
    if (!thread->wait(deadline))
        return false;
    finishedThreads.load(std::memory_order_acquire);
    return true;
}

} // namespace seatsim
