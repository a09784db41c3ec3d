#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace seatsim {

// A backend outside the run that holds a lock one of the run's workers waits for: a
// student's forgotten psql, the lecturer's pgAdmin, another program. What pg_stat_activity
// shows of it; a plain login sees only the pid, user and application of another role's session.
struct OutsideSession {
    int pid = 0;
    QString application;
    QString user;
    QString state;             // "idle in transaction", "active", ...; empty when hidden
    QDateTime stateSince;      // when it entered that state
    QList<int> waitingWorkers; // the run's workers (1-based) that wait for it, ascending
    qint64 waitedMs = 0;       // the longest of their waits so far

    bool operator==(const OutsideSession&) const = default;

    // "pid 4242 (application “psql”, user “student07”, idle in transaction since 14:02:11)"
    QString describe() const;
    // What the lecturer reads live: who waits, for whom, and how to end it.
    QString warning() const;

    Q_DECLARE_TR_FUNCTIONS(OutsideSession)
};

// A wait this long on a session outside the run is shown and printed, not a passing lock.
inline constexpr qint64 outsideWaitNoticeMs = 3000;

} // namespace seatsim
