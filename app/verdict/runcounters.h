#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <atomic>

namespace seatsim {

// What a load test has counted so far, as a value.
struct RunCounters {
    qint64 attempts = 0;     // reservation attempts finished
    qint64 reserved = 0;     // seats the program believes it reserved
    qint64 rejectedFull = 0; // attempts that found no free seat
    qint64 failed = 0;       // attempts that ended without a result (gave up, error, unknown)
    qint64 retries = 0;      // tries after the first
    qint64 deadlocks = 0;    // 40P01
    qint64 serializationFailures = 0; // 40001
    qint64 otherErrors = 0;           // any other SQLSTATE, and script errors
    qint64 unknownOutcomes = 0;       // connection lost during COMMIT
    qint64 cutOff =
        0; // attempts in flight when a stop or a time limit cut the run (not in attempts)
    QMap<QString, qint64> errors; // SQLSTATE -> count, every failed try

    QJsonObject errorsJson() const;
    // Adds the counters under the headless JSON names (attempts, reserved, ..., errors).
    void insertInto(QJsonObject& json) const;
    void add(const RunCounters& other);
};

// Lock-free counters that workers bump; load() reads a consistent-enough copy for the UI.
class LiveCounters {
public:
    std::atomic<qint64> attempts{0};
    std::atomic<qint64> reserved{0};
    std::atomic<qint64> rejectedFull{0};
    std::atomic<qint64> failed{0};
    std::atomic<qint64> retries{0};
    std::atomic<qint64> deadlocks{0};
    std::atomic<qint64> serializationFailures{0};
    std::atomic<qint64> otherErrors{0};
    std::atomic<qint64> unknownOutcomes{0};
    std::atomic<qint64> cutOff{0};

    RunCounters load() const;
    void reset();
};

inline void bump(std::atomic<qint64>& counter, qint64 by = 1) {
    counter.fetch_add(by, std::memory_order_relaxed);
}

} // namespace seatsim
