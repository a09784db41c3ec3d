#pragma once

#include "script/strategyscript.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace seatsim {

// What a statement of an attempt does, as the timeline draws it. The first five follow from
// the script's command; the last three from what happened when it ran.
enum class Phase : std::uint8_t {
    Read,       // SELECT
    Think,      // \sleep
    Write,      // UPDATE, INSERT, DELETE (also inside WITH)
    Commit,     // COMMIT or END
    Other,      // BEGIN, SET, ROLLBACK, ...
    LockWait,   // the statement waited for a lock
    RolledBack, // failed with 40P01 or 40001: the try was rolled back (and maybe retried)
    Failed,     // failed with another error
};
inline constexpr int phaseCount = 8;

class ScriptPhases {
    Q_DECLARE_TR_FUNCTIONS(ScriptPhases)

public:
    // "read", "think", ...: readable, translated.
    static QString name(Phase phase);
    static Phase ofCommand(const ScriptCommand& command);
    // One phase per command of the script, indexed like StrategyScript::commands().
    static std::vector<Phase> ofScript(const StrategyScript& script);
};

// How a script's UPDATEs of `seats` use the value it read. A lost update needs a write that is
// computed from a value read earlier (`SET seats = :seats - 1`); `SET seats = seats - 1` is
// computed by the server and loses nothing.
struct SeatWrites {
    bool known = false;          // false for a null script: assume the naive pattern
    bool writesReadValue = true; // some UPDATE sets seats from :seats (or seats2 from :seats2)
    int decrement = 1;           // :seats - decrement

    static SeatWrites of(const StrategyScript& script);
};

} // namespace seatsim
