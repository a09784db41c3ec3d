#pragma once

#include "comparison.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QJsonObject>
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
// The result table of a comparison, one row per strategy, after a header row.
QString comparisonCsv(const QList<StrategyTotals>& totals);
// JSON Lines, as `seatsim --headless --json` prints them.
QString jsonLines(const QList<QJsonObject>& lines);
QList<QJsonObject> runJsonLines(const RunResult& result);

bool writeText(const QString& path, const QString& text, QString* error);

} // namespace exporting
} // namespace seatsim
