#pragma once

// What step mode shows in words: a worker's state (StepWorkerState::describe(), beside it),
// what a statement returned, and how an attempt ended. Translated in the StepWorkerState
// context.

#include "engine/attemptrecord.h"

#include <QString>

struct pg_result;

namespace seatsim {

// What a statement returned, as psql would summarise it: the values of a row read, the
// command tag of a write, or the server's error. Null: no connection.
QString describeResult(const pg_result* result);

} // namespace seatsim
