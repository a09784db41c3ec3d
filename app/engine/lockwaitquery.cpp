#include "engine/lockwaitquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

LockWaitQuery::LockWaitQuery(const QSqlDatabase& db)
    : m_query(db) {
    m_query.setForwardOnly(true);
    // Waiters are this program's backends (application_name); a blocker may be anyone's.
    m_query.prepare(u"SELECT w.pid, blocking.pid, "
                    "(extract(epoch FROM clock_timestamp() - w.query_start) * 1000)::bigint, "
                    "b.application_name, b.usename, b.state, b.state_change "
                    "FROM pg_stat_activity w "
                    "CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocking(pid) "
                    "LEFT JOIN pg_stat_activity b ON b.pid = blocking.pid "
                    "WHERE w.wait_event_type = 'Lock' "
                    "AND w.application_name = current_setting('application_name')"_s);
}

std::optional<LockWaitQuery::Sample>
LockWaitQuery::sample(const std::function<int(int)>& workerOf) {
    if (!m_query.exec())
        return std::nullopt;
    Sample sample;
    while (m_query.next()) {
        const int waiterPid = m_query.value(0).toInt();
        const int blockerPid = m_query.value(1).toInt();
        const int waiter = workerOf(waiterPid);
        const int blocker = workerOf(blockerPid);
        sample.waits.append({waiter, blocker, waiterPid, blockerPid});
        if (waiter == 0 || blocker != 0)
            continue;
        auto known = std::find_if(sample.outside.begin(), sample.outside.end(),
                                  [&](const OutsideSession& s) { return s.pid == blockerPid; });
        if (known == sample.outside.end()) {
            OutsideSession session;
            session.pid = blockerPid;
            session.application = m_query.value(3).toString();
            session.user = m_query.value(4).toString();
            session.state = m_query.value(5).toString();
            session.stateSince = m_query.value(6).toDateTime();
            sample.outside.append(session);
            known = sample.outside.end() - 1;
        }
        if (!known->waitingWorkers.contains(waiter)) {
            known->waitingWorkers.append(waiter);
            std::sort(known->waitingWorkers.begin(), known->waitingWorkers.end());
        }
        known->waitedMs = qMax(known->waitedMs, m_query.value(2).toLongLong());
    }
    m_query.finish();
    return sample;
}

} // namespace seatsim
