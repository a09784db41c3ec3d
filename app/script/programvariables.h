#pragma once

#include <QLatin1StringView>

#include <array>

// The variables through which the program and a strategy script talk, by name. Every place
// that sets or reads one of them spells it here. A script is the body of the exercise's
// reserve_seat(conn, user_id, session_id): its arguments are variables of the same names.
namespace seatsim::var {

// Set by the program before every try.
inline constexpr QLatin1StringView sessions{"sessions"};            // number of sessions
inline constexpr QLatin1StringView thinkMs{"think_ms"};             // the race window, in ms
inline constexpr QLatin1StringView worker{"worker"};                // 1-based
inline constexpr QLatin1StringView capacityTotal{"capacity_total"}; // seats of all sessions

// reserve_seat's arguments: drawn by the program before every reservation (a retry keeps
// them) and read back after it, so a script that draws its own is judged by what it drew.
inline constexpr QLatin1StringView userId{"user_id"};
inline constexpr QLatin1StringView sessionId{"session_id"};
inline constexpr QLatin1StringView session2Id{"session2_id"}; // of a two-session booking

// Set by the script, read back after an attempt.
inline constexpr QLatin1StringView seats{"seats"}; // free seats as the script read them
inline constexpr QLatin1StringView seats2{"seats2"};
inline constexpr QLatin1StringView reserved{"reserved"}; // seats booked; unset or 0: False

// Names SeatSim read before it took the exercise's: a script that still uses one is refused
// with the name to use instead, never silently misread.
struct Renamed {
    QLatin1StringView old;
    QLatin1StringView now;
};
inline constexpr std::array<Renamed, 3> renamed{{{QLatin1StringView("user"), userId},
                                                 {QLatin1StringView("session"), sessionId},
                                                 {QLatin1StringView("session2"), session2Id}}};

} // namespace seatsim::var
