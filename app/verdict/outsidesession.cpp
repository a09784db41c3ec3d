#include "verdict/outsidesession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace seatsim {

QString OutsideSession::describe() const {
    QStringList facts;
    if (!application.isEmpty())
        facts << tr("application “%1”").arg(application);
    if (!user.isEmpty())
        facts << tr("user “%1”").arg(user);
    if (!state.isEmpty()) {
        const QString since =
            stateSince.isValid()
                ? QLocale().toString(stateSince.toLocalTime().time(), QLocale::LongFormat)
                : QString();
        facts << (since.isEmpty() ? state : tr("%1 since %2").arg(state, since));
    }
    return facts.isEmpty() ? tr("process %1").arg(pid)
                           : tr("process %1 (%2)").arg(pid).arg(facts.join(u", "_s));
}

QString OutsideSession::warning() const {
    QStringList workers;
    for (int worker : waitingWorkers)
        workers << QString::number(worker);
    const QString text =
        waitingWorkers.size() == 1
            ? tr("Worker %1 has waited %2 s for a lock held outside this run by %3. End that "
                 "session (COMMIT or ROLLBACK there, or SELECT pg_terminate_backend(%4)), or stop "
                 "the run.")
            : tr("Workers %1 have waited %2 s for a lock held outside this run by %3. End that "
                 "session (COMMIT or ROLLBACK there, or SELECT pg_terminate_backend(%4)), or stop "
                 "the run.");
    return text.arg(workers.join(u", "_s)).arg(waitedMs / 1000).arg(describe()).arg(pid);
}

} // namespace seatsim
