#pragma once

#include "engine/scenario.h"
#include "server/audit.h"
#include "verdict/judge.h"
#include "verdict/runcounters.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

// How a run ended.
struct RunResult {
    int run = 1;
    QString strategy;
    Scenario scenario;
    RunCounters counters;
    std::optional<Audit> audit; // the audit after the last worker ended
    qint64 durationMs = 0;
    bool stoppedByUser = false;
    QString error;        // why the run could not run or finish (no server, lost connection)
    QStringList problems; // what individual workers ran into
    QMap<int, int> workerOfBackend; // backend pid -> worker, to read a deadlock's DETAIL
    AnswerBook answers;             // what reserve_seat answered, added up over the workers
    Error firstFailure;             // the first failed try: SQLSTATE and the server's words
    Error scriptError; // the script's run-time error that ended the run (file, line, words)
    Verdict verdict;   // the judge's, from the final audit, the answers and the table

    bool completed() const { return error.isEmpty() && audit.has_value(); }
    // The judge's first question: the audit's sums and, in an exercise with a seat limit per
    // student, that no student holds more.
    bool consistent() const {
        return audit && audit->consistent() && verdict.studentsOverLimit.isEmpty();
    }
    double attemptsPerSecond() const {
        return durationMs > 0 ? counters.attempts * 1000.0 / durationMs : 0.0;
    }
    QJsonObject toJson() const;
    // The readable table of one run, for the console.
    QString report() const;

    Q_DECLARE_TR_FUNCTIONS(RunResult)
};

} // namespace seatsim

Q_DECLARE_METATYPE(seatsim::RunResult)
