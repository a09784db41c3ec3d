#include "monitor.h"

#include "database.h"
#include "runcontext.h"
#include "threadjoin.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

Monitor::Monitor(RunContext* context, QObject* parent)
    : QThread(parent)
    , m_context(context) {
}

MonitorSample Monitor::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

qint64 Monitor::samples() const {
    std::lock_guard lock(m_mutex);
    return m_samples;
}

void Monitor::run() {
    const QString name = uniqueConnectionName(u"seatsim-monitor"_s);
    {
        QString error;
        QSqlDatabase db = m_context->settings.open(name, &error);
        std::optional<SeatDatabase> database;
        std::optional<QSqlQuery> waits;
        if (db.isValid()) {
            database.emplace(db, m_context->settings.schema);
            waits.emplace(db);
            waits->setForwardOnly(true);
            // pg_blocking_pids only for backends of this program that wait for a lock.
            waits->prepare(u"SELECT pid, unnest(pg_blocking_pids(pid)) FROM pg_stat_activity "
                           "WHERE wait_event_type = 'Lock' AND application_name = "
                           "current_setting('application_name')"_s);
        }
        qint64 pauseMs = intervalMs;
        do {
            MonitorSample sample;
            sample.elapsedNs = m_context->nowNs();
            if (!database) {
                sample.error = error;
            } else if (auto audit = database->audit(&error)) {
                sample.audit = std::move(audit);
                if (waits->exec()) {
                    while (waits->next()) {
                        const int waiter = waits->value(0).toInt();
                        const int blocker = waits->value(1).toInt();
                        sample.waits.append({m_context->workerOfBackend(waiter),
                                             m_context->workerOfBackend(blocker), waiter, blocker});
                    }
                    waits->finish();
                }
            } else {
                sample.error = error;
            }
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
                ++m_samples;
            }
        } while (m_stop.sleepFor(std::chrono::milliseconds(pauseMs)));
    }
    closeConnection(name);
    threadFinishing();
}

} // namespace seatsim
