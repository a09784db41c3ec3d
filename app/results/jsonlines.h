#pragma once

#include "engine/runresult.h"
#include "engine/strategytotals.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace seatsim {

// The JSON Lines of `seatsim --headless --json`, and of the files that export the same runs:
// one object per run (RunResult::toJson()), then one summary object. The field names are
// the ones README.md's "Command line" section promises.
namespace jsonlines {

// One object as one line: compact JSON and a newline.
QString line(const QJsonObject& object);
// The line after the runs, with "summary": true. One strategy: its totals. Several: their
// sums and a row of totals for each under "strategies".
QJsonObject summary(const QList<StrategyTotals>& totals);
// The runs in order, then the summary of their strategies; nothing for no runs.
QString runsAndSummary(const QList<RunResult>& results);

} // namespace jsonlines
} // namespace seatsim
