#include "engine/monitor.h"

#include "common/threadjoin.h"
#include "engine/lockwaitquery.h"
#include "engine/runcontext.h"
#include "server/seatdatabase.h"
#include "server/serverinfo.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

qint64 newWaits(const QList<LockWait>& previous, const QList<LockWait>& current) {
    QSet<QPair<int, int>> before;
    for (const LockWait& wait : previous)
        before.insert({wait.waiterPid, wait.blockerPid});
    QSet<int> waiters;
    for (const LockWait& wait : current) {
        if (!before.contains({wait.waiterPid, wait.blockerPid}))
            waiters.insert(wait.waiterPid);
    }
    return waiters.size();
}

Monitor::Monitor(RunContext* context, QObject* parent)
    : QThread(parent)
    , m_context(context) {
}

MonitorSample Monitor::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void Monitor::startFrom(const Audit& audit) {
    std::lock_guard lock(m_mutex);
    m_latest.audit = audit;
}

void Monitor::run() {
    const QString name = uniqueConnectionName(u"seatsim-monitor"_s);
    {
        Error error;
        QSqlDatabase db = m_context->settings.open(name, error);
        std::optional<SeatDatabase> database;
        std::optional<LockWaitQuery> waits;
        if (!db.isValid() && isOutOfConnectionSlots(error))
            m_context->refuseForLackOfSlots(error);
        if (db.isValid()) {
            database.emplace(db, m_context->settings.schema);
            waits.emplace(db);
        }
        const auto workerOf = [this](int pid) {
            return m_context->workerOfBackend(pid);
        };
        qint64 pauseMs = intervalMs;
        QList<LockWait> previousWaits;
        qint64 waitsSeen = 0;
        do {
            MonitorSample sample;
            sample.elapsedNs = m_context->nowNs();
            if (!database) {
                sample.error = error.text();
            } else if (auto audit =
                           database->audit(error, seatLimitOf(m_context->scenario.exercise))) {
                sample.audit = std::move(audit);
                if (auto locks = waits->sample(workerOf)) {
                    sample.waits = std::move(locks->waits);
                    sample.outsideBlockers = std::move(locks->outside);
                    waitsSeen += newWaits(previousWaits, sample.waits);
                    previousWaits = sample.waits;
                }
            } else {
                sample.error = error.text();
            }
            sample.waitsSeen = waitsSeen;
            // The audit counts every registration, so its cost grows with the run (measured:
            // 4 ms at 24,000 rows, 2 cores); at a fixed 10 Hz it would take ever more server
            // time from the workers it watches. The pause follows the row count, not the
            // sample's wall time: under load that is mostly waiting for a CPU, and backing off
            // then would only make the charts stutter.
            const qint64 rows = sample.audit ? sample.audit->occupied() : 0;
            pauseMs = std::clamp<qint64>(rows / rowsPerPauseMs, intervalMs, maxIntervalMs);
            {
                std::lock_guard lock(m_mutex);
                m_latest = std::move(sample);
            }
        } while (m_stop.sleepFor(std::chrono::milliseconds(pauseMs)));
    }
    closeConnection(name);
    threadFinishing();
}

} // namespace seatsim
