#include "server/serverinfo.h"

#include "common/sqlstate.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seatsim {

QString serverVersion(const ConnectionSettings& settings, Error& error) {
    const QString name = uniqueConnectionName(u"seatsim-version"_s);
    QString version;
    {
        QSqlDatabase db = settings.open(name, error);
        if (!db.isValid())
            return {};
        QSqlQuery query(db);
        if (query.exec(u"SHOW server_version"_s) && query.next())
            version = query.value(0).toString();
        else {
            error.message = query.lastError().text();
            error.sqlState = query.lastError().nativeErrorCode();
        }
    }
    closeConnection(name);
    return version;
}

int maxConnections(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (query.exec(u"SELECT current_setting('max_connections')::int"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool isOutOfConnectionSlots(const Error& error) {
    return sqlStateKind(error.sqlState) == SqlStateKind::OutOfConnectionSlots;
}

QString outOfConnectionSlotsMessage(int threads, int maxConnections, const Error& refused) {
    const QString limit =
        maxConnections > 0
            ? QCoreApplication::translate("ServerInfo",
                                          "The server has no connection slot left: its "
                                          "max_connections (%1) is reached.")
                  .arg(maxConnections)
            : QCoreApplication::translate("ServerInfo", "The server has no connection slot "
                                                        "left: its max_connections is reached.");
    const QString need =
        QCoreApplication::translate(
            "ServerInfo", "One run needs %1 connections (%2 threads + control + monitor). "
                          "Nothing was judged. Run with fewer threads, wait for other runs "
                          "to end, or ask the administrator to raise max_connections.")
            .arg(connectionsPerRun(threads))
            .arg(threads);
    return limit + u' ' + need + u" ("_s + refused.message + u')';
}

} // namespace seatsim
