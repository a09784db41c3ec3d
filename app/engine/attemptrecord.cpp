#include "engine/attemptrecord.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

struct OutcomeNames {
    AttemptOutcome outcome;
    const char16_t* id;
    const char* word;
    const char* sentence;
};

constexpr OutcomeNames outcomeNames[] = {
    {AttemptOutcome::Reserved, u"reserved", QT_TRANSLATE_NOOP("AttemptOutcome", "reserved"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "reserved a seat")},
    {AttemptOutcome::Full, u"full", QT_TRANSLATE_NOOP("AttemptOutcome", "full"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "refused: no seat free")},
    {AttemptOutcome::GaveUp, u"gave_up", QT_TRANSLATE_NOOP("AttemptOutcome", "gave up"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "gave up")},
    {AttemptOutcome::Error, u"error", QT_TRANSLATE_NOOP("AttemptOutcome", "error"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "failed")},
    {AttemptOutcome::Unknown, u"unknown", QT_TRANSLATE_NOOP("AttemptOutcome", "unknown (commit)"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "unknown: the connection was lost during COMMIT")},
    {AttemptOutcome::ConnectionLost, u"connection_lost",
     QT_TRANSLATE_NOOP("AttemptOutcome", "connection lost"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "connection lost")},
    {AttemptOutcome::Stopped, u"stopped", QT_TRANSLATE_NOOP("AttemptOutcome", "stopped"),
     QT_TRANSLATE_NOOP("AttemptOutcome", "stopped")},
};

const OutcomeNames* namesOf(AttemptOutcome outcome) {
    for (const OutcomeNames& names : outcomeNames) {
        if (names.outcome == outcome)
            return &names;
    }
    return nullptr;
}

} // namespace

QString toString(AttemptOutcome outcome) {
    const OutcomeNames* names = namesOf(outcome);
    return names ? QString::fromUtf16(names->id) : QString();
}

QString outcomeWord(AttemptOutcome outcome) {
    const OutcomeNames* names = namesOf(outcome);
    return names ? QCoreApplication::translate("AttemptOutcome", names->word) : QString();
}

QString outcomeSentence(AttemptOutcome outcome) {
    const OutcomeNames* names = namesOf(outcome);
    return names ? QCoreApplication::translate("AttemptOutcome", names->sentence) : QString();
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
