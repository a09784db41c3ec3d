#pragma once

#include "engine/snapshot.h"
#include "verdict/outsidesession.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace seatsim {

// Who waits for whose lock among this program's backends, in one statement: every wait
// (pg_blocking_pids), and each session outside the run that a worker waits for, with what
// pg_stat_activity shows of it. Prepared once on a connection of the calling thread; the
// monitor samples with it, and the run's controller when a stop or a time limit cuts the run.
class LockWaitQuery {
public:
    explicit LockWaitQuery(const QSqlDatabase& db);

    struct Sample {
        QList<LockWait> waits;
        QList<OutsideSession> outside; // blockers of the run's workers that are no worker
    };
    // workerOf: the run's worker (1-based) of a backend pid, 0 for any other backend.
    std::optional<Sample> sample(const std::function<int(int)>& workerOf);

private:
    QSqlQuery m_query;
};

} // namespace seatsim
