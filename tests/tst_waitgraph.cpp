#include "analysis/waitgraph.h"
#include "engine/stepsession.h"
#include "server/seatdatabase.h"
#include "support/testsupport.h"

#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_waitgraph"_s;

// Each worker locks its own session row, then wants the other's. The deadlock detector waits
// 10 s before it looks, which leaves the cycle in place long enough to sample it.
const QString kCrossLocking = uR"(\set reserved 0
BEGIN;
SET LOCAL deadlock_timeout = '10s';
SELECT seats FROM seminar_sessions WHERE id = :worker FOR UPDATE \gset
SELECT seats AS other FROM seminar_sessions WHERE id = 3 - :worker FOR UPDATE;
COMMIT;
)"_s;

} // namespace

class TestWaitGraph : public QObject {
    Q_OBJECT
    QString m_name;
    QSqlDatabase m_db; // samples; never inside a transaction, whose view of pg_stat_activity
                       // would stay frozen at its first look
    QString m_holderName;
    QSqlDatabase m_holder; // holds a row lock

    QList<LockWait> sample(const StepSession& session) {
        Error error;
        const auto waits = WaitGraph::sample(
            m_db, [&](int pid) { return session.workerOfPid(pid); }, true, error);
        if (!waits)
            qWarning("%s", qPrintable(error.text()));
        return waits.value_or(QList<LockWait>());
    }

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        m_name = uniqueConnectionName(u"tst-waitgraph"_s);
        Error error;
        m_db = test::sharedSettings(kSchema).open(m_name, error);
        QVERIFY2(m_db.isValid(), qPrintable(error.text()));
        m_holderName = uniqueConnectionName(u"tst-waitgraph-holder"_s);
        m_holder = test::sharedSettings(kSchema).open(m_holderName, error);
        QVERIFY2(m_holder.isValid(), qPrintable(error.text()));
    }

    void cleanupTestCase() {
        m_db = QSqlDatabase();
        closeConnection(m_name);
        m_holder = QSqlDatabase();
        closeConnection(m_holderName);
    }

    // "Worker 1 waited for ShareLock on transaction 7665" puzzles a room that used FOR UPDATE:
    // the story names the workers and the session whose row the other held.
    void deadlockIsToldWithWorkersAndTheSessionEachWaitedFor() {
        WaitCycle cycle;
        cycle.pids = {4711, 4712};
        cycle.workers = {1, 2};
        // Two sessions locked in random order: the victim (worker 2) read session 5, not 3.
        AttemptRecord victim;
        victim.worker = 2;
        victim.session = 5;
        victim.session2 = 3;
        victim.seatsRead = 4;
        victim.setSqlState(u"40P01"_s);
        cycle.attachSessions(victim);
        QCOMPARE(cycle.story(),
                 (QStringList{u"worker 1 waited for worker 2, which held session 5's row"_s,
                              u"worker 2 waited for worker 1, which held session 3's row"_s}));
        // One session, FOR SHARE then UPDATE: both waited for the same row, even when the
        // victim's retry booked in the end.
        AttemptRecord upgrade;
        upgrade.worker = 1;
        upgrade.session = 6;
        upgrade.seatsRead = 9;
        cycle.attachSessions(upgrade);
        QCOMPARE(cycle.heldSessions, (QList<int>{6, 6}));
        // Unknown sessions are left out, never guessed.
        AttemptRecord retried = victim;
        retried.setSqlState(QString());
        cycle.attachSessions(retried);
        QCOMPARE(cycle.story(), (QStringList{u"worker 1 waited for worker 2"_s,
                                             u"worker 2 waited for worker 1"_s}));
    }

    void parsesTheDeadlockDetailIntoACycleOfWorkers() {
        const QString text = u"ERROR:  deadlock detected\n"
                             "DETAIL:  Process 4711 waits for ShareLock on transaction 812; "
                             "blocked by process 4712.\n"
                             "Process 4712 waits for ShareLock on transaction 811; blocked by "
                             "process 4711.\n"
                             "HINT:  See server log for query details.\n"
                             "CONTEXT:  while updating tuple (0,1) in relation "
                             "\"seminar_sessions\"\n(40P01)"_s;
        const WaitCycle cycle =
            WaitGraph::parseDeadlockDetail(text, [](int pid) { return pid - 4710; });
        QCOMPARE(cycle.pids, (QList<int>{4711, 4712}));
        QCOMPARE(cycle.workers, (QList<int>{1, 2}));
        QCOMPARE(cycle.locks.first(), u"ShareLock on transaction 812"_s);
        QCOMPARE(cycle.describe(), u"worker 1 → worker 2 → worker 1"_s);

        const QString three = u"Process 30 waits for ExclusiveLock on tuple (0,3) of relation "
                              "16390 of database 5; blocked by process 10.\nProcess 10 waits "
                              "for ShareLock on transaction 9; blocked by process 20.\nProcess "
                              "20 waits for ShareLock on transaction 7; blocked by process 30."_s;
        QCOMPARE(WaitGraph::parseDeadlockDetail(three).pids, (QList<int>{30, 10, 20}));
        QVERIFY(WaitGraph::parseDeadlockDetail(u"ERROR:  deadlock detected (40P01)"_s).isEmpty());
        QVERIFY(WaitGraph::parseDeadlockDetail(u"Process 1 waits for ShareLock on transaction 2; "
                                               "blocked by process 3."_s)
                    .isEmpty());
    }

    void namesTheBackendsOfADeadlockDetailByTheirWorkers() {
        const QString detail = u"Process 20849 waits for ShareLock on transaction 1037; blocked "
                               "by process 20850.\nProcess 20850 waits for ShareLock on "
                               "transaction 1036; blocked by process 20851."_s;
        const QMap<int, int> workers{{20849, 3}, {20850, 5}};
        const QString named =
            WaitGraph::nameBackends(detail, [&](int pid) { return workers.value(pid); });
        QCOMPARE(named, u"worker 3 waits for ShareLock on transaction 1037; blocked by worker 5\n"
                        "worker 5 waits for ShareLock on transaction 1036; blocked by process "
                        "20851"_s);
        QVERIFY(!named.contains(u"Process"_s));
        // Text that names no waits stays as the server wrote it.
        QCOMPARE(WaitGraph::nameBackends(u"deadlock detected"_s, {}), u"deadlock detected"_s);
    }

    void findsTheCycleAmongSampledWaits() {
        WaitGraph graph({{4, 1, 104, 101},
                         {1, 2, 101, 102},
                         {2, 3, 102, 103},
                         {3, 1, 103, 101},
                         {5, 0, 105, 999}});
        QVERIFY(graph.hasEdge(4, 1));
        QVERIFY(graph.hasEdge(5, 0));
        QCOMPARE(graph.workers(), (QList<int>{0, 1, 2, 3, 4, 5}));
        const WaitCycle cycle = graph.cycle();
        QCOMPARE(cycle.workers, (QList<int>{1, 2, 3}));
        QCOMPARE(cycle.pids, (QList<int>{101, 102, 103}));

        // Two outside backends are two nodes, not one: no false cycle through worker 0.
        const WaitGraph chain({{0, 1, 900, 101}, {1, 0, 101, 901}});
        QVERIFY(chain.cycle().isEmpty());
    }

    void seesAWorkerWaitForALockHeldOnPurpose() {
        StepSession session;
        session.setConnection(test::sharedSettings(kSchema));
        StepSettings settings;
        settings.workers = 1;
        for (const StrategyScript& script : builtinStrategies()) {
            if (script.id() == u"for-update")
                settings.strategy = script;
        }
        QSignalSpy started(&session, &StepSession::started);
        QVERIFY(session.start(settings));
        QVERIFY(started.wait(30000)); // tables reset, the worker held before its BEGIN

        QSqlQuery holder(m_holder);
        QVERIFY(holder.exec(u"BEGIN"_s));
        QVERIFY(holder.exec(u"SELECT seats FROM seminar_sessions WHERE id = 1 FOR UPDATE"_s));
        holder.finish();
        QVERIFY(holder.exec(u"SELECT pg_backend_pid()"_s) && holder.next());
        const int holderPid = holder.value(0).toInt();
        holder.finish();
        session.releaseAll();

        QList<LockWait> waits;
        QTRY_VERIFY2_WITH_TIMEOUT(!(waits = sample(session)).isEmpty(),
                                  qPrintable(session.state(1).describe()), 30000);
        const WaitGraph graph(waits);
        QVERIFY(graph.hasEdge(1, 0));
        QCOMPARE(waits.first().blockerPid, holderPid);
        QVERIFY(graph.cycle().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(int(session.state(1).status),
                                  int(StepWorkerState::Status::Waiting), 30000);
        QCOMPARE(session.state(1).blockedBy, QList<int>{0});

        QSignalSpy finished(&session, &StepSession::finished);
        QVERIFY(holder.exec(u"COMMIT"_s));
        QVERIFY(finished.wait(30000));
        QCOMPARE(toString(session.state(1).outcome), toString(AttemptOutcome::Reserved));
    }

    void seesTheCycleOfTwoWorkersThatDeadlock() {
        Error scriptError;
        StepSettings settings;
        settings.workers = 2;
        settings.capacities = {5, 5};
        settings.strategy = StrategyScript::parse(kCrossLocking, u"cross.sql"_s,
                                                  standardProvidedVariables(), scriptError);
        QVERIFY2(!settings.strategy.isNull(), qPrintable(scriptError.text()));
        StepSession session;
        session.setConnection(test::sharedSettings(kSchema));
        QSignalSpy finished(&session, &StepSession::finished);
        QVERIFY(session.start(settings));
        // BEGIN, SET, lock the own row; then each wants the other's row.
        session.play({1, 1, 1, 2, 2, 2, 1, 2}, true);

        WaitCycle sampled;
        QTRY_VERIFY_WITH_TIMEOUT(!(sampled = WaitGraph(sample(session)).cycle()).isEmpty(), 30000);
        // A cycle has no first node: which worker the sample starts from does not matter.
        QList<int> cycleWorkers = sampled.workers;
        std::sort(cycleWorkers.begin(), cycleWorkers.end());
        QVERIFY2(cycleWorkers == (QList<int>{1, 2}), qPrintable(sampled.describe()));

        QVERIFY(finished.wait(60000));
        int victims = 0;
        for (const StepWorkerState& state : session.states()) {
            if (state.sqlState != u"40P01")
                continue;
            ++victims;
            qInfo("TryResult::message: %s", qPrintable(state.message));
            qInfo("libpq PQerrorMessage(): %s", qPrintable(state.serverText));
            const WaitCycle reported = WaitGraph::parseDeadlockDetail(
                state.serverText, [&](int pid) { return session.workerOfPid(pid); });
            QVERIFY2(!reported.isEmpty(), qPrintable(state.serverText));
            QList<int> workers = reported.workers;
            std::sort(workers.begin(), workers.end());
            QCOMPARE(workers, (QList<int>{1, 2}));
            QList<int> pids = reported.pids;
            QList<int> sampledPids = sampled.pids;
            std::sort(pids.begin(), pids.end());
            std::sort(sampledPids.begin(), sampledPids.end());
            QCOMPARE(pids, sampledPids);
        }
        QCOMPARE(victims, 1);
    }
};

QTEST_GUILESS_MAIN(TestWaitGraph)
#include "tst_waitgraph.moc"
