#include "server/connectionsettings.h"
#include "server/embeddedserver.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

EmbeddedServer::Options optionsIn(const QTemporaryDir& dir) {
    EmbeddedServer::Options options;
    options.baseDir = test::serverDirIn(dir);
    return options;
}

QVariant queryOne(const EmbeddedServer& server, const QString& sql, Error& error) {
    const QString name = uniqueConnectionName(u"tst"_s);
    QVariant value;
    {
        QSqlDatabase db = server.connectionSettings().open(name, error);
        if (!db.isValid())
            return {};
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
        else
            error.message = query.lastError().text();
    }
    closeConnection(name);
    return value;
}

QVariant queryOne(const EmbeddedServer& server, const QString& sql) {
    Error error; // an invalid value fails the comparison that asked for it
    return queryOne(server, sql, error);
}

qint64 postmasterPid(const EmbeddedServer& server) {
    QFile pidFile(server.dataDir() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

uid_t processUid(qint64 pid) {
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return uid_t(-1);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return uid_t(line.simplified().split(' ').value(1).toUInt());
    }
    return uid_t(-1);
}

} // namespace

class TestEmbeddedServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::installStrictMessageHandler(); }

    void firstStartCreatesClusterThatAcceptsConnections() {
        QTemporaryDir dir;
        EmbeddedServer server(optionsIn(dir));
        Error error;
        QVERIFY2(server.start(error), qPrintable(error.text()));
        QVERIFY(server.createdCluster());
        QVERIFY(!server.adoptedRunningServer());
        QVERIFY(server.isRunning());
        QCOMPARE(queryOne(server, u"SELECT current_database()"_s, error).toString(), u"seatsim"_s);
        QCOMPARE(queryOne(server, u"SHOW fsync"_s).toString(), u"off"_s);
        QCOMPARE(queryOne(server, u"SHOW deadlock_timeout"_s).toString(), u"100ms"_s);
        QCOMPARE(queryOne(server, u"SHOW listen_addresses"_s).toString(), QString());
        QCOMPARE(QFile::permissions(server.socketDir()) &
                     (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther | QFile::ExeGroup),
                 QFile::Permissions());
    }

    void releaseStopsServerAndSecondStartReusesCluster() {
        QTemporaryDir dir;
        Error error;
        {
            EmbeddedServer server(optionsIn(dir));
            QVERIFY2(server.start(error), qPrintable(error.text()));
            queryOne(server, u"CREATE TABLE public.kept AS SELECT 42 AS answer"_s);
            QCOMPARE(queryOne(server, u"SELECT count(*) FROM public.kept"_s).toInt(), 1);
            server.release();
            QVERIFY(!server.isRunning());
        }
        EmbeddedServer again(optionsIn(dir));
        QVERIFY2(again.start(error), qPrintable(error.text()));
        QVERIFY(!again.createdCluster());
        QCOMPARE(queryOne(again, u"SELECT answer FROM public.kept"_s).toInt(), 42);
    }

    void deadlockTimeoutIsConfigurable() {
        QTemporaryDir dir;
        EmbeddedServer::Options options = optionsIn(dir);
        options.deadlockTimeoutMs = 250;
        EmbeddedServer server(options);
        Error error;
        QVERIFY2(server.start(error), qPrintable(error.text()));
        QCOMPARE(queryOne(server, u"SHOW deadlock_timeout"_s).toString(), u"250ms"_s);
    }

    // Unregistered, another SeatSim's release would stop the server under this one: a start
    // that cannot write its client file fails, says which file and what to do, and stops the
    // server it started.
    void aClientFileThatCannotBeWrittenFailsTheStart() {
        QTemporaryDir dir;
        EmbeddedServer server(optionsIn(dir));
        QVERIFY(QDir().mkpath(server.clientFile())); // a directory where the file goes
        Error error;
        QVERIFY(!server.start(error));
        QVERIFY2(error.message.contains(server.clientFile()), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"--server-dir"_s), qPrintable(error.message));
        QVERIFY(!server.isRunning());
    }

    void twoUsersShareOneServerAndTheLastOneStopsIt() {
        QTemporaryDir dir;
        Error error;
        EmbeddedServer first(optionsIn(dir));
        QVERIFY2(first.start(error), qPrintable(error.text()));
        EmbeddedServer second(optionsIn(dir));
        QVERIFY2(second.start(error), qPrintable(error.text()));
        QVERIFY(second.adoptedRunningServer());
        QCOMPARE(postmasterPid(first), postmasterPid(second));

        // A whole second program instance works at the same time.
        QByteArray output;
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--reset"_s, u"--audit"_s, u"--server-dir"_s,
                                   first.baseDir()},
                                  &output),
                 0);
        QVERIFY(output.contains("40"));
        QVERIFY(first.isRunning());

        first.release();
        QVERIFY(second.isRunning());
        QCOMPARE(queryOne(second, u"SELECT 1"_s).toInt(), 1);
        second.release();
        QVERIFY(!second.isRunning());
    }

    void serverLeftRunningByAnotherLaunchIsAdopted() {
        QTemporaryDir dir;
        Error error;
        EmbeddedServer server(optionsIn(dir));
        QVERIFY2(server.start(error), qPrintable(error.text()));
        server.release();
        // As after a launch that was killed: the postmaster runs, nobody is registered.
        QCOMPARE(test::runAsServerAccount(server.binDir(), u"pg_ctl"_s,
                                          {u"start"_s, u"-D"_s, server.dataDir(), u"-l"_s,
                                           server.logFile(), u"-w"_s, u"-s"_s}),
                 0);
        const qint64 leftBehind = postmasterPid(server);
        QVERIFY(leftBehind > 0);

        EmbeddedServer next(optionsIn(dir));
        QVERIFY2(next.start(error), qPrintable(error.text()));
        QVERIFY(next.adoptedRunningServer());
        QCOMPARE(postmasterPid(next), leftBehind);
        next.release();
        QVERIFY(!next.isRunning());
    }

    void crashedServerWithStalePidFileIsRestarted() {
        QTemporaryDir dir;
        Error error;
        EmbeddedServer server(optionsIn(dir));
        QVERIFY2(server.start(error), qPrintable(error.text()));
        QVERIFY(server.stop(true, error)); // as a crash: no shutdown checkpoint
        QVERIFY(!server.isRunning());
        // Leave a postmaster.pid behind that names a process which is not a postmaster.
        QFile pidFile(server.dataDir() + u"/postmaster.pid"_s);
        QVERIFY(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QByteArray::number(QCoreApplication::applicationPid()) + "\n");
        pidFile.close();

        EmbeddedServer next(optionsIn(dir));
        QVERIFY2(next.start(error), qPrintable(error.text()));
        QVERIFY(!next.adoptedRunningServer());
        QCOMPARE(queryOne(next, u"SELECT 1"_s).toInt(), 1);
    }

    void serverRunsAsUnprivilegedAccount() {
        QTemporaryDir dir;
        Error error;
        EmbeddedServer server(optionsIn(dir));
        QVERIFY2(server.start(error), qPrintable(error.text()));
        const uid_t uid = processUid(postmasterPid(server));
        QVERIFY(uid != 0);
        if (::geteuid() == 0) {
            QCOMPARE(EmbeddedServer::serverAccount(), u"postgres"_s);
            QCOMPARE(uid, ::getpwnam("postgres")->pw_uid);
        } else {
            QCOMPARE(uid, ::geteuid());
        }
    }

    void missingServerProgramsGiveClearError() {
        qputenv("SEATSIM_PG_BINDIR", "/nonexistent/bin");
        QTemporaryDir dir;
        EmbeddedServer server(optionsIn(dir));
        Error error;
        QVERIFY(!server.start(error));
        qunsetenv("SEATSIM_PG_BINDIR");
        QVERIFY2(error.text().contains(u"/nonexistent/bin"_s), qPrintable(error.text()));
        QVERIFY2(error.text().contains(u"no PostgreSQL server"_s), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "tst_embeddedserver.moc"
