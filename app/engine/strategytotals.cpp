#include "engine/strategytotals.h"

namespace seatsim {

void StrategyTotals::add(const RunResult& result) {
    ++runs;
    if (!result.completed())
        ++failedRuns;
    else if (!result.consistent())
        ++inconsistentRuns;
    if (result.counters.deadlocks > 0)
        ++deadlockRuns;
    if (result.audit)
        driftSum += result.audit->drift();
    counters.add(result.counters);
    durationMs += result.durationMs;
    verdict.add(result.verdict);
}

double StrategyTotals::meanDrift() const {
    const int audited = runs - failedRuns;
    return audited > 0 ? double(driftSum) / audited : 0.0;
}

QList<StrategyTotals> StrategyTotals::perStrategy(const QList<RunResult>& results) {
    QList<StrategyTotals> rows;
    for (const RunResult& result : results) {
        qsizetype row = 0;
        while (row < rows.size() && rows.at(row).id != result.strategy)
            ++row;
        if (row == rows.size()) {
            StrategyTotals totals;
            totals.id = result.strategy;
            totals.kind = result.scenario.strategy.kind();
            rows.append(totals);
        }
        rows[row].add(result);
    }
    return rows;
}

} // namespace seatsim
