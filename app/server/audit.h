#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace seatsim {

struct SessionAudit {
    int id = 0;
    int capacity = 0;
    int free = 0;          // seminar_sessions.seats
    int registrations = 0; // rows in seminar_registrations

    bool overbooked() const { return registrations > capacity || free < 0; }
    int overbookedBy() const { return qMax(0, qMax(registrations - capacity, -free)); }
    int drift() const { return free + registrations - capacity; }
    // The exercise's rule, for this session on its own: free + occupied = its capacity, no seat
    // below 0 free, no more occupied than its capacity.
    bool consistent() const { return drift() == 0 && !overbooked(); }
    bool operator==(const SessionAudit&) const = default;
};

// A student who holds more seats than the exercise allows.
struct StudentOverLimit {
    int user = 0;
    int seats = 0;
    bool operator==(const StudentOverLimit&) const = default;
};

// The students of `seatsByStudent` (user -> seats in all sessions) holding more than
// `seatLimit`, by user id; none when the limit is 0. The one place of the seat limit's rule.
QList<StudentOverLimit> studentsOverLimit(const QMap<int, int>& seatsByStudent, int seatLimit);

// The consistency audit of the exercise's print_info, done right: read in one snapshot.
struct Audit {
    QList<SessionAudit> sessions;
    // In an exercise with a seat limit per student (two-seats): the limit and every student's
    // seats in all sessions (user -> registrations), from the same snapshot. 0 and empty else.
    int seatLimit = 0;
    QMap<int, int> seatsByStudent;

    int free() const;
    int occupied() const;
    int capacity() const;
    int drift() const { return free() + occupied() - capacity(); }
    QList<SessionAudit> overbookedSessions() const;
    // The one rule of consistency: every session consistent on its own (so the total holds
    // too). The judge, the JSON, --audit and every view ask it.
    QList<SessionAudit> inconsistentSessions() const;
    QList<StudentOverLimit> studentsOverLimit() const {
        return seatsim::studentsOverLimit(seatsByStudent, seatLimit);
    }
    bool consistent() const {
        return inconsistentSessions().isEmpty() && studentsOverLimit().isEmpty();
    }

    // "23 free + 19 occupied = 42 ≠ 40 — session 6 overbooked by 2",
    // "17 free + 23 occupied = 40 — session 1: 5 free + 0 occupied = 5 ≠ 4, …"
    // or "consistent: 17 free + 23 occupied = 40"; a student over the limit is named after the
    // sessions ("student 7 holds 3 seats (limit 2)").
    QString verdict() const;
    // "student 7 holds 3 seats (limit 2)"
    static QString studentText(const StudentOverLimit& student, int seatLimit);
    // The table that --audit prints.
    QString report() const;
    QJsonObject toJson() const;

    bool operator==(const Audit&) const = default;

    Q_DECLARE_TR_FUNCTIONS(Audit)
};

} // namespace seatsim
