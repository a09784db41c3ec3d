#pragma once

#include <QDeadlineTimer>
#include <QThread>

namespace seatsim {

// QThread::wait() orders everything a thread did before everything its waiter does next, but it
// does so through a QMutex inside libQt6Core, which ThreadSanitizer cannot see (Qt is not built
// with it): it then reports the waiter's use or deletion of what the thread touched as a race.
// SeatSim's threads end their work with threadFinishing(), and their waiters call joinThread()
// instead of QThread::wait(): the pair states the same order through one atomic counter that
// ThreadSanitizer sees. Elsewhere it costs one atomic operation per thread.
void threadFinishing();
bool joinThread(QThread* thread, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

} // namespace seatsim
