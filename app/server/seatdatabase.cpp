#include "server/seatdatabase.h"

#include "common/sqlstate.h"
#include "server/connectionsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// What the server said, with its SQLSTATE.
void setServerError(Error& error, const QSqlError& refused) {
    const QString text = refused.databaseText().trimmed();
    error.message = text.isEmpty() ? refused.text().trimmed() : text;
    error.sqlState = refused.nativeErrorCode();
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

bool SeatDatabase::exec(QSqlQuery& query, const QString& sql, Error& error) {
    if (query.exec(sql))
        return true;
    setServerError(error, query.lastError());
    return false;
}

SeatDatabase::SchemaState SeatDatabase::schemaState(Error& error) {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace "
                  "WHERE nspname = ?"_s);
    query.addBindValue(m_schema);
    if (!query.exec()) {
        setServerError(error, query.lastError());
        return SchemaState::Foreign;
    }
    if (!query.next())
        return SchemaState::Missing;
    return query.value(0).toString() == markerComment() ? SchemaState::Ours : SchemaState::Foreign;
}

// The message for a statement the login lacks the right for: which login, what it could
// not do, and the statement an administrator runs to grant it ({login}, {database}).
QString SeatDatabase::missingRight(const Error& error, const QString& action,
                                   const QString& grant) const {
    // What libpq really used, PG* variables and defaults included.
    pg_conn* connection = nativeConnection(m_db);
    const QString login = connection ? QString::fromUtf8(PQuser(connection)) : m_db.userName();
    const QString database = connection ? QString::fromUtf8(PQdb(connection)) : m_db.databaseName();
    return SeatDatabase::tr("The login \"%1\" may not %2 (%3). Ask the server's administrator "
                            "to run:\n    %4")
        .arg(login, action, error.message,
             QString(grant).replace(u"{login}"_s, login).replace(u"{database}"_s, database));
}

bool SeatDatabase::reset(const QList<int>& capacities, Error& error) {
    if (capacities.isEmpty()) {
        error.message = SeatDatabase::tr("A scenario needs at least one session.");
        return false;
    }
    m_auditQuery.reset();
    QSqlQuery query(m_db);
    if (!exec(query, u"BEGIN"_s, error))
        return false;
    // `error` says why; a message in words replaces the server's, its SQLSTATE stays.
    auto fail = [&](const QString& message = {}) {
        if (!message.isEmpty())
            error.message = message;
        query.exec(u"ROLLBACK"_s);
        return false;
    };
    // Take the lock that keeps two resets of one schema apart before looking at it.
    if (!exec(query, u"SET LOCAL lock_timeout = '5s'"_s, error) ||
        !exec(query, u"SET LOCAL client_min_messages = warning"_s, error) ||
        !exec(query, u"SELECT pg_advisory_xact_lock(hashtext('seatsim:' || '%1'))"_s.arg(m_schema),
              error))
        return fail();
    Error stateError;
    switch (schemaState(stateError)) {
    case SchemaState::Foreign:
        if (stateError.isSet()) {
            error = stateError;
            return fail();
        }
        return fail(
            SeatDatabase::tr("The schema \"%1\" exists but was not created by SeatSim, so SeatSim "
                             "will not touch it. Choose another schema with --schema NAME.")
                .arg(m_schema));
    case SchemaState::Missing:
        if (!exec(query, u"CREATE SCHEMA %1"_s.arg(m_schema), error) ||
            !exec(query, u"COMMENT ON SCHEMA %1 IS '%2'"_s.arg(m_schema, markerComment()), error)) {
            if (sqlStateKind(error.sqlState) ==
                SqlStateKind::InsufficientPrivilege) // name the right
                return fail(missingRight(error,
                                         SeatDatabase::tr("create the schema \"%1\"").arg(m_schema),
                                         u"GRANT CREATE ON DATABASE {database} TO {login};"_s));
            return fail(SeatDatabase::tr("Could not create the schema \"%1\": %2")
                            .arg(m_schema, error.message));
        }
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
        !exec(query, sqlResource(u"schema.sql"_s), error)) {
        if (sqlStateKind(error.sqlState) == SqlStateKind::InsufficientPrivilege)
            return fail(missingRight(
                error, SeatDatabase::tr("recreate the tables in schema \"%1\"").arg(m_schema),
                u"ALTER SCHEMA %1 OWNER TO {login};"_s.arg(m_schema)));
        return fail(SeatDatabase::tr("Could not recreate the tables in schema \"%1\": %2")
                        .arg(m_schema, error.message));
    }

    query.prepare(u"INSERT INTO seminar_sessions (id, seats) "
                  "SELECT n, seats FROM unnest(?::int[]) WITH ORDINALITY AS t(seats, n)"_s);
    query.addBindValue(intArray(capacities));
    if (!query.exec()) {
        setServerError(error, query.lastError());
        return fail();
    }
    query.prepare(u"INSERT INTO session_capacities (session_id, capacity) "
                  "SELECT n, seats FROM unnest(?::int[]) WITH ORDINALITY AS t(seats, n)"_s);
    query.addBindValue(intArray(capacities));
    if (!query.exec()) {
        setServerError(error, query.lastError());
        return fail();
    }
    if (!exec(query,
              u"SELECT setval(pg_get_serial_sequence('seminar_sessions', 'id'), %1)"_s.arg(
                  capacities.size()),
              error) ||
        !exec(query, u"COMMIT"_s, error))
        return fail();
    return true;
}

