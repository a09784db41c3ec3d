#pragma once

#include "server/connectionsettings.h"

namespace seatsim {

// `seatsim --headless --board`: prints the class board of the server, as a table or as one
// JSON object per schema. Returns ExitOk, or ExitCouldNotRun when it cannot connect or read.
int printClassBoard(const ConnectionSettings& settings, bool json);

} // namespace seatsim
