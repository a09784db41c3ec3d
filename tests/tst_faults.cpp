#include "server/seatdatabase.h"
#include "server/embeddedserver.h"
#include "engine/loadtest.h"
#include "server/serverconnection.h"
#include "script/strategyscript.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

StrategyScript inlineScript(const QString& text) {
    Error error;
    StrategyScript script =
        StrategyScript::parse(text, u"inline.sql"_s, standardProvidedVariables(), error);
    if (script.isNull())
        qFatal("%s", qPrintable(error.text()));
    return script;
}

bool execAll(const ConnectionSettings& settings, const QStringList& statements) {
    const QString name = uniqueConnectionName(u"tst-faults"_s);
    bool ok = true;
    {
        Error error;
        QSqlDatabase db = settings.open(name, error);
        QSqlQuery query(db);
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
                break;
            }
        }
    }
    closeConnection(name);
    return ok;
}

// The connections that program `pid` holds on the server, -1 when it cannot be asked yet.
int connectionsOf(const EmbeddedServer& server, qint64 pid) {
    const QString name = uniqueConnectionName(u"tst-faults-observer"_s);
    int count = -1;
    {
        Error error;
        QSqlDatabase db = server.connectionSettings().open(name, error);
        QSqlQuery query(db);
        if (db.isOpen() &&
            query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                       "'seatsim-%1'"_s.arg(pid)) &&
            query.next())
            count = query.value(0).toInt();
    }
    closeConnection(name);
    return count;
}

