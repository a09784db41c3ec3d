#include "results/runhistory.h"

#include "server/seatdatabase.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

void fill(Error& error, const QSqlError& sqlError) {
    const QString text = sqlError.databaseText().trimmed();
    error.message = text.isEmpty() ? sqlError.text().trimmed() : text;
    error.sqlState = sqlError.nativeErrorCode();
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString quotedSchema(const QSqlDatabase& db, const QString& schema) {
    return db.driver()->escapeIdentifier(schema, QSqlDriver::TableName);
}

bool recordRun(const QSqlDatabase& db, const QString& schema, const RunResult& result,
               const Verdict& verdict, Error& error) {
    QSqlQuery query(db);
    const auto failed = [&](const QSqlQuery& at) {
        fill(error, at.lastError());
        QSqlQuery rollback(db);
        rollback.exec(u"ROLLBACK"_s);
        return false;
    };
    if (!query.exec(u"BEGIN"_s)) {
        fill(error, query.lastError());
        return false;
    }
    if (!query.exec(u"SET LOCAL search_path = "_s + quotedSchema(db, schema)) ||
        !query.exec(u"SET LOCAL client_min_messages = warning"_s) ||
        !query.exec(sqlResource(u"history/run_history.sql"_s)))
        return failed(query);

    const Scenario& scenario = result.scenario;
    QJsonObject judgement;
    verdict.insertInto(judgement);
    QJsonObject counters;
    result.counters.insertInto(counters);
    if (!query.prepare(sqlResource(u"history/insert_run.sql"_s)))
        return failed(query);
    query.addBindValue(scenario.strategy.id());
    query.addBindValue(scenario.strategy.title());
    query.addBindValue(scenario.source());
    query.addBindValue(scenario.threads);
    query.addBindValue(scenario.perThread);
    query.addBindValue(scenario.thinkMs);
    query.addBindValue(scenario.pauseMs);
    query.addBindValue(qint64(scenario.seed));
    query.addBindValue(scenario.maxTries);
    query.addBindValue(scenario.capacity());
    query.addBindValue(result.durationMs);
    query.addBindValue(result.audit ? QVariant(result.audit->free())
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(result.audit ? QVariant(result.audit->occupied())
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(verdict.kindId());
    query.addBindValue(verdict.headline());
    query.addBindValue(compact(judgement));
    query.addBindValue(compact(counters));
    if (!query.exec())
        return failed(query);
    if (!query.exec(u"COMMIT"_s))
        return failed(query);
    return true;
}

RunRecorder runHistoryRecorder() {
    return
        [](const QSqlDatabase& db, const QString& schema, const RunResult& result, Error& error) {
            return recordRun(db, schema, result, result.verdict, error);
        };
}

} // namespace seatsim
