#pragma once

#include "engine/attemptrecord.h"
#include "script/scriptphases.h"
#include "script/strategyscript.h"
#include "server/audit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seatsim {

// Attempts that read the same `seats` value of one session and all wrote a value computed from
// it: each write after the first overwrote a booking, so k of them lose k - 1 updates.
struct LostUpdate {
    int session = 0;
    int seatsRead = 0;
    int seatsWritten = 0;    // seatsRead minus the script's decrement (`:seats - 1`)
    QList<qint64> sequences; // AttemptRecord::sequence of each attempt, in commit order
    QList<int> workers;      // the worker of each attempt, same order
    QString text;            // "Worker 2 and worker 4 both read 3 seats in session 6 and ..."

    int lost() const { return int(sequences.size()) - 1; }
};

// Whether the lost updates found explain the drift that the audit measured in one session.
struct SessionReconciliation {
    int session = 0;
    int drift = 0; // free + registrations - capacity
    int found = 0; // updates lost according to the LostUpdate list
    bool explained = false;
    QString explanation;
};

struct LostUpdateAnalysis {
    QList<LostUpdate> lostUpdates;
    QList<SessionReconciliation> sessions; // one per session of the audit
    qint64 droppedRecords = 0;             // attempts missing from the records (bounded store)
    QString summary;

    int found() const;
    int drift() const;
    bool explainsDrift() const; // every session explained
};

// When the attempt's writes became visible: the end of its COMMIT, or in autocommit the end of
// its first write; the end of the attempt when the script is not known. `phases` are
// ScriptPhases::ofScript() of its script.
qint64 commitTimeOf(const AttemptRecord& record, const std::vector<Phase>& phases);

class LostUpdates {
    Q_DECLARE_TR_FUNCTIONS(LostUpdates)

public:
    // The lost updates in `records` (any order). With a script, its writes decide whether
    // reading the same value loses anything and which value was written, and its COMMIT (or,
    // in autocommit, its first write) orders the attempts.
    static QList<LostUpdate> find(const QList<AttemptRecord>& records,
                                  const StrategyScript& script = {});
    // find(), then per session of the audit: does the number found explain the drift, and
    // why not when it does not.
    static LostUpdateAnalysis analyse(const QList<AttemptRecord>& records, const Audit& audit,
                                      const StrategyScript& script = {});
};

} // namespace seatsim
