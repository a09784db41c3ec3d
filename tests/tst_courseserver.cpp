#include "analysis/waitgraph.h"
#include "engine/comparison.h"
#include "engine/loadtest.h"
#include "engine/stepsession.h"
#include "results/export.h"
#include "results/runhistory.h"
#include "server/serverconnection.h"
#include "server/serverinfo.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seatsim;

// A course server as a student meets it: a plain login (LOGIN, GRANT CREATE ON DATABASE, no
// superuser) that owns only its schema, on a server with few connection slots. A private
// cluster of its own, so that its max_connections (12, of which 3 are reserved for superusers)
// can be used up without touching the other tests' server.
class TestCourseServer : public QObject {
    Q_OBJECT

    static constexpr int maxConnectionsSetting = 12;
    const QString m_login = u"course_student"_s;
    const QString m_schema = u"course_student"_s;
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    QString m_adminName;
    QSqlDatabase m_admin;  // the superuser's, opened before the slots are used up
    QStringList m_holders; // the student's connections that hold slots

    ConnectionSettings studentSettings() const {
        ConnectionSettings settings = m_server->connectionSettings();
        settings.user = m_login;
        settings.schema = m_schema;
        return settings;
    }

    QString studentConnInfo() const {
        const ConnectionSettings settings = studentSettings();
        return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(settings.host)
            .arg(settings.port)
            .arg(settings.database, settings.user);
    }

    int adminCount(const QString& sql) {
        QSqlQuery query(m_admin);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toInt();
    }

    int studentBackends() {
        return adminCount(
            u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'course_student'"_s);
    }

    int historyRows() { return adminCount(u"SELECT count(*) FROM course_student.run_history"_s); }

    // Opens the student's connections until the server refuses one; returns that refusal.
    Error useUpTheSlots() {
        for (int held = 0; held < 4 * maxConnectionsSetting; ++held) {
            const QString name = uniqueConnectionName(u"tst-courseserver-holder"_s);
            Error error;
            if (!studentSettings().open(name, error).isValid())
                return error;
            m_holders << name;
        }
        return {};
    }

    void freeSlots(int count) {
        for (int i = 0; i < count && !m_holders.isEmpty(); ++i)
            closeConnection(m_holders.takeLast());
    }

    RunResult run(LoadTest& loadTest, const QString& strategy, int threads, int perThread) {
        Scenario scenario;
        scenario.strategy = builtinStrategy(strategy);
        scenario.threads = threads;
        scenario.perThread = perThread;
        scenario.thinkMs = 5;
        loadTest.setConnection(studentSettings());
        loadTest.setRunRecorder(runHistoryRecorder());
        QSignalSpy finished(&loadTest, &LoadTest::finished);
        if (!loadTest.start(scenario) || !finished.wait(120000))
            return {};
        return loadTest.lastResult();
    }

    static void verifyRefusedForLackOfSlots(const RunResult& result, int threads) {
        QVERIFY2(result.error.contains(u"max_connections"_s), qPrintable(result.error));
        QVERIFY2(
            result.error.contains(
                u"One run needs %1 connections (%2 threads + control + monitor)"_s.arg(threads + 2)
                    .arg(threads)),
            qPrintable(result.error));
        QVERIFY(!result.completed());
        QCOMPARE(result.verdict.kindId(), u"unjudged"_s);
        const QJsonObject json = result.toJson();
        QVERIFY(!json.contains(u"verdict"_s));
        QVERIFY(json.value(u"consistent"_s).isNull());
    }

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        QVERIFY(m_dir.isValid());
        EmbeddedServer::Options options;
        options.baseDir = test::serverDirIn(m_dir);
        // Long enough that the monitor's 10 Hz samples see every deadlock's wait.
        options.deadlockTimeoutMs = 1000;
        m_server = std::make_unique<EmbeddedServer>(options);
        Error error;
        QVERIFY2(m_server->start(error), qPrintable(error.text()));
        const QString database = m_server->connectionSettings().database;
        const QString setupName = uniqueConnectionName(u"tst-courseserver-setup"_s);
        {
            QSqlDatabase db = m_server->connectionSettings().open(setupName, error);
            QVERIFY2(db.isValid(), qPrintable(error.text()));
            for (const QString& sql :
                 {u"ALTER SYSTEM SET max_connections = %1"_s.arg(maxConnectionsSetting),
                  u"CREATE ROLE course_student LOGIN"_s,
                  u"GRANT CREATE ON DATABASE %1 TO course_student"_s.arg(database)}) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
            }
        }
        closeConnection(setupName);
        QVERIFY2(m_server->stop(false, error), qPrintable(error.text()));
        QVERIFY2(m_server->start(error), qPrintable(error.text()));