std::optional<Audit> SeatDatabase::audit(Error& error, int seatLimit) {
    if (!m_auditQuery) {
        m_auditQuery.emplace(m_db);
        m_auditQuery->setForwardOnly(true);
        if (!m_auditQuery->prepare(sqlResource(u"audit.sql"_s))) {
            setServerError(error, m_auditQuery->lastError());
            m_auditQuery.reset();
            return std::nullopt;
        }
    }
    m_auditQuery->bindValue(0, qMax(0, seatLimit));
    if (!m_auditQuery->exec()) {
        setServerError(error, m_auditQuery->lastError());
        m_auditQuery.reset();
        return std::nullopt;
    }
    Audit audit;
    audit.seatLimit = qMax(0, seatLimit);
    while (m_auditQuery->next()) {
        const int id = m_auditQuery->value(1).toInt();
        if (m_auditQuery->value(0).toInt() == 0)
            audit.sessions.append(SessionAudit{id, m_auditQuery->value(2).toInt(),
                                               m_auditQuery->value(3).toInt(),
                                               m_auditQuery->value(4).toInt()});
        else
            audit.seatsByStudent.insert(id, m_auditQuery->value(4).toInt());
    }
    m_auditQuery->finish();
    return audit;
}

std::optional<int> SeatDatabase::freeSeats(int session, Error& error) {
    return lookUp(m_freeSeatsQuery, u"SELECT seats FROM seminar_sessions WHERE id = ?"_s, session,
                  error);
}

std::optional<int> SeatDatabase::seatsHeldBy(int user, Error& error) {
    return lookUp(m_seatsHeldQuery,
                  u"SELECT count(*) FROM seminar_registrations WHERE user_id = ?"_s, user, error);
}

// One integer by one key, through a statement prepared on first use and kept.
std::optional<int> SeatDatabase::lookUp(std::optional<QSqlQuery>& query, const QString& sql,
                                        int key, Error& error) {
    if (!query) {
        query.emplace(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            setServerError(error, query->lastError());
            query.reset();
            return std::nullopt;
        }
    }
    query->bindValue(0, key);
    if (!query->exec()) {
        setServerError(error, query->lastError());
        query.reset();
        return std::nullopt;
    }
    std::optional<int> value;
    if (query->next())
        value = query->value(0).toInt();
    query->finish();
    // QPSQL reads a forward-only query row by row and finish() leaves the end of its result
    // on the connection: read it, so that the connection is idle again for whatever the
    // strategy runs next on it through libpq (a script of no SQL checks that it is idle).
    if (pg_conn* conn = nativeConnection(m_db)) {
        while (PGresult* rest = PQgetResult(conn))
            PQclear(rest);
    }
    return value;
}

std::optional<QMap<QPair<int, int>, int>> SeatDatabase::registrations(Error& error) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, sqlResource(u"registrations.sql"_s), error))
        return std::nullopt;
    QMap<QPair<int, int>, int> book;
    while (query.next())
        book.insert({query.value(0).toInt(), query.value(1).toInt()}, query.value(2).toInt());
    return book;
}

} // namespace seatsim
