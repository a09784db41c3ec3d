#pragma once

#include "settings/startoptions.h"
#include "style/theme.h"

#include <QObject>

class QWidget;

namespace seatsim {

class ServerConnection;

// Which PostgreSQL server the window works on: the private one or the one the command line or
// the connection dialog named, and the question before SeatSim resets tables on a server it did
// not start.
class ServerChoice : public QObject {
    Q_OBJECT
public:
    // `window` is the parent of the dialogs.
    ServerChoice(ServerConnection& server, const StartOptions& commandLine, QWidget* window);

    // Configures the server as chosen and starts (or connects to) it in the background.
    void start();
    // The connection dialog; after OK the chosen server starts. False when cancelled.
    bool chooseAnother(const Theme& theme);
    // Before `action` ("reset the tables") on a server SeatSim did not start, asks whether to go
    // ahead, unless the user said not to ask again for it. Always true for the private server.
    bool confirm(const QString& action);

private:
    ServerConnection& m_server;
    StartOptions m_commandLine;
    QWidget* m_window;
    QString m_confirmedServer;
};

} // namespace seatsim
