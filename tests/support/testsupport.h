#pragma once

#include "common/childprocess.h"
#include "common/stoptoken.h"
#include "engine/stepgate.h"
#include "script/scriptrunner.h"
#include "script/strategyscript.h"
#include "server/connectionsettings.h"
#include "server/embeddedserver.h"
#include "server/seatdatabase.h"
#include "verdict/judge.h"

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
// statement, so that a test interleaves statements exactly. Makes one attempt through the
// engine's AttemptLoop: up to maxTries on 40001/40P01, as a load test's worker does.
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

// What the catalogue says of a built-in: the verdict its description promises under the
// exercise's load (and, with its demonstration load, in the window), and a reason it names.
struct Lesson {
    Verdict::Kind kind;
    QString reason; // a reason the verdict names, when not correct
    bool taughtBy(const Verdict& verdict) const {
        return verdict.kind == kind && (reason.isEmpty() || verdict.reasons.contains(reason));
    }
};
Lesson lessonOf(const QString& builtinId);

} // namespace seatsim::test
