#pragma once

#include "audit.h"
#include <QCoreApplication>

#include <QList>
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

    SchemaState schemaState(QString* error);
    // Recreates the exercise's tables with the given capacities (session ids 1..n).
    bool reset(const QList<int>& capacities, QString* error);
    // One statement, one snapshot. Empty on error.
    std::optional<Audit> audit(QString* error);

    static QString markerComment();
    static QList<int> exerciseCapacities() { return {4, 4, 5, 5, 4, 10, 5, 3}; }

private:
    bool exec(QSqlQuery& query, const QString& sql, QString* error);

    QSqlDatabase m_db;
    QString m_schema;
    std::optional<QSqlQuery> m_auditQuery;
};

// The text of a file under :/sql, e.g. sqlResource("schema.sql").
QString sqlResource(const QString& name);

} // namespace seatsim
