#pragma once

#include "common/stoptoken.h"
#include "engine/snapshot.h"

#include <QThread>
#include <mutex>

namespace seatsim {

class RunContext;

// Samples the database about ten times a second while a run goes on, in its own thread with
// its own connection: the audit (one statement) and who waits for whose lock.
class Monitor : public QThread {
    Q_OBJECT
public:
    static constexpr int intervalMs = 100; // at least; longer when the audit gets expensive
    static constexpr int maxIntervalMs = 5000;
    // About 5 % of one core for the audit: it counts some 6,000 registrations per ms.
    static constexpr int rowsPerPauseMs = 300;

    explicit Monitor(RunContext* context, QObject* parent = nullptr);

    void requestStop() { m_stop.requestStop(); }
    MonitorSample latest() const;
    // The state the run starts from (the audit right after the reset), until the first sample.
    void startFrom(const Audit& audit);

protected:
    void run() override;

private:
    RunContext* m_context;
    StopToken m_stop;
    mutable std::mutex m_mutex;
    MonitorSample m_latest;
};

} // namespace seatsim
