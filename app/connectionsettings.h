#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <utility>

struct pg_conn;

namespace seatsim {

// Where a PostgreSQL server is and how to log in: parsed from a postgresql:// URI or a
// libpq key=value string. Fields left empty fall back to libpq's PG* environment variables.
struct ConnectionSettings {
    QString host; // host name, address, or Unix socket directory
    int port = -1;
    QString database;
    QString user;
    QString password;
    QList<std::pair<QString, QString>> options; // every other libpq keyword
    QString schema = defaultSchema();
    int connectTimeoutSeconds = 5;

    static QString defaultSchema() { return QStringLiteral("seatsim"); }

    // Accepts "postgresql://user@host:5432/db?sslmode=disable" and "host=... dbname=...".
    static ConnectionSettings fromConnInfo(const QString& text, QString* error);
    // A schema name the program may create: lower-case letters, digits and '_' only.
    static bool isValidSchemaName(const QString& name);

    // "user@host:port/database", never the password.
    QString describe() const;

    // Adds a QPSQL connection named connectionName in the calling thread and opens it with
    // search_path set to the schema. On failure the connection is removed again, *error
    // says why, and an invalid QSqlDatabase is returned.
    QSqlDatabase open(const QString& connectionName, QString* error) const;

    bool operator==(const ConnectionSettings&) const = default;
};

// Removes a connection opened with ConnectionSettings::open() once its last handle is gone.
// Use as the last statement of the scope that owned the QSqlDatabase.
void closeConnection(const QString& connectionName);

// libpq's connection under an open QPSQL connection, for PQcancel and PQtransactionStatus.
pg_conn* nativeConnection(const QSqlDatabase& db);

// True when the server no longer answers on this connection (server gone, backend
// terminated). Call it only when no query is active on the connection.
bool connectionIsBroken(const QSqlDatabase& db);

// A connection name unique in this process, e.g. "seatsim-monitor-3".
QString uniqueConnectionName(const QString& prefix);

} // namespace seatsim
