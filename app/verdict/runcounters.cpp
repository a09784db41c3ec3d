#include "verdict/runcounters.h"

using namespace Qt::StringLiterals;

namespace seatsim {

QJsonObject RunCounters::errorsJson() const {
    QJsonObject json;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

void RunCounters::insertInto(QJsonObject& json) const {
    json.insert(u"attempts"_s, attempts);
    json.insert(u"reserved"_s, reserved);
    json.insert(u"rejected_full"_s, rejectedFull);
    json.insert(u"failed"_s, failed);
    json.insert(u"retries"_s, retries);
    json.insert(u"deadlocks"_s, deadlocks);
    json.insert(u"serialization_failures"_s, serializationFailures);
    json.insert(u"unknown_outcomes"_s, unknownOutcomes);
    json.insert(u"cut_off"_s, cutOff);
    json.insert(u"errors"_s, errorsJson());
}

void RunCounters::add(const RunCounters& other) {
    attempts += other.attempts;
    reserved += other.reserved;
    rejectedFull += other.rejectedFull;
    failed += other.failed;
    retries += other.retries;
    deadlocks += other.deadlocks;
    serializationFailures += other.serializationFailures;
    otherErrors += other.otherErrors;
    unknownOutcomes += other.unknownOutcomes;
    cutOff += other.cutOff;
    for (auto it = other.errors.cbegin(); it != other.errors.cend(); ++it)
        errors[it.key()] += it.value();
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
    counters.cutOff = read(cutOff);
    return counters;
}

void LiveCounters::reset() {
    for (std::atomic<qint64>* value :
         {&attempts, &reserved, &rejectedFull, &failed, &retries, &deadlocks,
          &serializationFailures, &otherErrors, &unknownOutcomes, &cutOff})
        value->store(0, std::memory_order_relaxed);
}

} // namespace seatsim
