#include "engine/stepwords.h"

#include "engine/stepsession.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace seatsim {

QString StepWorkerState::describe() const {
    switch (status) {
    case Status::Starting:
        return error.isEmpty() ? tr("starting") : error;
    case Status::Held:
        return tr("held before: %1").arg(sql);
    case Status::Running:
        return tr("running: %1").arg(sql);
    case Status::Waiting: {
        QStringList blockers;
        for (int blocker : blockedBy)
            blockers << (blocker > 0 ? tr("worker %1").arg(blocker) : tr("another connection"));
        return tr("waiting for a lock of %1: %2").arg(blockers.join(u", "_s), sql);
    }
    case Status::Finished:
        if (!error.isEmpty())
            return error;
        return sqlState.isEmpty() ? tr("finished: %1").arg(outcomeWord(outcome))
                                  : tr("finished: %1 (%2)").arg(outcomeWord(outcome), sqlState);
    }
    return {};
}

// What a statement returned, as psql would summarise it: the values of a row read, the
// command tag of a write, or the server's error.
QString describeResult(const pg_result* result) {
    if (!result)
        return StepWorkerState::tr("no connection");
    switch (PQresultStatus(result)) {
    case PGRES_TUPLES_OK: {
        constexpr int shownRows = 3;
        const int rows = PQntuples(result);
        if (rows == 0)
            return StepWorkerState::tr("no rows");
        QStringList shown;
        for (int row = 0; row < qMin(rows, shownRows); ++row) {
            QStringList fields;
            for (int field = 0; field < PQnfields(result); ++field)
                fields << u"%1 = %2"_s.arg(QString::fromUtf8(PQfname(result, field)),
                                           PQgetisnull(result, row, field)
                                               ? u"NULL"_s
                                               : QString::fromUtf8(PQgetvalue(result, row, field)));
            shown << fields.join(u", "_s);
        }
        if (rows == 1)
            return shown.first();
        return StepWorkerState::tr("%1 rows: %2").arg(rows).arg(shown.join(u"; "_s)) +
               (rows > shownRows ? u"; …"_s : QString());
    }
    case PGRES_COMMAND_OK:
    case PGRES_EMPTY_QUERY:
        return QString::fromUtf8(PQcmdStatus(const_cast<pg_result*>(result)));
    default:
        break;
    }
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const QString message = QString::fromUtf8(primary ? primary : PQresultErrorMessage(result));
    return state ? u"%1: %2"_s.arg(QString::fromLatin1(state), message.trimmed())
                 : message.trimmed();
}

} // namespace seatsim
