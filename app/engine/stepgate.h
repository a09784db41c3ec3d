#pragma once

#include "script/scriptrunner.h"

#include <condition_variable>
#include <mutex>

namespace seatsim {

// Holds a script runner before every SQL statement until it is allowed one more, so that a
// lecturer (or a test) can interleave workers statement by statement on the real server.
// The runner's thread blocks in beforeStatement(); any other thread calls step().
class StepGate : public ScriptObserver {
public:
    // Allows `count` more statements.
    void step(int count = 1);
    // Stops holding: every statement from now on runs at once.
    void release();
    // Waits until the runner is held before its arrival-th statement (1-based) or has ended
    // a try. Returns false on timeout.
    bool waitForArrival(int arrival, int timeoutMs);
    bool waitForCompletedStatements(int count, int timeoutMs);

    int arrivals() const;
    bool isHeld() const; // waiting in beforeStatement() for a step
    QString heldSql() const;

    void beforeStatement(int command, int line, const QString& sql) override;
    void afterStatement(int command, int line, const StatementTrace& trace) override;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_permits = 0;
    bool m_released = false;
    bool m_held = false;
    int m_arrivals = 0;
    int m_completed = 0;
    QString m_heldSql;
};

} // namespace seatsim
