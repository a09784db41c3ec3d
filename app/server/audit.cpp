#include "server/audit.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

QString sumText(int free, int occupied, int capacity) {
    if (free + occupied == capacity)
        return Audit::tr("%1 free + %2 occupied = %3").arg(free).arg(occupied).arg(capacity);
    return Audit::tr("%1 free + %2 occupied = %3 ≠ %4")
        .arg(free)
        .arg(occupied)
        .arg(free + occupied)
        .arg(capacity);
}

// What is wrong with an inconsistent session: "overbooked by 2" or its own sum.
QString sessionProblem(const SessionAudit& session) {
    if (session.overbooked())
        return Audit::tr("overbooked by %1").arg(session.overbookedBy());
    return sumText(session.free, session.registrations, session.capacity);
}

} // namespace

int Audit::free() const {
    int sum = 0;
    for (const SessionAudit& session : sessions)
        sum += session.free;
    return sum;
}

int Audit::occupied() const {
    int sum = 0;
    for (const SessionAudit& session : sessions)
        sum += session.registrations;
    return sum;
}

int Audit::capacity() const {
    int sum = 0;
    for (const SessionAudit& session : sessions)
        sum += session.capacity;
    return sum;
}

QList<SessionAudit> Audit::overbookedSessions() const {
    QList<SessionAudit> result;
    for (const SessionAudit& session : sessions) {
        if (session.overbooked())
            result.append(session);
    }
    return result;
}

QList<SessionAudit> Audit::inconsistentSessions() const {
    QList<SessionAudit> result;
    for (const SessionAudit& session : sessions) {
        if (!session.consistent())
            result.append(session);
    }
    return result;
}

QString Audit::verdict() const {
    if (consistent())
        return Audit::tr("consistent: %1 free + %2 occupied = %3")
            .arg(free())
            .arg(occupied())
            .arg(capacity());
    QString text = sumText(free(), occupied(), capacity());
    QStringList failing;
    for (const SessionAudit& session : inconsistentSessions())
        failing << (session.overbooked()
                        ? Audit::tr("session %1 overbooked by %2")
                              .arg(session.id)
                              .arg(session.overbookedBy())
                        : Audit::tr("session %1: %2").arg(session.id).arg(sessionProblem(session)));
    if (!failing.isEmpty())
        text += u" — "_s + failing.join(u", "_s);
    return text;
}

QString Audit::report() const {
    QString text;
    text += Audit::tr("Session  Capacity  Free  Registrations") + u'\n';
    for (const SessionAudit& session : sessions) {
        text += u"%1  %2  %3  %4"_s.arg(session.id, 7)
                    .arg(session.capacity, 8)
                    .arg(session.free, 4)
                    .arg(session.registrations, 13);
        if (!session.consistent())
            text += u"  "_s + sessionProblem(session);
        text += u'\n';
    }
    text += Audit::tr("Free seats: %1").arg(free()) + u'\n';
    text += Audit::tr("Occupied seats: %1").arg(occupied()) + u'\n';
    text += Audit::tr("Total: %1 (capacity %2, drift %3)")
                .arg(free() + occupied())
                .arg(capacity())
                .arg(drift()) +
            u'\n';
    text += (consistent() ? Audit::tr("Consistent.") : Audit::tr("INCONSISTENT!")) + u' ' +
            verdict() + u'\n';
    return text;
}

QJsonObject Audit::toJson() const {
    QJsonArray perSession;
    QJsonArray overbooked;
    QJsonArray inconsistent;
    for (const SessionAudit& session : sessions) {
        perSession.append(QJsonObject{{u"id"_s, session.id},
                                      {u"capacity"_s, session.capacity},
                                      {u"free"_s, session.free},
                                      {u"registrations"_s, session.registrations},
                                      {u"overbooked"_s, session.overbooked()}});
        if (session.overbooked())
            overbooked.append(session.id);
        if (!session.consistent())
            inconsistent.append(session.id);
    }
    return QJsonObject{{u"capacity"_s, capacity()},
                       {u"free"_s, free()},
                       {u"occupied"_s, occupied()},
                       {u"drift"_s, drift()},
                       {u"overbooked_sessions"_s, overbooked},
                       {u"inconsistent_sessions"_s, inconsistent},
                       {u"consistent"_s, consistent()},
                       {u"sessions"_s, perSession}};
}

} // namespace seatsim
