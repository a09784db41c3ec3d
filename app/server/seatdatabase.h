#pragma once

#include "common/error.h"
#include "common/exercise.h"
#include "server/audit.h"
#include <QCoreApplication>

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace seatsim {

// The program's schema on one open connection, used in the connection's thread.
// Only objects inside the schema are ever created or dropped, and only in a schema that
// carries SeatSim's marker (or that SeatSim creates itself).
class SeatDatabase {
    Q_DECLARE_TR_FUNCTIONS(SeatDatabase)

public:
    enum class SchemaState { Missing, Ours, Foreign };

    SeatDatabase(QSqlDatabase db, QString schema);

    SchemaState schemaState(Error& error);
    // Recreates the exercise's tables with the given capacities (session ids 1..n).
    bool reset(const QList<int>& capacities, Error& error);
    // One statement, one snapshot. Empty on error. With a seat limit per student (> 0) it
    // counts every student's seats too.
    std::optional<Audit> audit(Error& error, int seatLimit = 0);
    // The registrations per (session, user): how many seats each user holds in each session.
    std::optional<QMap<QPair<int, int>, int>> registrations(Error& error);
    // The seats column of one session as committed now. Empty on error.
    std::optional<int> freeSeats(int session, Error& error);
    // The registrations of one user in all sessions, as committed now. Empty on error.
    std::optional<int> seatsHeldBy(int user, Error& error);

    static QString markerComment();
    static QList<int> exerciseCapacities() { return exercise::capacities(); }

private:
    bool exec(QSqlQuery& query, const QString& sql, Error& error);
    std::optional<int> lookUp(std::optional<QSqlQuery>& query, const QString& sql, int key,
                              Error& error);
    QString missingRight(const Error& error, const QString& action, const QString& grant) const;

    QSqlDatabase m_db;
    QString m_schema;
    std::optional<QSqlQuery> m_auditQuery;
    std::optional<QSqlQuery> m_freeSeatsQuery;
    std::optional<QSqlQuery> m_seatsHeldQuery;
};

// The text of a file under :/sql, e.g. sqlResource("schema.sql").
QString sqlResource(const QString& name);

} // namespace seatsim
