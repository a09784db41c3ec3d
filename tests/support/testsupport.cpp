#include "support/testsupport.h"

#include "common/threadjoin.h"
#include "engine/attemptloop.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatsim::test {

EmbeddedServer& sharedServer() {
    static std::unique_ptr<EmbeddedServer> server = [] {
        EmbeddedServer::Options options;
        options.baseDir = qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR");
        if (options.baseDir.isEmpty())
            qFatal("SEATSIM_TEST_SERVER_DIR is not set: run the tests through CTest");
        auto started = std::make_unique<EmbeddedServer>(options);
        Error error;
        if (!started->start(error))
            qFatal("The test server did not start: %s", qPrintable(error.text()));
        return started;
    }();
    static const bool releaseAtExit = [] {
        std::atexit([] { server.reset(); });
        return true;
    }();
    Q_UNUSED(releaseAtExit);
    return *server;
}

Lesson lessonOf(const QString& builtinId) {
    if (builtinId == u"naive" || builtinId == u"naive-tx" || builtinId == u"check-then-book" ||
        builtinId == u"count-repeatable-read")
        return {Verdict::Kind::Inconsistent, u"inconsistent"_s};
    if (builtinId == u"for-share" || builtinId == u"multi-unordered")
        return {Verdict::Kind::NotCorrect, u"deadlocks"_s};
    return {Verdict::Kind::Correct, {}};
}

ConnectionSettings sharedSettings(const QString& schema) {
    ConnectionSettings settings = sharedServer().connectionSettings();
    settings.schema = schema;
    return settings;
}

QString serverDirIn(const QTemporaryDir& dir) {
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther);
    return dir.path() + u"/server"_s;
}

std::optional<Audit> audit(const QSqlDatabase& db, const QString& schema) {
    Error error;
    auto result = SeatDatabase(db, schema).audit(error);
    if (!result)
        qWarning("%s", qPrintable(error.text()));
    return result;
}

int runAsServerAccount(const QString& binDir, const QString& tool, const QStringList& arguments,
                       QString* output) {
    ChildProcess::Options options;
    options.workingDirectory = u"/"_s;
    const QString program = binDir + u'/' + tool;
    QByteArray bytes;
    const int code =
        ::geteuid() == 0
            ? runProgram(u"runuser"_s,
                         QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments, &bytes,
                         120000, options)
            : runProgram(program, arguments, &bytes, 120000, options);
    if (output)
        *output = QString::fromLocal8Bit(bytes);
    return code;
}

QString seatsimBinary() {
    return QStringLiteral(SEATSIM_BINARY);
}

int runSeatsim(const QStringList& arguments, QByteArray* standardOutput, QByteArray* standardError,
               int timeoutMs) {
    ChildProcess process;
    ChildProcess::Options options;
    options.mergeErrorIntoOutput = false;
    Error error;
    if (!process.start(seatsimBinary(), arguments, options, error)) {
        qWarning("%s", qPrintable(error.text()));
        return -1;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (standardOutput)
        *standardOutput = process.standardOutput();
    if (standardError)
        *standardError = process.standardError();
    return process.exitCode();
}

namespace {
QtMessageHandler previousHandler = nullptr;

void strictHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    static const char* forbidden[] = {
        "QThread: Destroyed while thread is still running",
        "still in use, all queries will cease to work",
        "does not belong to the calling thread",
        "QSqlDatabasePrivate::removeDatabase",
    };
    for (const char* text : forbidden) {
        if (message.contains(QLatin1StringView(text))) {
            fprintf(stderr, "FORBIDDEN QT WARNING: %s\n", qPrintable(message));
            std::abort();
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void installStrictMessageHandler() {
    previousHandler = qInstallMessageHandler(strictHandler);
}

SteppedRunner::SteppedRunner(StrategyScript script, ConnectionSettings settings, int sessions,
                             int number, int maxTries)
    : m_script(std::move(script))
    , m_settings(std::move(settings))
    , m_sessions(sessions)
    , m_number(number)
    , m_maxTries(maxTries) {
}

void SteppedRunner::run() {
    const QString name = uniqueConnectionName(u"tst-stepped"_s);
    {
        Error error;
        QSqlDatabase db = m_settings.open(name, error);
        if (!db.isValid())
            qFatal("%s", qPrintable(error.text()));
        {
            QSqlQuery query(db);
            if (query.exec(u"SELECT pg_backend_pid()"_s) && query.next())
                backendPid = query.value(0).toInt();
        }
        Scenario scenario;
        scenario.strategy = m_script;
        scenario.capacities = QList<int>(m_sessions, 0); // only their number matters here
        scenario.thinkMs = 0;
        scenario.maxTries = m_maxTries;
        QElapsedTimer clock;
        clock.start();
        ScriptRunner runner(m_script, db, &stop);
        runner.setObserver(&gate);
        AttemptLoop loop(runner, scenario, m_number, clock, &stop);
        const Attempt attempt = loop.attempt();
        result = attempt.lastTry;
        tries = attempt.record.tries;
    }
    closeConnection(name);
    threadFinishing();
}

int freeTcpPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace seatsim::test
