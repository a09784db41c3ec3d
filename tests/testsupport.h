#pragma once

#include "childprocess.h"
#include "connectionsettings.h"
#include "database.h"
#include "embeddedserver.h"
#include "scriptrunner.h"
#include "stepgate.h"
#include "stoptoken.h"
#include "strategyscript.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>

namespace seatsim::test {

// The private server that the tests of one executable share. It lives in the build tree
// (SEATSIM_TEST_SERVER_DIR), so several test executables reuse one cluster, and is released
// when the test executable ends.
EmbeddedServer& sharedServer();
// Connection settings for the shared server, working in `schema`.
ConnectionSettings sharedSettings(const QString& schema = ConnectionSettings::defaultSchema());

// A directory for a private server inside `dir`, which is opened for the postgres account
// to pass through (QTemporaryDir makes 0700 directories).
QString serverDirIn(const QTemporaryDir& dir);

// The audit of `schema` on `db`; a failure is logged as a warning and gives nothing.
std::optional<Audit> audit(const QSqlDatabase& db, const QString& schema);

// Runs a PostgreSQL program of binDir as the account that runs the server (root: postgres).
int runAsServerAccount(const QString& binDir, const QString& tool, const QStringList& arguments,
                       QString* output = nullptr);

// The seatsim executable of this build.
QString seatsimBinary();

// Runs the seatsim executable and returns its exit code; stdout and stderr are captured.
int runSeatsim(const QStringList& arguments, QByteArray* standardOutput,
               QByteArray* standardError = nullptr, int timeoutMs = 120000);

// Fails the current test on Qt warnings that reveal thread or connection misuse.
void installStrictMessageHandler();

// One worker of a script on its own connection and thread, held by its StepGate before every
// statement, so that a test interleaves statements exactly. Tries up to maxTries on
// 40001/40P01, as the engine does.
class SteppedRunner : public QThread {
public:
    SteppedRunner(StrategyScript script, ConnectionSettings settings, int sessions, int number = 1,
                  int maxTries = 1);
    StepGate gate;
    StopToken stop;
    TryResult result; // of the last try
    int tries = 0;
    std::atomic<int> backendPid{0}; // known before the first statement is held

protected:
    void run() override;

private:
    StrategyScript m_script;
    ConnectionSettings m_settings;
    int m_sessions;
    int m_number;
    int m_maxTries;
};

// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeTcpPort();

} // namespace seatsim::test
