#include "analysis/waitgraph.h"
#include "common/threadjoin.h"
#include "engine/comparison.h"
#include "engine/loadtest.h"
#include "engine/stepgate.h"
#include "script/scriptrunner.h"
#include "script/strategyscript.h"
#include "server/seatdatabase.h"
#include "support/loadtestfixture.h"
#include "support/seedruns.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_loadtest"_s;

} // namespace

class TestLoadTest : public test::LoadTestFixture {
    Q_OBJECT
public:
    TestLoadTest()
        : LoadTestFixture(kSchema, u"tst-loadtest"_s) {}

private:
    std::optional<Audit> audit() { return test::audit(m_db, kSchema); }

    // The test's connection takes the schema's run lock as another SeatSim's run would (or
    // gives it back); a run started meanwhile waits for it without an attempt.
    bool schemaLock(bool take) {
        const QString key = u"%1, hashtext('%2')"_s.arg(LoadTest::runLockClass).arg(kSchema);
        return QSqlQuery(m_db).exec(u"SELECT pg_advisory_"_s + (take ? u"lock("_s : u"unlock("_s) +
                                    key + u')');
    }
    void startAtomicRunBehindTheSchemaLock() {
        QVERIFY(schemaLock(true));
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"atomic"_s);
        QVERIFY(m_loadTest.start(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(m_loadTest.snapshot().waitingForOtherRun, 30000);
        QCOMPARE(m_loadTest.snapshot().counters.attempts, 0);
    }

private Q_SLOTS:
    void runWaitsWhileAnotherHoldsTheSchema() {
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        startAtomicRunBehindTheSchemaLock();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(schemaLock(false));
        QVERIFY(finished.wait(120000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.consistent());
        QCOMPARE(result.counters.attempts, result.scenario.plannedAttempts());
        QVERIFY(!result.problems.filter(u"waited for it to finish"_s).isEmpty());
    }

    void stopWhileWaitingForTheSchemaEndsTheRun() {
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        startAtomicRunBehindTheSchemaLock();
        if (QTest::currentTestFailed())
            return;
        m_loadTest.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY(schemaLock(false));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY(result.stoppedByUser);
        QVERIFY(!result.audit);
        QCOMPARE(result.counters.attempts, 0);
    }

    // What must hold in every run, so on no seed may it fail: the lessons that show only
    // almost always are tst_catalogue's.
    void transactionalStrategiesStayConsistentWithoutDeadlocks() {
        for (const QString& id : {u"for-update"_s, u"atomic"_s, u"serializable"_s,
                                  u"repeatable-read"_s, u"multi-ordered"_s, u"lock-table"_s}) {
            const test::SeedRuns tally = test::runOnSeeds(m_loadTest, id, 10, 10);
            QVERIFY2(tally.inconsistent == 0, qPrintable(id));
            QVERIFY2(tally.deadlocks == 0, qPrintable(id));
            QVERIFY2(tally.reservedMatchesRows, qPrintable(id));
            if (id == u"serializable")
                QVERIFY2(tally.retries > 0, "serializable retries its serialization failures");
        }
    }

    void carelessLockingStaysConsistent() {
        for (const QString& id : {u"for-share"_s, u"multi-unordered"_s}) {
            // A retry repeats the same choices and would mostly deadlock again: one try each.
            const test::SeedRuns tally = test::runOnSeeds(m_loadTest, id, 10, 1);
            QVERIFY2(tally.inconsistent == 0, qPrintable(id));
        }
    }

    void deadlockVictimsRecordTheCycleOfWorkers() {
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"for-share"_s);
        scenario.maxTries = 1;
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(120000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY(result.counters.deadlocks > 0);
        int victims = 0;
        for (const AttemptRecord& record : m_loadTest.records().since(0)) {
            if (record.sqlStateText() != u"40P01")
                continue;
            ++victims;
            const WaitCycle cycle = WaitGraph::parseDeadlockDetail(
                record.errorDetail, [&](int pid) { return result.workerOfBackend.value(pid); });
            QVERIFY2(cycle.workers.contains(record.worker), qPrintable(record.errorDetail));
            QVERIFY2(cycle.workers.size() >= 2, qPrintable(record.errorDetail));
            QVERIFY(!cycle.workers.contains(0));
        }
        QCOMPARE(victims, int(result.counters.deadlocks));
    }

    void everyBuiltinRunsUnchangedUnderPgbench() {
        const EmbeddedServer& server = test::sharedServer();
        const QString pgbench = server.binDir() + u"/pgbench"_s;
        QVERIFY2(QFileInfo(pgbench).isExecutable(), qPrintable(pgbench));
        const ConnectionSettings settings = test::sharedSettings(kSchema);
        for (const StrategyScript& script : builtinStrategies()) {
            SeatDatabase database(m_db, kSchema);
            Error error;
            QVERIFY2(database.reset(SeatDatabase::exerciseCapacities(), error),
                     qPrintable(error.text()));
            // The file as it is installed, run by pgbench itself on the same server.
            const QString file = QStringLiteral(SEATSIM_SOURCE_DIR) + u"/sql/strategies/"_s +
                                 script.id() + u".sql"_s;
            ChildProcess::Options options;
            options.environment = {u"PGOPTIONS=-c search_path="_s + kSchema};
            QByteArray output;
            const int code = runProgram(
                pgbench,
                {u"-n"_s, u"-f"_s, file, u"-D"_s, u"sessions=8"_s, u"-D"_s, u"think_ms=5"_s,
                 u"-c"_s, u"1"_s, u"-t"_s, u"20"_s, u"-h"_s, settings.host, u"-p"_s,
                 QString::number(settings.port), u"-U"_s, settings.user, settings.database},
                &output, 120000, options);
            QVERIFY2(code == 0, qPrintable(script.id() + u": "_s + QString::fromLocal8Bit(output)));
            QVERIFY2(output.contains("number of transactions actually processed: 20/20"),
                     output.constData());
            const auto after = audit();
            QVERIFY(after);
            QVERIFY2(after->consistent(), qPrintable(script.id()));
            QVERIFY2(after->occupied() > 0, qPrintable(script.id()));
        }
    }

    void theFirstAuditOfARunIsTheTableAfterItsReset() {
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"atomic"_s);
        QSignalSpy snapshots(&m_loadTest, &LoadTest::snapshotReady);
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        std::optional<Audit> first;
        for (const QList<QVariant>& arguments : snapshots) {
            const auto snapshot = arguments.at(0).value<Snapshot>();
            if (snapshot.monitor.audit) {
                first = snapshot.monitor.audit;
                break;
            }
        }
        QVERIFY(first);
        QCOMPARE(first->free(), scenario.capacity());
        QCOMPARE(first->occupied(), 0);
    }

    // The student's SKIP LOCKED fix answers False while another worker holds the row, though
    // seats are free. One session of 3 seats sells out, so the table at the end cannot tell
    // those refusals from right ones: the workers' look right after each refusal does.
    void aSkipLockedRefusalIsWrongEvenWhenTheSessionSellsOut() {
        Error error;
        Scenario scenario;
        scenario.strategy = StrategyScript::load(QStringLiteral(SEATSIM_SOURCE_DIR) +
                                                     u"/tests/students/skip-locked.sql"_s,
                                                 standardProvidedVariables(), error);
        QVERIFY2(!scenario.strategy.isNull(), qPrintable(error.text()));
        scenario.capacities = {3};
        scenario.threads = 6;
        scenario.perThread = 10;
        scenario.thinkMs = 100; // the row stays locked while the others ask
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(120000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY(result.audit);
        QCOMPARE(result.audit->free(), 0); // sold out: no free seat left to point at
        QVERIFY(result.audit->consistent());
        QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
        QVERIFY2(result.verdict.reasons.contains(u"wrong_refusals"_s),
                 qPrintable(result.verdict.headline()));
        QVERIFY(result.verdict.wrongRefusals > 0);
        QVERIFY2(result.verdict.headline().contains(u"refusals while seats were free"_s) ||
                     result.verdict.headline().contains(u"1 refusal while seats were free"_s),
                 qPrintable(result.verdict.headline()));
    }

    // A correct fix that refuses only a full session is not blamed by that look.
    void forUpdateRefusalsOfASoldOutSessionAreRight() {
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"for-update"_s);
        scenario.capacities = {3};
        scenario.threads = 6;
        scenario.perThread = 10;
        scenario.thinkMs = 20;
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(120000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY(result.audit);
        QCOMPARE(result.audit->free(), 0);
        QCOMPARE(result.counters.rejectedFull, 57);
        QCOMPARE(result.verdict.kind, Verdict::Kind::Correct);
        QCOMPARE(result.verdict.wrongRefusals, 0);
    }

    // The comparison's fast pace breaks deadlocks sooner: every worker's session runs with
    // the scenario's deadlock_timeout (the script reports 1 only when it sees 20ms).
    void workersRunWithTheScenariosDeadlockTimeout() {
        Error error;
        Scenario scenario;
        scenario.strategy = StrategyScript::parse(
            u"SELECT (current_setting('deadlock_timeout') = '20ms')::int AS seen \\gset\n"
            "\\set reserved :seen\n"_s,
            u"deadlock-timeout.sql"_s, standardProvidedVariables(), error);
        QVERIFY2(!scenario.strategy.isNull(), qPrintable(error.text()));
        scenario.threads = 3;
        scenario.perThread = 2;
        scenario.deadlockTimeoutMs = Comparison::fastLoad(scenario).deadlockTimeoutMs;
        QCOMPARE(scenario.deadlockTimeoutMs, 20);
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_loadTest.lastResult().counters.reserved, 6);

        scenario.deadlockTimeoutMs = 0; // the server's own (100 ms on the test server)
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_loadTest.lastResult().counters.reserved, 0);
    }

