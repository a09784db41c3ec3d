#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace seatsim {

// SIGINT, SIGTERM and SIGHUP (Ctrl+C, `kill`, the end of a desktop session) end SeatSim as
// closing its window does: the run stops, its threads are joined and the private server
// stops, instead of leaving a server and half-written results behind. The handler only
// writes the signal's number into a pipe; a socket notifier turns it into a Qt signal in the
// thread that created this object. One instance at a time; destroying it restores the
// default handlers.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    // The first signal received, 0 when none.
    int received() const { return m_received; }

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void readPipe();

    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_received = 0;
};

} // namespace seatsim
