#pragma once

#include "common/error.h"
#include "server/connectionsettings.h"

#include <QSqlDatabase>

namespace seatsim {

// "15.3" from SHOW server_version, on a short connection of the calling thread; empty with
// `error` set when the server cannot be asked.
QString serverVersion(const ConnectionSettings& settings, Error& error);

// What one run holds open on the server: a connection per worker, the control connection (run
// lock, reset, audit) and the monitor's. A step-mode session holds as many for its workers.
constexpr int connectionsPerRun(int threads) {
    return threads + 2;
}
// max_connections of the server behind `db`; 0 when it cannot be read.
int maxConnections(const QSqlDatabase& db);
// The server refused a connection for lack of slots (SQLSTATE 53300).
bool isOutOfConnectionSlots(const Error& error);
// Why a run of `threads` workers did not run: the server's max_connections (0: not known) is
// reached, how many connections one run needs, and the server's words.
QString outOfConnectionSlotsMessage(int threads, int maxConnections, const Error& refused);

} // namespace seatsim
