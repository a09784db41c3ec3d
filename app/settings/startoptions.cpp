#include "settings/startoptions.h"

#include "server/serverconnection.h"

namespace seatsim {

void StartOptions::configure(ServerConnection& server) const {
    server.configure(database, privateServer, schema);
}

} // namespace seatsim
