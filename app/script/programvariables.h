#pragma once

#include <QLatin1StringView>

// The variables through which the program and a strategy script talk, by name. Every place
// that sets or reads one of them spells it here.
namespace seatsim::var {

// Set by the program before every try.
inline constexpr QLatin1StringView sessions{"sessions"};            // number of sessions
inline constexpr QLatin1StringView thinkMs{"think_ms"};             // the race window, in ms
inline constexpr QLatin1StringView worker{"worker"};                // 1-based
inline constexpr QLatin1StringView capacityTotal{"capacity_total"}; // seats of all sessions

// Set by the script, read back after an attempt.
inline constexpr QLatin1StringView user{"user"};
inline constexpr QLatin1StringView session{"session"};
inline constexpr QLatin1StringView session2{"session2"}; // of a two-session booking
inline constexpr QLatin1StringView seats{"seats"};       // free seats as the script read them
inline constexpr QLatin1StringView seats2{"seats2"};
inline constexpr QLatin1StringView reserved{"reserved"}; // seats booked; 0: none was free

} // namespace seatsim::var
