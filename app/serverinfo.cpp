#include "serverinfo.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seatsim {

QString serverVersion(const ConnectionSettings& settings, QString* error) {
    const QString name = uniqueConnectionName(u"seatsim-version"_s);
    QString version;
    {
        QString openError;
        QSqlDatabase db = settings.open(name, &openError);
        if (!db.isValid()) {
            if (error)
                *error = openError;
            return {};
        }
        QSqlQuery query(db);
        if (query.exec(u"SHOW server_version"_s) && query.next())
            version = query.value(0).toString();
        else if (error)
            *error = query.lastError().text();
    }
    closeConnection(name);
    return version;
}

} // namespace seatsim
