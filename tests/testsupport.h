#pragma once

#include "connectionsettings.h"
#include "embeddedserver.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
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

// Runs a PostgreSQL program of binDir as the account that runs the server (root: postgres).
int runAsServerAccount(const QString& binDir, const QString& tool, const QStringList& arguments,
                       QString* output = nullptr);

// Runs the seatsim executable and returns its exit code; stdout and stderr are captured.
int runSeatsim(const QStringList& arguments, QByteArray* standardOutput,
               QByteArray* standardError = nullptr, int timeoutMs = 120000);

// Fails the current test on Qt warnings that reveal thread or connection misuse.
void installStrictMessageHandler();

// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeTcpPort();

} // namespace seatsim::test
