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

QList<StudentOverLimit> studentsOverLimit(const QMap<int, int>& seatsByStudent, int seatLimit) {
    QList<StudentOverLimit> over;
    if (seatLimit <= 0)
        return over;
    for (auto it = seatsByStudent.cbegin(); it != seatsByStudent.cend(); ++it) {
        if (it.value() > seatLimit)
            over.append({it.key(), it.value()});
    }
    return over;
}

QString Audit::studentText(const StudentOverLimit& student, int seatLimit) {
    return Audit::tr("student %1 holds %2 seats (limit %3)")
        .arg(student.user)
        .arg(student.seats)
        .arg(seatLimit);
}

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
    const auto overLimit = [this](QStringList& lines) {
        for (const StudentOverLimit& student : studentsOverLimit())
            lines << studentText(student, seatLimit);
    };
    for (const SessionAudit& session : inconsistentSessions())
        failing << (session.overbooked()
                        ? Audit::tr("session %1 overbooked by %2")
                              .arg(session.id)
                              .arg(session.overbookedBy())
                        : Audit::tr("session %1: %2").arg(session.id).arg(sessionProblem(session)));
    overLimit(failing);
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
    if (seatLimit > 0) {
        text += Audit::tr("Student  Seats (limit %1)").arg(seatLimit) + u'\n';
        for (auto it = seatsByStudent.cbegin(); it != seatsByStudent.cend(); ++it) {
            text += u"%1  %2"_s.arg(it.key(), 7).arg(it.value(), 5);
            if (it.value() > seatLimit)
                text += u"  "_s + Audit::tr("over the limit");
            text += u'\n';
        }
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
    QJsonObject json{{u"capacity"_s, capacity()},
                     {u"free"_s, free()},
                     {u"occupied"_s, occupied()},
                     {u"drift"_s, drift()},
                     {u"overbooked_sessions"_s, overbooked},
                     {u"inconsistent_sessions"_s, inconsistent},
                     {u"consistent"_s, consistent()},
                     {u"sessions"_s, perSession}};
    if (seatLimit > 0) {
        QJsonArray students;
        for (auto it = seatsByStudent.cbegin(); it != seatsByStudent.cend(); ++it)
            students.append(QJsonObject{{u"user_id"_s, it.key()}, {u"seats"_s, it.value()}});
        QJsonArray over;
        for (const StudentOverLimit& student : studentsOverLimit())
            over.append(QJsonObject{{u"user_id"_s, student.user}, {u"seats"_s, student.seats}});
        json.insert(u"seat_limit"_s, seatLimit);
        json.insert(u"students"_s, students);
        json.insert(u"students_over_limit"_s, over);
    }
    return json;
}

} // namespace seatsim
