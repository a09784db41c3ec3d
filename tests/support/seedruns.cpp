#include "support/seedruns.h"

#include "script/strategyscript.h"
#include "support/testsupport.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace seatsim::test {

int SeedRuns::teaching(const QString& builtinId) const {
    const Lesson expected = lessonOf(builtinId);
    int teaching = 0;
    for (const Verdict& verdict : verdicts)
        teaching += expected.taughtBy(verdict) ? 1 : 0;
    return teaching;
}

SeedRuns runOnSeeds(LoadTest& loadTest, const QString& id, int seeds, int maxTries) {
    SeedRuns tally;
    for (int run = 1; run <= seeds; ++run) {
        Scenario scenario;
        scenario.strategy = builtinStrategy(id);
        scenario.seed = quint64(run);
        scenario.maxTries = maxTries;
        QSignalSpy finished(&loadTest, &LoadTest::finished);
        if (!loadTest.start(scenario, run) || !finished.wait(120000))
            qFatal("run %d of %s did not finish", run, qPrintable(id));
        const RunResult result = loadTest.lastResult();
        if (!result.completed())
            qFatal("run %d of %s failed: %s", run, qPrintable(id), qPrintable(result.error));
        ++tally.runs;
        tally.inconsistent += result.consistent() ? 0 : 1;
        tally.withDeadlocks += result.counters.deadlocks > 0 ? 1 : 0;
        tally.deadlocks += result.counters.deadlocks;
        tally.retries += result.counters.retries;
        if (result.counters.reserved != result.audit->occupied())
            tally.reservedMatchesRows = false;
        tally.verdicts << result.verdict;
    }
    QStringList judged;
    for (const Verdict& verdict : tally.verdicts)
        judged << verdict.kindId() + u'(' + verdict.reasons.join(u'+') + u')';
    qInfo("%s: %d/%d inconsistent, %d/%d with deadlocks, %lld deadlocks, %lld retries; judged "
          "as the catalogue says in %d/%d: %s",
          qPrintable(id), tally.inconsistent, seeds, tally.withDeadlocks, seeds, tally.deadlocks,
          tally.retries, tally.teaching(id), seeds, qPrintable(judged.join(u' ')));
    return tally;
}

} // namespace seatsim::test
