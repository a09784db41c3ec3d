#include "engine/attemptrecord.h"

#include <QMap>

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

void AttemptRecord::addFailedTry(const QString& state) {
    std::array<char, 6> code{};
    const QByteArray latin = (state.isEmpty() ? u"?"_s : state).toLatin1().left(5);
    std::copy(latin.begin(), latin.end(), code.begin());
    failedTries.push_back(code);
}

int AttemptRecord::failedTriesWith(QLatin1StringView state) const {
    return int(std::count_if(failedTries.begin(), failedTries.end(), [&](const auto& code) {
        return QLatin1StringView(code.data()) == state;
    }));
}

QString AttemptRecord::failedTriesText() const {
    QMap<QString, int> counts;
    for (const auto& code : failedTries)
        ++counts[QString::fromLatin1(code.data())];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << (it.value() > 1 ? u"%1 ×%2"_s.arg(it.key()).arg(it.value()) : it.key());
    return parts.join(u", "_s);
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
