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

} // namespace seatsim
