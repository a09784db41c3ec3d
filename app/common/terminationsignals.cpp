#include "common/terminationsignals.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace seatsim {

namespace {

int signalPipe[2] = {-1, -1};
constexpr int handledSignals[] = {SIGINT, SIGTERM, SIGHUP};

void onSignal(int number) {
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent) {
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // without a pipe the default actions stay
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationSignals::readPipe);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : handledSignals)
        ::sigaction(number, &action, nullptr);
}

TerminationSignals::~TerminationSignals() {
    if (!m_notifier)
        return;
    for (int number : handledSignals)
        ::signal(number, SIG_DFL);
    m_notifier.reset();
    for (int& fd : signalPipe) {
        ::close(fd);
        fd = -1;
    }
}

void TerminationSignals::readPipe() {
    char byte = 0;
    while (::read(signalPipe[0], &byte, 1) == 1) {
        if (m_received == 0)
            m_received = byte;
        Q_EMIT terminationRequested(byte);
    }
}

} // namespace seatsim
