#pragma once

#include "engine/runresult.h"
#include "script/strategyscript.h"

#include <QList>
#include <QString>

namespace seatsim {

// What R runs of one strategy add up to: a row of the comparison and of the summary.
struct StrategyTotals {
    QString id;
    QString title;
    StrategyScript::Kind kind = StrategyScript::Kind::Unspecified;
    int runs = 0;
    int inconsistentRuns = 0;
    int deadlockRuns = 0;
    int failedRuns = 0;
    qint64 driftSum = 0;
    RunCounters counters;
    qint64 durationMs = 0;
    Verdict verdict; // of every run, added up: the worst kind, every reason

    void add(const RunResult& result);
    double inconsistentShare() const { return runs > 0 ? double(inconsistentRuns) / runs : 0.0; }
    double meanDrift() const;
    double attemptsPerSecond() const {
        return durationMs > 0 ? counters.attempts * 1000.0 / durationMs : 0.0;
    }

    // One row per strategy that ran, in the order the strategies first appear.
    static QList<StrategyTotals> perStrategy(const QList<RunResult>& results);
};

} // namespace seatsim
