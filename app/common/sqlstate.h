#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>

namespace seatsim {

// The SQLSTATEs SeatSim shows by their code (tiles, counts of failed tries).
namespace sqlstate {
inline constexpr QLatin1StringView deadlock("40P01");
inline constexpr QLatin1StringView serializationFailure("40001");
inline constexpr QLatin1StringView tooManyConnections("53300");
} // namespace sqlstate

// What a SQLSTATE means to SeatSim. Every place that acts on the server's code asks
// sqlStateKind() instead of comparing strings.
enum class SqlStateKind {
    None,                  // no SQLSTATE
    SerializationFailure,  // 40001: retried, as SERIALIZABLE is meant to be used
    Deadlock,              // 40P01: a deadlock victim
    ConnectionLost,        // class 08, or the server shutting down (57P01..57P03)
    OutOfConnectionSlots,  // 53300: max_connections reached
    InsufficientPrivilege, // 42501
    MissingObject,         // 42P01 undefined table, 3F000 undefined schema
    Other
};

SqlStateKind sqlStateKind(QAnyStringView state);

} // namespace seatsim
