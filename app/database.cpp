#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

QString errorText(const QSqlError& error) {
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QString intArray(const QList<int>& values) {
    QStringList parts;
    for (int value : values)
        parts << QString::number(value);
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

QString sqlResource(const QString& name) {
    QFile file(u":/sql/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SQL resource %s is missing from the build", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

SeatDatabase::SeatDatabase(QSqlDatabase db, QString schema)
    : m_db(std::move(db))
    , m_schema(std::move(schema)) {
}

QString SeatDatabase::markerComment() {
    return u"SeatSim demo schema: created by SeatSim, which may drop and recreate its tables."_s;
}

bool SeatDatabase::exec(QSqlQuery& query, const QString& sql, QString* error) {
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

SeatDatabase::SchemaState SeatDatabase::schemaState(QString* error) {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace "
                  "WHERE nspname = ?"_s);
    query.addBindValue(m_schema);
    if (!query.exec()) {
        if (error)
            *error = errorText(query.lastError());
        return SchemaState::Foreign;
    }
    if (!query.next())
        return SchemaState::Missing;
    return query.value(0).toString() == markerComment() ? SchemaState::Ours : SchemaState::Foreign;
}

bool SeatDatabase::reset(const QList<int>& capacities, QString* error) {
    QString ignored;
    if (!error)
        error = &ignored;
    if (capacities.isEmpty()) {
        *error = SeatDatabase::tr("A scenario needs at least one session.");
        return false;
    }
    m_auditQuery.reset();
    QSqlQuery query(m_db);
    if (!exec(query, u"BEGIN"_s, error))
        return false;
    auto fail = [&](const QString& message) {
        *error = message;
        query.exec(u"ROLLBACK"_s);
        return false;
    };
    // Take the lock that keeps two resets of one schema apart before looking at it.
    if (!exec(query, u"SET LOCAL lock_timeout = '5s'"_s, error) ||
        !exec(query, u"SET LOCAL client_min_messages = warning"_s, error) ||
        !exec(query, u"SELECT pg_advisory_xact_lock(hashtext('seatsim:' || '%1'))"_s.arg(m_schema),
              error))
        return fail(*error);
    QString stateError;
    switch (schemaState(&stateError)) {
    case SchemaState::Foreign:
        if (!stateError.isEmpty())
            return fail(stateError);
        return fail(
            SeatDatabase::tr("The schema \"%1\" exists but was not created by SeatSim, so SeatSim "
                             "will not touch it. Choose another schema with --schema NAME.")
                .arg(m_schema));
    case SchemaState::Missing:
        if (!exec(query, u"CREATE SCHEMA %1"_s.arg(m_schema), error) ||
            !exec(query, u"COMMENT ON SCHEMA %1 IS '%2'"_s.arg(m_schema, markerComment()), error))
            return fail(
                SeatDatabase::tr("Could not create the schema \"%1\": %2").arg(m_schema, *error));
        break;
    case SchemaState::Ours:
        break;
    }
    const QString qualified = m_schema + u'.';
    if (!exec(query, u"SET LOCAL search_path = "_s + m_schema, error) ||
        !exec(query,
              u"DROP TABLE IF EXISTS %1session_capacities, %1seminar_registrations, "
              "%1seminar_sessions"_s.arg(qualified),
              error) ||
        !exec(query, sqlResource(u"schema.sql"_s), error))
        return fail(SeatDatabase::tr("Could not recreate the tables in schema \"%1\": %2")
                        .arg(m_schema, *error));

    query.prepare(u"INSERT INTO seminar_sessions (id, seats) "
                  "SELECT n, seats FROM unnest(?::int[]) WITH ORDINALITY AS t(seats, n)"_s);
    query.addBindValue(intArray(capacities));
    if (!query.exec())
        return fail(errorText(query.lastError()));
    query.prepare(u"INSERT INTO session_capacities (session_id, capacity) "
                  "SELECT n, seats FROM unnest(?::int[]) WITH ORDINALITY AS t(seats, n)"_s);
    query.addBindValue(intArray(capacities));
    if (!query.exec())
        return fail(errorText(query.lastError()));
    if (!exec(query,
              u"SELECT setval(pg_get_serial_sequence('seminar_sessions', 'id'), %1)"_s.arg(
                  capacities.size()),
              error) ||
        !exec(query, u"COMMIT"_s, error))
        return fail(*error);
    return true;
}

std::optional<Audit> SeatDatabase::audit(QString* error) {
    if (!m_auditQuery) {
        m_auditQuery.emplace(m_db);
        m_auditQuery->setForwardOnly(true);
        if (!m_auditQuery->prepare(sqlResource(u"audit.sql"_s))) {
            if (error)
                *error = errorText(m_auditQuery->lastError());
            m_auditQuery.reset();
            return std::nullopt;
        }
    }
    if (!m_auditQuery->exec()) {
        if (error)
            *error = errorText(m_auditQuery->lastError());
        m_auditQuery.reset();
        return std::nullopt;
    }
    Audit audit;
    while (m_auditQuery->next()) {
        audit.sessions.append(
            SessionAudit{m_auditQuery->value(0).toInt(), m_auditQuery->value(1).toInt(),
                         m_auditQuery->value(2).toInt(), m_auditQuery->value(3).toInt()});
    }
    m_auditQuery->finish();
    return audit;
}

} // namespace seatsim
