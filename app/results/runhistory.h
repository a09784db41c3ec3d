#pragma once

#include "common/error.h"
#include "engine/loadtest.h"
#include "engine/runresult.h"
#include "verdict/judge.h"

#include <QSqlDatabase>
#include <QString>

namespace seatsim {

// Writes one row for a run into `schema`.run_history (sql/history/run_history.sql), creating
// the table when it is not there yet. The table is SeatSim's but not the exercise's: a reset
// never drops it, so the history of a schema outlives the program, and the lecturer's board
// (results/classboard.h) reads it. Call it on the run's control connection, in its thread,
// while the run holds the schema's run lock, and only for a run that reached its audit.
bool recordRun(const QSqlDatabase& db, const QString& schema, const RunResult& result,
               const Verdict& verdict, Error& error);
// recordRun with the run's own verdict, for LoadTest::setRunRecorder: every run of a window,
// a comparison or the command line leaves its row.
RunRecorder runHistoryRecorder();

// The schema name as an SQL identifier, quoted for the connection's driver.
QString quotedSchema(const QSqlDatabase& db, const QString& schema);

} // namespace seatsim
