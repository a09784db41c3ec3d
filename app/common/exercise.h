#pragma once

#include <QList>

#include <array>

// The university exercise SeatSim grew from: its sessions and the load it was tried under.
// The defaults of a Scenario, of the command line and of the window's tables come from here.
namespace seatsim::exercise {

inline constexpr std::array<int, 8> sessionCapacities{4, 4, 5, 5, 4, 10, 5, 3}; // 40 seats
inline constexpr int threads = 5;
inline constexpr int reservationsPerThread = 20;
inline constexpr int thinkMs = 5; // the pause between read and write that opens the race
inline constexpr int users = 100; // the load test's user_id is drawn from 1..users

inline QList<int> capacities() {
    return QList<int>(sessionCapacities.begin(), sessionCapacities.end());
}

} // namespace seatsim::exercise
