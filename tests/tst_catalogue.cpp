#include "engine/loadtest.h"
#include "script/strategyscript.h"
#include "support/seedruns.h"
#include "support/testsupport.h"

#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

// The lessons of the catalogue that show almost always, not always, under the exercise's load:
// each must show on test::lessonSeedsNeeded of test::lessonSeeds seeds (the false-pass
// probability is written there). What must hold on every seed is tst_loadtest's.
class TestCatalogue : public QObject {
    Q_OBJECT
    LoadTest m_loadTest;
    QMap<QString, test::SeedRuns> m_runs; // the runs of each built-in, as the tests below ran them

    // A built-in's runs, once per test program: every test below judges the same runs. Careless
    // locking gets one try: a retry repeats the same choices and would mostly deadlock again.
    const test::SeedRuns& runsOf(const QString& id) {
        if (!m_runs.contains(id)) {
            const bool careless = test::lessonOf(id).kind == Verdict::Kind::NotCorrect;
            m_runs.insert(id,
                          test::runOnSeeds(m_loadTest, id, test::lessonSeeds, careless ? 1 : 10));
        }
        return m_runs[id];
    }

    static QString shown(const QString& id, int count) {
        return u"%1: %2 of %3 seeds"_s.arg(id).arg(count).arg(test::lessonSeeds);
    }

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        m_loadTest.setConnection(test::sharedSettings(u"tst_catalogue"_s));
    }

    void naiveStrategiesLoseUpdatesUnderLoad() {
        for (const QString& id : {u"naive"_s, u"naive-tx"_s}) {
            const int inconsistent = runsOf(id).inconsistent;
            QVERIFY2(inconsistent >= test::lessonSeedsNeeded, qPrintable(shown(id, inconsistent)));
        }
    }

    void carelessLockingDeadlocks() {
        for (const QString& id : {u"for-share"_s, u"multi-unordered"_s}) {
            const int withDeadlocks = runsOf(id).withDeadlocks;
            QVERIFY2(withDeadlocks >= test::lessonSeedsNeeded,
                     qPrintable(shown(id, withDeadlocks)));
        }
    }

    // Every built-in's header (kind: broken|safe) and description agree with the judge:
    // naive ones inconsistent, careless locking not correct for its deadlocks, the safe ones
    // correct.
    void theCatalogueAgreesWithItself() {
        for (const StrategyScript& script : builtinStrategies()) {
            const test::Lesson expected = test::lessonOf(script.id());
            QCOMPARE(script.isBroken(), expected.kind != Verdict::Kind::Correct);
            const int teaching = runsOf(script.id()).teaching(script.id());
            QVERIFY2(teaching >= test::lessonSeedsNeeded, qPrintable(shown(script.id(), teaching)));
        }
    }
};

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