    void sameSeedMakesSameChoices() {
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"atomic"_s);
        scenario.threads = 1;
        scenario.seed = 42;
        QList<int> sessions[2];
        for (QList<int>& chosen : sessions) {
            QSignalSpy finished(&m_loadTest, &LoadTest::finished);
            QVERIFY(m_loadTest.start(scenario));
            QVERIFY(finished.wait(60000));
            for (const AttemptRecord& record : m_loadTest.records().since(0))
                chosen << record.session;
        }
        QCOMPARE(sessions[0].size(), 20);
        QCOMPARE(sessions[0], sessions[1]);
    }

    // A student's answer is reserve_seat's body: it never draws its arguments, the load test
    // passes them. The same seed passes the same users and sessions to every answer, and the
    // judge counts the bookings by what was passed.
    void theLoadTestPassesTheSameArgumentsToEveryAnswer() {
        QList<QPair<int, int>> passed[2];
        const QStringList answers{u"for-update.sql"_s, u"atomic-update.sql"_s};
        for (int i = 0; i < 2; ++i) {
            Error error;
            Scenario scenario;
            scenario.strategy = StrategyScript::load(QStringLiteral(SEATSIM_SOURCE_DIR) +
                                                         u"/tests/students/"_s + answers[i],
                                                     standardProvidedVariables(), error);
            QVERIFY2(!scenario.strategy.isNull(), qPrintable(error.text()));
            scenario.threads = 1;
            scenario.seed = 7;
            QSignalSpy finished(&m_loadTest, &LoadTest::finished);
            QVERIFY(m_loadTest.start(scenario));
            QVERIFY(finished.wait(60000));
            const RunResult result = m_loadTest.lastResult();
            QCOMPARE(result.verdict.kind, Verdict::Kind::Correct);
            QCOMPARE(result.counters.reserved, result.audit->occupied());
            for (const AttemptRecord& record : m_loadTest.records().since(0)) {
                QVERIFY(record.user >= 1 && record.user <= exercise::users);
                QVERIFY(record.session >= 1 && record.session <= 8);
                QCOMPARE(record.session2, 0); // neither answer books a second session
                passed[i] << qMakePair(record.user, record.session);
            }
        }
        QCOMPARE(passed[0].size(), 20);
        QCOMPARE(passed[0], passed[1]);
        QVERIFY(std::any_of(passed[0].cbegin(), passed[0].cend(),
                            [&](const QPair<int, int>& p) { return p != passed[0].first(); }));
    }

    void interleavedNaiveWorkersLoseExactlyOneUpdate() {
        SeatDatabase database(m_db, kSchema);
        Error error;
        QVERIFY2(database.reset({5}, error), qPrintable(error.text()));
        test::SteppedRunner first(builtinStrategy(u"naive"_s), test::sharedSettings(kSchema), 1, 1);
        test::SteppedRunner second(builtinStrategy(u"naive"_s), test::sharedSettings(kSchema), 1,
                                   2);
        first.start();
        second.start();
        // Both read 5 free seats ...
        QVERIFY(first.gate.waitForArrival(1, 10000));
        first.gate.step();
        QVERIFY(second.gate.waitForArrival(1, 10000));
        second.gate.step();
        QVERIFY(first.gate.waitForArrival(2, 10000));
        QVERIFY(second.gate.waitForArrival(2, 10000));
        // ... then both write 4 and register.
        first.gate.release();
        QVERIFY(joinThread(&first, QDeadlineTimer(10000)));
        second.gate.release();
        QVERIFY(joinThread(&second, QDeadlineTimer(10000)));
        QVERIFY(first.result.ok());
        QVERIFY(second.result.ok());

        const auto after = audit();
        QVERIFY(after);
        QCOMPARE(after->free(), 4);
        QCOMPARE(after->occupied(), 2);
        QCOMPARE(after->drift(), 1); // exactly one lost update
    }

    void interleavedForShareWorkersDeadlock() {
        SeatDatabase database(m_db, kSchema);
        Error error;
        QVERIFY2(database.reset({5}, error), qPrintable(error.text()));
        test::SteppedRunner first(builtinStrategy(u"for-share"_s), test::sharedSettings(kSchema), 1,
                                  1);
        test::SteppedRunner second(builtinStrategy(u"for-share"_s), test::sharedSettings(kSchema),
                                   1, 2);
        first.start();
        second.start();
        // BEGIN and SELECT ... FOR SHARE in both: each holds a share lock on session 1.
        for (test::SteppedRunner* worker : {&first, &second}) {
            QVERIFY(worker->gate.waitForArrival(1, 10000));
            worker->gate.step(2);
            QVERIFY(worker->gate.waitForArrival(3, 10000));
            QVERIFY(worker->gate.heldSql().startsWith(u"UPDATE"_s));
        }
        // Each now wants the other's row lock for its UPDATE.
        first.gate.release();
        second.gate.release();
        QVERIFY(joinThread(&first, QDeadlineTimer(30000)));
        QVERIFY(joinThread(&second, QDeadlineTimer(30000)));
        const int deadlocks = (first.result.outcome == TryOutcome::Deadlock ? 1 : 0) +
                              (second.result.outcome == TryOutcome::Deadlock ? 1 : 0);
        QCOMPARE(deadlocks, 1);
        QVERIFY(first.result.ok() || second.result.ok());
        const TryResult& victim = first.result.ok() ? second.result : first.result;
        QCOMPARE(victim.sqlState, u"40P01"_s);
        const auto after = audit();
        QVERIFY(after);
        QVERIFY(after->consistent());
        QCOMPARE(after->occupied(), 1);
    }

    void stopInterruptsLongThinkTimesAndClosesConnections() {
        Scenario scenario;
        scenario.strategy = builtinStrategy(u"naive"_s);
        scenario.thinkMs = 600'000; // a run that would take ten minutes
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        // Wait until every worker sits in its think time.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_loadTest.records().size() == 0 && backendsOfThisProgram() >= scenario.threads, 30000);
        m_loadTest.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY(m_loadTest.lastResult().stoppedByUser);
        QTRY_COMPARE_WITH_TIMEOUT(backendsOfThisProgram(), 0, 10000);
    }

    void scriptErrorEndsTheRunAndIsNotCorrect() {
        Error scriptError;
        Scenario scenario;
        scenario.strategy = StrategyScript::parse(
            u"\\set reserved 0\nBEGIN;\nSELECT 1;\n\\set x 1 / 0\nCOMMIT;\n"_s, u"divides.sql"_s,
            standardProvidedVariables(), scriptError);
        QVERIFY2(!scenario.strategy.isNull(), qPrintable(scriptError.text()));
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(60000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.counters.failed >= 1);
        QVERIFY(result.counters.attempts < scenario.plannedAttempts());
        QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
        QVERIFY(result.verdict.reasons.contains(u"failures"_s));
        QVERIFY2(result.firstFailure.message.contains(u"division by zero"_s),
                 qPrintable(result.firstFailure.text()));
        QCOMPARE(result.firstFailure.file, u"divides.sql"_s);
        QCOMPARE(result.firstFailure.line, 4);
        QCOMPARE(result.verdict.firstFailure.message, result.firstFailure.message);
        bool recorded = false;
        for (const AttemptRecord& record : m_loadTest.records().since(0))
            recorded = recorded || record.errorMessage.contains(u"division by zero"_s);
        QVERIFY(recorded);
    }

    void stopCancelsWorkersWaitingForLocks() {
        Error scriptError;
        Scenario scenario;
        scenario.strategy = StrategyScript::parse(
            u"\\set reserved 0\nBEGIN;\nSELECT pg_advisory_xact_lock(4242);\nCOMMIT;\n"_s,
            u"waits.sql"_s, standardProvidedVariables(), scriptError);
        QVERIFY2(!scenario.strategy.isNull(), qPrintable(scriptError.text()));
        // Hold the lock so that every worker waits for it, for as long as it takes.
        QSqlQuery blocker(m_db);
        QVERIFY(blocker.exec(u"SELECT pg_advisory_lock(4242)"_s));
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(waitingBackends() >= scenario.threads, 30000);
        m_loadTest.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY(blocker.exec(u"SELECT pg_advisory_unlock(4242)"_s));
        QVERIFY(m_loadTest.lastResult().stoppedByUser);
        QCOMPARE(m_loadTest.lastResult().counters.attempts, 0);
        QTRY_COMPARE_WITH_TIMEOUT(backendsOfThisProgram(), 0, 10000);
    }

private:
    int backendsOfThisProgram() {
        QSqlQuery query(m_db);
        query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                   "current_setting('application_name') AND pid <> pg_backend_pid()"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }
    int waitingBackends() {
        QSqlQuery query(m_db);
        query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }
};

QTEST_GUILESS_MAIN(TestLoadTest)
#include "tst_loadtest.moc"
