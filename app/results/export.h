#pragma once

#include "common/error.h"
#include "engine/recordstore.h"
#include "engine/runresult.h"
#include "engine/strategytotals.h"

#include <QList>
#include <QString>

namespace seatsim {

// Files a lecturer takes away from a run or a comparison. None of them carries a password:
// they hold results, scenarios and strategy ids only.
namespace exporting {

// One CSV field, quoted when it needs to be (RFC 4180).
QString csvField(const QString& text);
QString csvLine(const QStringList& fields);

// The attempts of a run, one row each, after a header row.
QString runCsv(const RunResult& result, const QList<AttemptRecord>& records);
// The result table of a comparison, one row per strategy, after a header row; the last two
// columns are the judge's verdict of the row and its reasons.
QString comparisonCsv(const QList<StrategyTotals>& totals);

// Writes `text` as UTF-8, replacing the file only once all of it is written.
bool writeText(const QString& path, const QString& text, Error& error);

} // namespace exporting
} // namespace seatsim
