#pragma once

#include <cstdint>

namespace seatsim {

// splitmix64 (Steele, Lea, Flood 2014): one word of state, good enough statistics for
// picking seats, and neighbouring states give unrelated outputs.
inline constexpr std::uint64_t splitmix64Gamma = 0x9E3779B97F4A7C15ULL;

// The output function: mixes one state word into an unrelated one.
constexpr std::uint64_t splitmix64Mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Advances the state and returns the next number of its stream.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
    state += splitmix64Gamma;
    return splitmix64Mix(state);
}

} // namespace seatsim
