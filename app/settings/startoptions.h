#pragma once

#include "engine/scenario.h"
#include "server/connectionsettings.h"
#include "server/embeddedserver.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

class ServerConnection;

// What a start of SeatSim asks for, for the window and --headless alike: the server, the
// schema, the strategies and the load. The command line (cli/commandline.h) fills it.
struct StartOptions {
    std::optional<ConnectionSettings> database; // nullopt: the private server
    QString schema = ConnectionSettings::defaultSchema();
    EmbeddedServer::Options privateServer;           // --server-dir, --deadlock-timeout-ms
    QStringList strategies{QStringLiteral("naive")}; // ids or files, in the order given
    Scenario load; // --threads … --capacity; its strategy stays empty, `strategies` name them
    bool exerciseGiven = false; // --exercise was on the command line (else the window's last)

    // Points `server` at the server the options name: --database, or else the private
    // server with its options; either way in --schema.
    void configure(ServerConnection& server) const;
};

} // namespace seatsim
