#include "runcounters.h"

namespace seatsim {

QJsonObject RunCounters::errorsJson() const {
    QJsonObject json;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

RunCounters LiveCounters::load() const {
    RunCounters counters;
    auto read = [](const std::atomic<qint64>& value) {
        return value.load(std::memory_order_relaxed);
    };
    counters.attempts = read(attempts);
    counters.reserved = read(reserved);
    counters.rejectedFull = read(rejectedFull);
    counters.failed = read(failed);
    counters.retries = read(retries);
    counters.deadlocks = read(deadlocks);
    counters.serializationFailures = read(serializationFailures);
    counters.otherErrors = read(otherErrors);
    counters.unknownOutcomes = read(unknownOutcomes);
    return counters;
}

void LiveCounters::reset() {
    for (std::atomic<qint64>* value :
         {&attempts, &reserved, &rejectedFull, &failed, &retries, &deadlocks,
          &serializationFailures, &otherErrors, &unknownOutcomes})
        value->store(0, std::memory_order_relaxed);
}

} // namespace seatsim
