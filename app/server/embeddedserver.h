#pragma once

#include "common/error.h"
#include "server/connectionsettings.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>

namespace seatsim {

// The private PostgreSQL server that makes SeatSim work without any set-up: one cluster per
// user, created once in the application data directory, reachable only through a Unix socket
// in a 0700 directory, tuned as a throw-away demo (no fsync, short deadlock_timeout).
//
// Several SeatSim processes may share it: each registers itself while it uses the server,
// and the last one to leave stops it. A server left behind by a killed process is adopted.
// Running as root, initdb and the server run as the `postgres` account through runuser.
//
// All calls block; call them off the GUI thread.
class EmbeddedServer {
    Q_DECLARE_TR_FUNCTIONS(EmbeddedServer)

public:
    struct Options {
        QString baseDir; // empty: defaultBaseDir()
        int deadlockTimeoutMs = 100;
        int tcpPort = 0; // 0: Unix socket only; tests use TCP with password logins
        int startTimeoutSeconds = 30;
    };

    explicit EmbeddedServer(Options options);
    EmbeddedServer(const EmbeddedServer&) = delete;
    EmbeddedServer& operator=(const EmbeddedServer&) = delete;
    ~EmbeddedServer(); // release()

    // Creates the cluster if needed, starts the server or adopts a running one, and
    // registers this process as a user. Called again later, it restarts a server that
    // crashed meanwhile. Returns false with `error` set on failure.
    bool start(Error& error);

    // Unregisters this process; stops the server when no other SeatSim process uses it.
    // Close every connection to the server first.
    void release();

    // Stops the server now, whoever uses it. `immediate` simulates a crash.
    bool stop(bool immediate, Error& error);

    bool isRunning() const;   // the postmaster of our data directory is alive
    bool isReachable() const; // it accepts connections on our socket

    ConnectionSettings connectionSettings() const;
    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const { return m_socketDir; }
    QString logFile() const;
    bool createdCluster() const { return m_createdCluster; }
    bool adoptedRunningServer() const { return m_adopted; }
    QString binDir() const { return m_binDir; }
    int port() const; // of the socket file, and of the TCP listener in TCP mode

    static QString defaultBaseDir();
    // pg_config --bindir, then the newest /usr/lib/postgresql/*/bin, then PATH.
    static QString findBinDir(Error& error);
    static QString serverAccount(); // "postgres" when running as root, else empty
    // The file that registers this object as a client of the server (clients/PID-ID): the
    // last client to release the server stops it.
    QString clientFile() const;

private:
    bool prepareDirectories(Error& error);
    bool initCluster(Error& error);
    bool writeConfig(Error& error);
    bool startServer(Error& error);
    bool ensureDatabase(Error& error);
    int pgCtl(const QStringList& arguments, QString* output = nullptr) const;
    int runTool(const QString& tool, const QStringList& arguments, QString* output) const;
    bool chownToServerAccount(const QString& path, Error& error) const;
    bool registerClient(Error& error);
    int otherLiveClients() const;
    QString lockFile() const;

    Options m_options;
    QString m_baseDir;
    QString m_socketDir;
    QString m_binDir;
    bool m_registered = false;
    bool m_createdCluster = false;
    bool m_adopted = false;
};

} // namespace seatsim