// A long run: 5 workers that would go on for minutes.
Scenario longRun(const QString& id) {
    Scenario scenario;
    scenario.strategy = builtinStrategy(id);
    scenario.perThread = 1'000'000;
    scenario.thinkMs = 2;
    return scenario;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;

    EmbeddedServer::Options options() {
        EmbeddedServer::Options options;
        options.baseDir = test::serverDirIn(m_dir);
        return options;
    }

    ConnectionSettings settings() {
        ConnectionSettings settings = m_server->connectionSettings();
        settings.schema = u"tst_faults"_s;
        return settings;
    }

    RunResult runUntilServerGoes(bool crash) {
        LoadTest loadTest;
        loadTest.setConnection(settings());
        QSignalSpy finished(&loadTest, &LoadTest::finished);
        if (!loadTest.start(longRun(u"for-update"_s)))
            qFatal("the run did not start");
        if (!QTest::qWaitFor([&] { return loadTest.records().size() >= 20; }, 30000))
            qFatal("the run made no progress");
        Error error;
        if (!m_server->stop(crash, error))
            qWarning("%s", qPrintable(error.text()));
        if (!finished.wait(30000))
            qFatal("the run did not end after the server went away");
        return loadTest.lastResult();
    }

    void runOnceConsistently() {
        LoadTest loadTest;
        loadTest.setConnection(settings());
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"atomic"_s);
        QSignalSpy finished(&loadTest, &LoadTest::finished);
        QVERIFY(loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        QVERIFY2(loadTest.lastResult().completed(), qPrintable(loadTest.lastResult().error));
        QVERIFY(loadTest.lastResult().consistent());
    }

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        m_server = std::make_unique<EmbeddedServer>(options());
        Error error;
        QVERIFY2(m_server->start(error), qPrintable(error.text()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void serverCrashEndsTheRunWithConnectionLostAndTheNextRunWorks() {
        const RunResult result = runUntilServerGoes(true);
        QVERIFY(!result.completed());
        QVERIFY2(result.error.contains(u"connection to the server was lost"_s, Qt::CaseInsensitive),
                 qPrintable(result.error));
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(!result.stoppedByUser);
        // Nothing whose COMMIT went unanswered is counted as a reservation.
        QVERIFY(result.counters.reserved <= 40);

        Error error;
        QVERIFY2(m_server->start(error) || m_server->isReachable(), qPrintable(error.text()));
        runOnceConsistently();
    }

    void serverRestartEndsWorkersCleanlyAndSaysSo() {
        const RunResult result = runUntilServerGoes(false);
        QVERIFY(!result.completed());
        QVERIFY2(result.problems.join(u'\n').contains(u"Connection lost"_s),
                 qPrintable(result.problems.join(u'\n')));
        Error error;
        m_server.reset();
        m_server = std::make_unique<EmbeddedServer>(options());
        QVERIFY2(m_server->start(error), qPrintable(error.text()));
        runOnceConsistently();
    }

    void connectionLostDuringCommitIsAnUnknownOutcomeNeverASuccess() {
        {
            const QString name = uniqueConnectionName(u"tst-faults"_s);
            {
                Error error;
                QSqlDatabase db = settings().open(name, error);
                SeatDatabase database(db, settings().schema);
                QVERIFY2(database.reset({4}, error), qPrintable(error.text()));
            }
            closeConnection(name);
        }
        // A deferred trigger ends the backend inside COMMIT, after the client sent it.
        QVERIFY(execAll(
            settings(),
            {u"DROP TABLE IF EXISTS doom"_s, u"CREATE TABLE doom (x int)"_s,
             u"CREATE OR REPLACE FUNCTION tst_faults.end_backend() RETURNS trigger "
             "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); "
             "RETURN NULL; END $$"_s,
             u"CREATE CONSTRAINT TRIGGER doom_at_commit AFTER INSERT ON doom DEFERRABLE "
             "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tst_faults.end_backend()"_s}));
        Scenario scenario;
        scenario.strategy = inlineScript(
            u"\\set reserved 0\nBEGIN;\nINSERT INTO doom VALUES (1);\n\\set reserved 1\n"
            "COMMIT;\n"_s);
        scenario.threads = 1;
        scenario.perThread = 1;
        LoadTest loadTest;
        loadTest.setConnection(settings());
        QSignalSpy finished(&loadTest, &LoadTest::finished);
        QVERIFY(loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        const RunResult result = loadTest.lastResult();
        QCOMPARE(result.counters.unknownOutcomes, 1);
        QCOMPARE(result.counters.reserved, 0);
        const QList<AttemptRecord> records = loadTest.records().since(0);
        QCOMPARE(records.size(), 1);
        QCOMPARE(toString(records.first().outcome), toString(AttemptOutcome::Unknown));
        QVERIFY(execAll(settings(), {u"DROP TABLE doom"_s}));
    }

    void crashedPrivateServerIsBroughtBackByTheProgram() {
        QTemporaryDir dir;
        EmbeddedServer::Options embedded;
        embedded.baseDir = test::serverDirIn(dir);
        ServerConnection server;
        server.configure(std::nullopt, embedded, u"tst_faults"_s);
        QSignalSpy states(&server, &ServerConnection::stateChanged);
        server.startInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), ServerConnection::State::Ready, 60000);
        Error error;
        QVERIFY2(server.embeddedServer()->stop(true, error), qPrintable(error.text()));
        QVERIFY(!server.embeddedServer()->isReachable());
        server.recoverInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), ServerConnection::State::Ready, 60000);
        QVERIFY(server.embeddedServer()->isReachable());
        QVERIFY(states.count() >= 4); // starting, ready, starting, ready
        server.shutdown();
    }

    void terminatedProgramStopsItsRunAndItsServer() {
        QTemporaryDir dir;
        EmbeddedServer::Options options;
        options.baseDir = test::serverDirIn(dir);
        ChildProcess program;
        ChildProcess::Options separate;
        separate.mergeErrorIntoOutput = false;
        Error error;
        QVERIFY2(program.start(test::seatsimBinary(),
                               {u"--headless"_s, u"--server-dir"_s, options.baseDir,
                                u"--think-ms"_s, u"60000"_s, u"--runs"_s, u"3"_s},
                               separate, error),
                 qPrintable(error.text()));
        EmbeddedServer observer(options);
        // The run has begun: its five workers are connected and sit in their think time.
        QTRY_VERIFY_WITH_TIMEOUT(observer.isRunning() &&
                                     connectionsOf(observer, program.processId()) >= 5,
                                 60000);
        ::kill(pid_t(program.processId()), SIGTERM);
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 1);
        QVERIFY2(program.standardError().contains("Interrupted (signal 15)"),
                 program.standardError().constData());
        QVERIFY2(program.standardOutput().contains("Run 1"), program.standardOutput().constData());
        QVERIFY(!program.standardOutput().contains("Run 2"));
        QVERIFY(!observer.isRunning()); // the program stopped the server it started
        QVERIFY(QDir(options.baseDir + u"/clients"_s).entryList(QDir::Files).isEmpty());
    }

    void programKilledMidRunLeavesNoOrphanAndNoStaleLock() {
        QTemporaryDir dir;
        EmbeddedServer::Options killedOptions;
        killedOptions.baseDir = test::serverDirIn(dir);
        ChildProcess program;
        Error error;
        QVERIFY2(program.start(test::seatsimBinary(),
                               {u"--headless"_s, u"--server-dir"_s, killedOptions.baseDir,
                                u"--think-ms"_s, u"60000"_s},
                               error),
                 qPrintable(error.text()));
        EmbeddedServer observer(killedOptions);
        // The program has started the server and its workers sit in their think time.
        QTRY_VERIFY_WITH_TIMEOUT(
            observer.isRunning() &&
                !QDir(killedOptions.baseDir + u"/clients"_s).entryList(QDir::Files).isEmpty(),
            60000);
        QVERIFY(program.isRunning());
        ::kill(pid_t(program.processId()), SIGKILL);
        QVERIFY(program.waitForFinished());
        QCOMPARE(program.exitCode(), -1); // killed

        EmbeddedServer next(killedOptions);
        QVERIFY2(next.start(error), qPrintable(error.text()));
        QVERIFY(next.adoptedRunningServer());
        QByteArray output;
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--server-dir"_s, killedOptions.baseDir,
                                   u"--strategy"_s, u"atomic"_s},
                                  &output),
                 0);
        next.release();
        QVERIFY(!next.isRunning()); // no orphaned postmaster
        QLockFile lock(next.baseDir() + u"/lock"_s);
        QVERIFY(lock.tryLock(0)); // no stale lock
        QVERIFY(QDir(killedOptions.baseDir + u"/clients"_s).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
