#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The university exercise SeatSim grew from: its sessions and the load it was tried under.
// The defaults of a Scenario, of the command line and of the window's tables come from here.
namespace seatsim::exercise {

inline constexpr std::array<int, 8> sessionCapacities{4, 4, 5, 5, 4, 10, 5, 3}; // 40 seats
inline constexpr int threads = 5;
inline constexpr int reservationsPerThread = 20;
inline constexpr int thinkMs = 5; // the pause between read and write that opens the race
inline constexpr int users = 100; // the load test's user_id is drawn from 1..users
// A run is cut after this long, whatever its answer does: the exercise's load takes about a
// second headless and 6 s in the window, so only a run that hangs comes near it.
inline constexpr int timeLimitMs = 120'000;

inline QList<int> capacities() {
    return QList<int>(sessionCapacities.begin(), sessionCapacities.end());
}

} // namespace seatsim::exercise

namespace seatsim {

// The exercises on the same two tables. Each is data: the load's users, the rule a
// consistent table obeys beside free + occupied = capacity, and its own built-in strategies
// (in sql/strategies/ and, for every other exercise, a folder of its id below it).
enum class Exercise {
    Seats,    // free + occupied = capacity: the lost update and the deadlock
    TwoSeats, // and each student holds at most two seats: the write skew
};

// The load test draws user_id from 1..usersOf(exercise).
inline int usersOf(Exercise exercise) {
    return exercise == Exercise::TwoSeats ? 10 : exercise::users; // ten students collide
}
// Seats one student may hold in all sessions together; 0: no limit.
inline int seatLimitOf(Exercise exercise) {
    return exercise == Exercise::TwoSeats ? 2 : 0;
}
// Tries of one reservation on 40001/40P01 unless the user says otherwise. Counting a student's
// seats reads the registrations that every booking writes, so SERIALIZABLE aborts far more
// bookings than in the seat exercise: at 10 tries 1-2 of 100 gave up in 9 of 10 seeds.
inline int maxTriesOf(Exercise exercise) {
    return exercise == Exercise::TwoSeats ? 100 : 10;
}
inline QString exerciseId(Exercise exercise) {
    return exercise == Exercise::TwoSeats ? QStringLiteral("two-seats") : QStringLiteral("seats");
}
inline std::optional<Exercise> exerciseNamed(const QString& id) {
    for (const Exercise exercise : {Exercise::Seats, Exercise::TwoSeats}) {
        if (id == exerciseId(exercise))
            return exercise;
    }
    return std::nullopt;
}
inline QStringList exerciseIds() {
    return {exerciseId(Exercise::Seats), exerciseId(Exercise::TwoSeats)};
}

} // namespace seatsim
