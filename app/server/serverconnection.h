#pragma once

#include "common/error.h"
#include "server/connectionsettings.h"
#include "server/embeddedserver.h"

#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

namespace seatsim {

// The server the program works on: the private one it starts itself, or one the user named.
// start() blocks; startInBackground() does the same off the GUI thread and reports through
// stateChanged(), so the window can show "starting…" and stay responsive.
class ServerConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Ready, Failed };
    Q_ENUM(State)

    explicit ServerConnection(QObject* parent = nullptr);
    ~ServerConnection() override; // shutdown()

    // nullopt: the private server with these options; otherwise the named server.
    void configure(std::optional<ConnectionSettings> external,
                   EmbeddedServer::Options embeddedOptions = {}, QString schema = {});

    bool start(Error& error);
    void startInBackground();
    // After a run lost its connection: restarts the private server if it is gone. A server
    // the user named is left alone; the next run simply tries again.
    void recoverInBackground();
    // Releases the private server (stopping it if no other SeatSim uses it). Blocks.
    void shutdown();

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    bool isEmbedded() const { return !m_external.has_value(); }
    EmbeddedServer* embeddedServer() const { return m_embedded.get(); }
    // Valid once Ready: where to connect, with the schema set.
    ConnectionSettings settings() const { return m_settings; }
    // "private server (/path/socket)" or "user@host:5432/db", and the schema.
    QString describe() const;

Q_SIGNALS:
    void stateChanged(seatsim::ServerConnection::State state);

private:
    void setState(State state, const QString& error = {});
    void starterFinished();

    std::optional<ConnectionSettings> m_external;
    EmbeddedServer::Options m_embeddedOptions;
    QString m_schema = ConnectionSettings::defaultSchema();
    std::unique_ptr<EmbeddedServer> m_embedded;
    ConnectionSettings m_settings;
    State m_state = State::Idle;
    QString m_error;
    std::unique_ptr<QThread> m_starter;
    // Written by the starter thread, read after joining it.
    bool m_startOk = false;
    Error m_startError;
};

} // namespace seatsim
