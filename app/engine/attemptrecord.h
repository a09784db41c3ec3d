#pragma once

#include "script/scriptrunner.h"

#include <QMetaType>
#include <QString>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace seatsim {

// How one reservation attempt (all its tries) ended.
enum class AttemptOutcome : std::uint8_t {
    Reserved, // the script booked (reserved > 0)
    Full,     // the script ran to its end without booking: no seat was free
    GaveUp,   // every try failed with 40001/40P01
    Error,    // another SQL or script error
    Unknown,  // the connection was lost during COMMIT: it may or may not have happened
    ConnectionLost,
    Stopped, // the user stopped the run during the attempt
};

// The one table of an outcome's names (translated in the AttemptOutcome context).
QString toString(AttemptOutcome outcome);        // stable id: "reserved", "full", "gave_up", ...
QString outcomeWord(AttemptOutcome outcome);     // short, for a column: "reserved", "full", ...
QString outcomeSentence(AttemptOutcome outcome); // "reserved a seat", "refused: no seat free"

// How an attempt ended, from its last try, the seats its script reserved and whether the
// user asked to stop.
AttemptOutcome attemptOutcome(const TryResult& lastTry, int reservedSeats, bool stopRequested);

// A statement of one try of an attempt; times in ns since the start of the run.
struct AttemptStatement {
    StatementTrace trace;
    std::uint8_t tryIndex = 0; // 0 for the first try
};

// Everything the program knows about one reservation attempt. A value, cheap to move.
struct AttemptRecord {
    qint64 sequence = 0; // 1, 2, ... in order of completion within the run
    int worker = 0;      // 1-based
    int user = 0;
    int session = 0;
    int session2 = 0;    // the second session of a two-session booking, else 0
    int seatsRead = -1;  // `seats` as the script read it, -1 when it read none
    int seatsRead2 = -1; // `seats2`
    int reservedSeats = 0;
    int tries = 0;
    AttemptOutcome outcome = AttemptOutcome::Full;
    std::array<char, 6> sqlState{}; // of the last try when it failed, NUL-terminated
    // Every failed try's SQLSTATE in order, also those of an attempt that booked after a retry.
    std::vector<std::array<char, 6>> failedTries;
    qint64 startNs = 0;
    qint64 endNs = 0;
    std::vector<AttemptStatement> statements;
    QString errorDetail;  // the DETAIL of the last 40P01: the deadlock's cycle, by backend pid
    QString errorMessage; // the server's (or the script's) words for the last failed try

    QString sqlStateText() const { return QString::fromLatin1(sqlState.data()); }
    void addFailedTry(const QString& state);
    int failedTriesWith(QLatin1StringView state) const;
    // The failed tries' SQLSTATEs with how often each came, e.g. "40P01", "40001 ×2, 40P01".
    QString failedTriesText() const;
    void setSqlState(const QString& state) {
        sqlState.fill(0);
        const QByteArray latin = state.toLatin1().left(5);
        std::copy(latin.begin(), latin.end(), sqlState.begin());
    }
};

} // namespace seatsim

Q_DECLARE_METATYPE(seatsim::AttemptRecord)
