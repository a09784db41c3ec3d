#include "server/connectionsettings.h"

#include "common/sqlstate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <atomic>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

QString quoted(QString value) {
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

// PostgreSQL's messages of SQLSTATE 53300 at connection start (max_connections, the slots
// reserved for superusers, a role's or a database's CONNECTION LIMIT), in the C locale.
bool refusedForLackOfSlots(const QString& reason) {
    return reason.contains(u"too many clients already"_s) ||
           reason.contains(u"connection slots are reserved"_s) ||
           reason.contains(u"too many connections for"_s);
}

} // namespace

std::optional<ConnectionSettings> ConnectionSettings::fromConnInfo(const QString& text,
                                                                   Error& error) {
    ConnectionSettings settings;
    char* parseError = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(text.toUtf8().constData(), &parseError);
    if (!parsed) {
        const QString reason =
            parseError ? QString::fromUtf8(parseError).trimmed() : u"out of memory"_s;
        PQfreemem(parseError);
        error.message = QCoreApplication::translate(
                            "ConnectionSettings",
                            "Invalid connection string \"%1\": %2. Use a URI such as "
                            "postgresql://user@host:5432/database or key=value pairs such as "
                            "\"host=localhost dbname=postgres\".")
                            .arg(text, reason);
        return std::nullopt;
    }
    for (PQconninfoOption* option = parsed; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == u"host" || key == u"hostaddr")
            settings.host = value;
        else if (key == u"port")
            settings.port = value.toInt();
        else if (key == u"dbname")
            settings.database = value;
        else if (key == u"user")
            settings.user = value;
        else if (key == u"password")
            settings.password = value;
        else if (key == u"connect_timeout")
            settings.connectTimeoutSeconds = qMax(2, value.toInt());
        else
            settings.options.append({key, value});
    }
    PQconninfoFree(parsed);
    return settings;
}

bool ConnectionSettings::isValidSchemaName(const QString& name) {
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch() && !name.startsWith(u"pg_");
}

QString ConnectionSettings::describe() const {
    const QString who = user.isEmpty() ? qEnvironmentVariable("PGUSER") : user;
    QString where = host.isEmpty() ? qEnvironmentVariable("PGHOST", u"localhost"_s) : host;
    const int effectivePort = port != -1 ? port : qEnvironmentVariable("PGPORT", u"5432"_s).toInt();
    const QString db = database.isEmpty() ? qEnvironmentVariable("PGDATABASE", who) : database;
    QString text;
    if (!who.isEmpty())
        text += who + u'@';
    text += where + u':' + QString::number(effectivePort) + u'/' + db;
    return text;
}

QSqlDatabase ConnectionSettings::open(const QString& connectionName, Error& error) const {
    if (!isValidSchemaName(schema)) {
        error.message =
            QCoreApplication::translate(
                "ConnectionSettings", "\"%1\" is not a schema name SeatSim can use. Use lower-case "
                                      "letters, digits and underscores, starting with a letter.")
                .arg(schema);
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid()) {
        error.message = QCoreApplication::translate(
            "ConnectionSettings",
            "Qt's PostgreSQL driver (QPSQL) is not available. Install the Debian "
            "package libqt6sql6-psql.");
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);

    QStringList connectOptions;
    connectOptions << u"connect_timeout="_s + QString::number(connectTimeoutSeconds);
    connectOptions << u"application_name="_s + quoted(applicationName());
    QString serverOptions = u"-c search_path="_s + schema;
    for (const auto& [key, value] : options) {
        if (key == u"options")
            serverOptions = value + u' ' + serverOptions;
        else if (key != u"application_name")
            connectOptions << key + u'=' + quoted(value);
    }
    connectOptions << u"options="_s + quoted(serverOptions);
    db.setConnectOptions(connectOptions.join(u';'));

    if (!db.open()) {
        const QSqlError refused = db.lastError();
        const QString reason = refused.databaseText().trimmed().isEmpty()
                                   ? refused.text().trimmed()
                                   : refused.databaseText().trimmed();
        error.message =
            QCoreApplication::translate("ConnectionSettings", "Could not connect to %1: %2")
                .arg(describe(), reason);
        error.sqlState = refused.nativeErrorCode();
        if (error.sqlState.isEmpty() && refusedForLackOfSlots(reason))
            error.sqlState = sqlstate::tooManyConnections;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    return db;
}

QString applicationName() {
    return u"seatsim-"_s + QString::number(QCoreApplication::applicationPid());
}

void closeConnection(const QString& connectionName) {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

pg_conn* nativeConnection(const QSqlDatabase& db) {
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt registers the handle under the struct's name, "pg_conn*", not the typedef's.
    const char* type = handle.typeName();
    if (!handle.isValid() || !type ||
        (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.constData());
}

bool connectionIsBroken(const QSqlDatabase& db) {
    pg_conn* connection = nativeConnection(db);
    if (!connection || PQstatus(connection) == CONNECTION_BAD)
        return true;
    // After the server went away, QPSQL may leave libpq's status at CONNECTION_OK until the
    // next command fails: ask the server once.
    PGresult* result = PQexec(connection, "SELECT 1");
    const bool answered = PQresultStatus(result) == PGRES_TUPLES_OK;
    PQclear(result);
    return !answered || PQstatus(connection) == CONNECTION_BAD;
}

QString uniqueConnectionName(const QString& prefix) {
    static std::atomic<int> counter{0};
    return prefix + u'-' + QString::number(++counter);
}

} // namespace seatsim
