#include "server/seatdatabase.h"
#include "engine/loadtest.h"
#include "analysis/lostupdates.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_lostupdates"_s;

// A naive attempt that read `seats` in `session` and wrote at `writeNs`.
AttemptRecord attempt(qint64 sequence, int worker, int session, int seats, qint64 writeNs,
                      AttemptOutcome outcome = AttemptOutcome::Reserved) {
    AttemptRecord record;
    record.sequence = sequence;
    record.worker = worker;
    record.session = session;
    record.seatsRead = seats;
    record.outcome = outcome;
    record.reservedSeats = outcome == AttemptOutcome::Reserved ? 1 : 0;
    record.tries = 1;
    record.startNs = writeNs - 1000;
    record.endNs = writeNs;
    return record;
}

Audit oneSession(int capacity, int free, int registrations) {
    Audit audit;
    audit.sessions.append({1, capacity, free, registrations});
    return audit;
}

} // namespace

class TestLostUpdates : public QObject {
    Q_OBJECT
    LoadTest m_loadTest;

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        m_loadTest.setConnection(test::sharedSettings(kSchema));
    }

    void twoWritersOfTheSameValueLoseOneUpdate() {
        const QList<LostUpdate> lost = LostUpdates::find(
            {attempt(1, 2, 6, 3, 100), attempt(2, 4, 6, 3, 200), attempt(3, 1, 6, 2, 300)});
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().lost(), 1);
        QCOMPARE(lost.first().workers, (QList<int>{2, 4}));
        QCOMPARE(lost.first().sequences, (QList<qint64>{1, 2}));
        QCOMPARE(lost.first().text, u"Worker 2 and worker 4 both read 3 seats in session 6 and "
                                    "both wrote 2: one update was lost"_s);
    }

    void threeWritersOfTheSameValueLoseTwoUpdates() {
        const QList<LostUpdate> lost = LostUpdates::find(
            {attempt(3, 5, 1, 4, 300), attempt(1, 1, 1, 4, 100), attempt(2, 2, 1, 4, 200)});
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().lost(), 2);
        QCOMPARE(lost.first().workers, (QList<int>{1, 2, 5})); // in commit order
        QCOMPARE(lost.first().text, u"Workers 1, 2 and 5 all read 4 seats in session 1 and all "
                                    "wrote 3: 2 updates were lost"_s);
    }

    void readersThatDidNotWriteLoseNothing() {
        QVERIFY(LostUpdates::find({attempt(1, 1, 1, 3, 100),
                                   attempt(2, 2, 1, 3, 200, AttemptOutcome::Full),
                                   attempt(3, 3, 2, 3, 300)})
                    .isEmpty());
    }

    void serverComputedWritesLoseNothing() {
        Error error;
        const StrategyScript script = StrategyScript::parse(
            u"\\set session_id 1\n\\set reserved 0\nSELECT seats FROM seminar_sessions WHERE id "
            "= :session_id \\gset\nUPDATE seminar_sessions SET seats = seats - 1 WHERE id = "
            ":session_id;\n\\set reserved 1\n"_s,
            u"server.sql"_s, standardProvidedVariables(), error);
        QVERIFY2(!script.isNull(), qPrintable(error.text()));
        const QList<AttemptRecord> records{attempt(1, 1, 1, 3, 100), attempt(2, 2, 1, 3, 200)};
        QVERIFY(LostUpdates::find(records, script).isEmpty());
        const LostUpdateAnalysis analysis =
            LostUpdates::analyse(records, oneSession(3, 0, 2), script);
        QVERIFY(!analysis.explainsDrift());
        QVERIFY2(analysis.sessions.first().explanation.contains(u"does not write a value it read"),
                 qPrintable(analysis.summary));
    }

    void aLateWriteThatUndoesTwoBookingsIsExplainedByReplay() {
        // X and Y read 5; Y writes 4; Z reads 4 and writes 3; X writes 4 over 3.
        const QList<AttemptRecord> records{attempt(1, 2, 1, 5, 100), attempt(2, 3, 1, 4, 200),
                                           attempt(3, 1, 1, 5, 300)};
        const LostUpdateAnalysis analysis = LostUpdates::analyse(records, oneSession(5, 4, 3));
        QCOMPARE(analysis.found(), 1);
        QCOMPARE(analysis.drift(), 2);
        QVERIFY2(analysis.explainsDrift(), qPrintable(analysis.summary));
        QVERIFY2(analysis.sessions.first().explanation.contains(
                     u"worker 1 read 5 seats but wrote over 3, undoing 2 bookings at once"),
                 qPrintable(analysis.summary));
    }

    void unknownOutcomesAndMissingReadsAreNamed() {
        const QList<AttemptRecord> records{attempt(1, 1, 1, 5, 100), attempt(2, 2, 1, -1, 200),
                                           attempt(3, 3, 1, 4, 300, AttemptOutcome::Unknown)};
        const LostUpdateAnalysis analysis = LostUpdates::analyse(records, oneSession(5, 4, 3));
        QVERIFY(!analysis.explainsDrift());
        const QString text = analysis.sessions.first().explanation;
        QVERIFY2(text.contains(u"unknown outcome"), qPrintable(text));
        QVERIFY2(text.contains(u"did not \\gset `seats`"), qPrintable(text));
    }

    // The naive strategy under the exercise's load, several runs: the lost updates found in the
    // records agree with the drift the audit measured, session by session.
    void naiveRunsAgreeWithTheAuditsDrift() {
        const StrategyScript script = builtinStrategy(u"naive"_s);
        int totalDrift = 0;
        for (int run = 1; run <= 4; ++run) {
            Scenario scenario;
            scenario.strategy = script;
            scenario.seed = quint64(run);
            QSignalSpy finished(&m_loadTest, &LoadTest::finished);
            QVERIFY(m_loadTest.start(scenario, run));
            QVERIFY(finished.wait(120000));
            const RunResult result = m_loadTest.lastResult();
            QVERIFY2(result.completed(), qPrintable(result.error));
            const QList<AttemptRecord> records = m_loadTest.records().since(0);
            QCOMPARE(records.size(), qsizetype(scenario.plannedAttempts())); // every record kept

            const LostUpdateAnalysis analysis =
                LostUpdates::analyse(records, *result.audit, script);
            qInfo("run %d: %d lost updates found, drift %d", run, analysis.found(),
                  analysis.drift());
            QCOMPARE(analysis.droppedRecords, 0);
            for (const SessionReconciliation& session : analysis.sessions) {
                if (session.found != session.drift)
                    qInfo("  %s", qPrintable(session.explanation));
                QVERIFY2(session.explained, qPrintable(session.explanation));
            }
            QVERIFY2(analysis.explainsDrift(), qPrintable(analysis.summary));
            totalDrift += analysis.drift();

            // Without the oldest records the numbers no longer agree, and the reason is named.
            const LostUpdateAnalysis partial =
                LostUpdates::analyse(records.mid(records.size() / 2), *result.audit, script);
            QCOMPARE(partial.droppedRecords, records.size() / 2);
            for (const SessionReconciliation& session : partial.sessions) {
                if (!session.explained)
                    QVERIFY2(session.explanation.contains(u"dropped from the bounded record store"),
                             qPrintable(session.explanation));
            }
        }
        QVERIFY(totalDrift > 0); // the runs did lose updates
    }
};

QTEST_GUILESS_MAIN(TestLostUpdates)
#include "tst_lostupdates.moc"
