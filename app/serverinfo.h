#pragma once

#include "connectionsettings.h"

namespace seatsim {

// "15.3" from SHOW server_version, on a short connection of the calling thread; empty with
// *error when the server cannot be asked.
QString serverVersion(const ConnectionSettings& settings, QString* error = nullptr);

} // namespace seatsim