        m_adminName = uniqueConnectionName(u"tst-courseserver-admin"_s);
        m_admin = m_server->connectionSettings().open(m_adminName, error);
        QVERIFY2(m_admin.isValid(), qPrintable(error.text()));
        QCOMPARE(maxConnections(m_admin), maxConnectionsSetting);
        QCOMPARE(adminCount(u"SELECT count(*) FROM pg_roles WHERE rolname = 'course_student' "
                            "AND NOT rolsuper"_s),
                 1);
    }

    void cleanupTestCase() {
        freeSlots(int(m_holders.size()));
        m_admin = QSqlDatabase();
        closeConnection(m_adminName);
        m_server.reset();
    }

    void forShareRunOfAPlainLoginSeesLockWaitsAndNamesTheDeadlockedWorkers() {
        LoadTest loadTest;
        qint64 waitsSeen = 0;
        QStringList monitorErrors;
        connect(&loadTest, &LoadTest::snapshotReady, this, [&](const Snapshot& snapshot) {
            waitsSeen = std::max(waitsSeen, snapshot.monitor.waitsSeen);
            if (!snapshot.monitor.error.isEmpty())
                monitorErrors << snapshot.monitor.error;
        });
        const RunResult result = run(loadTest, u"for-share"_s, 3, 10);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY2(monitorErrors.isEmpty(), qPrintable(monitorErrors.join(u'\n')));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QVERIFY(result.counters.deadlocks > 0);
        QVERIFY(waitsSeen > 0); // pg_stat_activity and pg_blocking_pids for its own backends
        QCOMPARE(result.verdict.kindId(), u"not_correct"_s);
        QVERIFY(result.verdict.reasons.contains(u"deadlocks"_s));

        const WaitCycle cycle = WaitGraph::parseDeadlockDetail(
            result.firstFailure.detail, [&](int pid) { return result.workerOfBackend.value(pid); });
        QVERIFY2(cycle.workers.size() >= 2, qPrintable(result.firstFailure.detail));
        QVERIFY2(!cycle.workers.contains(0), qPrintable(result.firstFailure.detail));
        QCOMPARE(historyRows(), 1);

        // The export files, as File → Export writes them.
        QTemporaryDir exportDir;
        Error error;
        const QString csvPath = exportDir.filePath(u"run.csv"_s);
        const QString jsonPath = exportDir.filePath(u"run.json"_s);
        QVERIFY2(exporting::writeText(
                     csvPath, exporting::runCsv(result, loadTest.records().since(0)), error),
                 qPrintable(error.text()));
        QVERIFY2(
            exporting::writeText(
                jsonPath,
                QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)),
                error),
            qPrintable(error.text()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), result.counters.attempts + 1);
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"verdict"_s).toString(),
                 u"not_correct"_s);
    }

    // A student's answer that writes into another student's schema: the server refuses every
    // statement (the login has no USAGE there), the run is judged with the server's words, and
    // nothing in the other schema changes.
    void answerWritingIntoAnotherStudentsSchemaIsRefusedAndChangesNothing() {
        const QString database = m_server->connectionSettings().database;
        for (const QString& sql :
             {u"CREATE ROLE course_neighbour LOGIN"_s,
              u"GRANT CREATE ON DATABASE %1 TO course_neighbour"_s.arg(database)}) {
            QSqlQuery query(m_admin);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        ConnectionSettings neighbour = m_server->connectionSettings();
        neighbour.user = u"course_neighbour"_s;
        neighbour.schema = u"course_neighbour"_s;
        {
            LoadTest neighbours;
            Scenario scenario;
            scenario.strategy = builtinStrategy(u"atomic"_s);
            scenario.threads = 2;
            scenario.perThread = 10;
            neighbours.setConnection(neighbour);
            neighbours.setRunRecorder(runHistoryRecorder());
            QSignalSpy finished(&neighbours, &LoadTest::finished);
            QVERIFY(neighbours.start(scenario));
            QVERIFY(finished.wait(120000));
            QVERIFY2(neighbours.lastResult().completed(),
                     qPrintable(neighbours.lastResult().error));
        }
        const auto fingerprint = [this] {
            QSqlQuery query(m_admin);
            const QString sql =
                u"SELECT (SELECT md5(string_agg(id || ':' || seats, ',' ORDER BY id)) "
                "FROM course_neighbour.seminar_sessions) || '/' || "
                "(SELECT md5(coalesce(string_agg(user_id || ':' || session_id, ',' "
                "ORDER BY user_id, session_id), '')) FROM course_neighbour.seminar_registrations) "
                "|| '/' || (SELECT count(*) FROM course_neighbour.run_history)"_s;
            return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
        };
        const QString before = fingerprint();
        QVERIFY(!before.isEmpty());

        for (const QString& statement :
             {u"UPDATE course_neighbour.seminar_sessions SET seats = 0;"_s,
              u"TRUNCATE course_neighbour.seminar_registrations;"_s,
              u"DROP TABLE course_neighbour.seminar_registrations;"_s,
              u"DELETE FROM course_neighbour.run_history;"_s}) {
            Error error;
            Scenario scenario;
            scenario.strategy =
                StrategyScript::parse(u"\\set reserved 0\n"_s + statement + u'\n', u"vandal.sql"_s,
                                      standardProvidedVariables(), error);
            QVERIFY2(!scenario.strategy.isNull(), qPrintable(error.text()));
            scenario.threads = 2;
            scenario.perThread = 2;
            LoadTest loadTest;
            loadTest.setConnection(studentSettings());
            loadTest.setRunRecorder(runHistoryRecorder());
            QSignalSpy finished(&loadTest, &LoadTest::finished);
            QVERIFY(loadTest.start(scenario));
            QVERIFY(finished.wait(120000));
            const RunResult result = loadTest.lastResult();
            QVERIFY2(result.completed(), qPrintable(result.error));
            QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
            QVERIFY(result.verdict.reasons.contains(u"failures"_s));
            QCOMPARE(result.verdict.failed, 4);
            QCOMPARE(result.firstFailure.sqlState, u"42501"_s); // insufficient_privilege
            QVERIFY2(result.verdict.headline().contains(
                         u"permission denied for schema course_neighbour"_s),
                     qPrintable(result.verdict.headline()));
            QCOMPARE(fingerprint(), before);
        }
        QCOMPARE(fingerprint(), before);
        QTRY_COMPARE_WITH_TIMEOUT(
            adminCount(
                u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'course_neighbour'"_s),
            0, 30000);
    }

    void stepModeOfAPlainLoginReachesItsVerdict() {
        StepSession session;
        session.setConnection(studentSettings());
        // The lock graph's edges come from the monitor's pg_blocking_pids.
        QList<QPair<int, int>> waits;
        connect(&session, &StepSession::stateChanged, this, [&](int worker) {
            for (int blocker : session.state(worker).blockedBy) {
                if (!waits.contains(QPair(worker, blocker)))
                    waits.append({worker, blocker});
            }
        });
        QSignalSpy finished(&session, &StepSession::finished);
        QVERIFY(session.startPreset(StepSession::Preset::Deadlock));
        QVERIFY(finished.wait(60000));
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QCOMPARE(session.verdict().kindId(), u"not_correct"_s);
        QVERIFY(session.verdict().reasons.contains(u"deadlocks"_s));
        QVERIFY(waits.contains(QPair(1, 2)) || waits.contains(QPair(2, 1)));
    }

    void comparisonOfAPlainLoginJudgesEveryStrategy() {
        Comparison comparison;
        comparison.setConnection(studentSettings());
        Scenario scenario;
        scenario.threads = 2;
        scenario.perThread = 5;
        scenario.thinkMs = 2;
        QSignalSpy finished(&comparison, &Comparison::finished);
        QVERIFY(comparison.start({builtinStrategy(u"naive"_s), builtinStrategy(u"for-update"_s)},
                                 scenario, 1));
        QVERIFY(finished.wait(120000));
        QCOMPARE(comparison.completedRuns(), 2);
        for (const RunResult& result : comparison.results())
            QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(comparison.results().at(1).verdict.kindId(), u"correct"_s);
        const QString csv = exporting::comparisonCsv(comparison.totals());
        QVERIFY2(csv.contains(u"for-update"_s) && csv.contains(u"correct"_s), qPrintable(csv));
    }

    void runRefusedAtItsControlConnectionReportsNoVerdict() {
        const Error refused = useUpTheSlots();
        QVERIFY2(isOutOfConnectionSlots(refused), qPrintable(refused.text()));
        QVERIFY(m_holders.size() < maxConnectionsSetting);
        const int historyBefore = historyRows();
        LoadTest loadTest;
        const RunResult result = run(loadTest, u"for-update"_s, 5, 20);
        verifyRefusedForLackOfSlots(result, 5);
        QCOMPARE(historyRows(), historyBefore); // a run that did not run leaves no row
    }

    void runWhoseWorkersAreRefusedStopsThemAndClosesTheirConnections() {
        freeSlots(3); // the control connection and two workers; three workers are refused
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
        const int historyBefore = historyRows();
        LoadTest loadTest;
        const RunResult result = run(loadTest, u"for-update"_s, 5, 20);
        verifyRefusedForLackOfSlots(result, 5);
        QVERIFY2(result.error.contains(u"max_connections (%1)"_s.arg(maxConnectionsSetting)),
                 qPrintable(result.error));
        QCOMPARE(result.counters.attempts, 0);
        QCOMPARE(historyRows(), historyBefore); // a run that did not run leaves no row
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }

    void windowRunRefusedForLackOfSlotsShowsWhyAndNoVerdict() {
        StartOptions commandLine;
        commandLine.database = studentSettings();
        commandLine.schema = m_schema;
        {
            MainWindow window(commandLine);
            window.setInteractive(false);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE_WITH_TIMEOUT(window.server()->state(), ServerConnection::State::Ready,
                                      60000);
            test::setLoad(window, 5, 20, 5, 0);
            QSignalSpy finished(&window, &MainWindow::runFinished);
            window.findChild<QAction*>(u"startAction"_s)->trigger();
            QVERIFY(finished.wait(60000));
            const RunResult result = finished.first().first().value<RunResult>();
            verifyRefusedForLackOfSlots(result, 5);
            const QLabel* detail = window.findChild<QLabel*>(u"verdictDetail"_s);
            QVERIFY(detail);
            QVERIFY2(detail->text().contains(u"max_connections"_s), qPrintable(detail->text()));
            // The banner has grown to the message's lines before it is photographed.
            QTRY_VERIFY(detail->height() >= detail->heightForWidth(detail->width()));
            test::saveScreenshot(&window, u"courseserver-no-slots"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }

    void headlessRunRefusedForLackOfSlotsExitsOneWithoutVerdict() {
        QByteArray out;
        QByteArray err;
        const int code =
            test::runSeatsim({u"--headless"_s, u"--database"_s, studentConnInfo(), u"--schema"_s,
                              m_schema, u"--strategy"_s, u"for-update"_s, u"--json"_s},
                             &out, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("max_connections"), err.constData());
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // the run, and no summary of runs that did not run
        const QJsonObject run = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY2(run.value(u"error"_s).toString().contains(u"max_connections"_s), out.constData());
        QVERIFY(!run.contains(u"verdict"_s));
        QVERIFY(run.value(u"consistent"_s).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }

    void comparisonEndsAtARunRefusedForLackOfSlots() {
        Comparison comparison;
        comparison.setConnection(studentSettings());
        Scenario scenario;
        scenario.threads = 5;
        scenario.perThread = 5;
        QSignalSpy finished(&comparison, &Comparison::finished);
        QVERIFY(comparison.start({builtinStrategy(u"naive"_s), builtinStrategy(u"for-update"_s)},
                                 scenario, 2));
        QVERIFY(finished.wait(120000));
        QCOMPARE(comparison.results().size(), 1);
        verifyRefusedForLackOfSlots(comparison.results().first(), 5);
        const QList<StrategyTotals> totals = comparison.totals();
        QCOMPARE(totals.first().failedRuns, 1);
        QCOMPARE(totals.first().verdict.kindId(), u"unjudged"_s);
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }

    void stepSessionRefusedForLackOfSlotsEndsWithoutVerdict() {
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
        StepSession session;
        session.setConnection(studentSettings());
        StepSettings settings = StepSession::presetSettings(StepSession::Preset::Deadlock);
        settings.workers = 3; // 5 connections on 3 free slots: two are refused
        QSignalSpy finished(&session, &StepSession::finished);
        QVERIFY(session.start(settings));
        QVERIFY(finished.wait(60000));
        QVERIFY2(session.error().contains(u"max_connections"_s), qPrintable(session.error()));
        QVERIFY2(session.error().contains(u"One run needs 5 connections"_s),
                 qPrintable(session.error()));
        QCOMPARE(session.verdict().kindId(), u"unjudged"_s);
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }

    void runWhoseMonitorIsRefusedEndsAtOnceWithoutVerdict() {
        freeSlots(3); // 6 free: the control connection and five workers; the monitor is refused
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
        const int historyBefore = historyRows();
        LoadTest loadTest;
        const RunResult result = run(loadTest, u"for-update"_s, 5, 1000);
        verifyRefusedForLackOfSlots(result, 5);
        QVERIFY(result.counters.attempts < 5 * 1000);
        QCOMPARE(historyRows(), historyBefore); // a run that did not run leaves no row
        QTRY_COMPARE_WITH_TIMEOUT(studentBackends(), int(m_holders.size()), 60000);
    }
};

QTEST_MAIN(TestCourseServer)
#include "tst_courseserver.moc"
