#pragma once

#include "common/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

struct pg_conn;

namespace seatsim {

// too_many_connections: libpq reports a refused connection without its SQLSTATE, so open()
// sets this one from the server's words.

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
    static std::optional<ConnectionSettings> fromConnInfo(const QString& text, Error& error);
    // A schema name the program may create: lower-case letters, digits and '_' only.
    static bool isValidSchemaName(const QString& name);

    // "user@host:port/database", never the password.
    QString describe() const;

    // Adds a QPSQL connection named connectionName in the calling thread and opens it with
    // search_path set to the schema. On failure the connection is removed again, `error`
    // says why (with SQLSTATE 53300 when the server had no slot left), and an invalid
    // QSqlDatabase is returned.
    QSqlDatabase open(const QString& connectionName, Error& error) const;

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

// The application_name of this process's connections, "seatsim-<pid>": the monitor and the
// lock graph look only at backends that carry it.
QString applicationName();

// A connection name unique in this process, e.g. "seatsim-monitor-3".
QString uniqueConnectionName(const QString& prefix);

} // namespace seatsim
