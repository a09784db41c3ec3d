#include "attemptrecord.h"

using namespace Qt::StringLiterals;

namespace seatsim {

QString toString(AttemptOutcome outcome) {
    switch (outcome) {
    case AttemptOutcome::Reserved:
        return u"reserved"_s;
    case AttemptOutcome::Full:
        return u"full"_s;
    case AttemptOutcome::GaveUp:
        return u"gave_up"_s;
    case AttemptOutcome::Error:
        return u"error"_s;
    case AttemptOutcome::Unknown:
        return u"unknown"_s;
    case AttemptOutcome::ConnectionLost:
        return u"connection_lost"_s;
    case AttemptOutcome::Stopped:
        return u"stopped"_s;
    }
    return {};
}

AttemptOutcome attemptOutcome(const TryResult& lastTry, int reservedSeats, bool stopRequested) {
    if (lastTry.ok())
        return reservedSeats > 0 ? AttemptOutcome::Reserved : AttemptOutcome::Full;
    if (stopRequested)
        return AttemptOutcome::Stopped;
    switch (lastTry.outcome) {
    case TryOutcome::Stopped:
        return AttemptOutcome::Stopped;
    case TryOutcome::SerializationFailure:
    case TryOutcome::Deadlock:
        return AttemptOutcome::GaveUp;
    case TryOutcome::CommitUnknown:
        return AttemptOutcome::Unknown;
    case TryOutcome::ConnectionLost:
        return AttemptOutcome::ConnectionLost;
    default:
        return AttemptOutcome::Error;
    }
}

} // namespace seatsim
