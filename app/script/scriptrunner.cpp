#include "script/scriptrunner.h"

#include "server/connectionsettings.h"

#include "common/sqlstate.h"
#include "common/stoptoken.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

const ScriptValue unsetValue;

} // namespace

QString toString(TryOutcome outcome) {
    switch (outcome) {
    case TryOutcome::Success:
        return u"success"_s;
    case TryOutcome::Stopped:
        return u"stopped"_s;
    case TryOutcome::SerializationFailure:
        return u"serialization-failure"_s;
    case TryOutcome::Deadlock:
        return u"deadlock"_s;
    case TryOutcome::ConnectionLost:
        return u"connection-lost"_s;
    case TryOutcome::CommitUnknown:
        return u"commit-unknown"_s;
    case TryOutcome::SqlError:
        return u"sql-error"_s;
    case TryOutcome::ScriptError:
        return u"script-error"_s;
    }
    return {};
}

ScriptRunner::ScriptRunner(const StrategyScript& script, const QSqlDatabase& db, StopToken* stop)
    : m_script(script)
    , m_db(db)
    , m_stop(stop)
    , m_rng(scriptRandomSeed())
    , m_vars(size_t(script.variableNames().size()))
    , m_pieces(script.commands().size())
    , m_gsetSlots(script.commands().size())
    , m_gsetResolved(script.commands().size(), false) {
    m_clock.start();
    for (size_t i = 0; i < script.commands().size(); ++i) {
        const ScriptCommand& command = script.commands()[i];
        if (command.kind != ScriptCommand::Kind::Sql)
            continue;
        for (const seatsim::SqlPiece& piece : command.pieces)
            m_pieces[i].push_back({piece.literal.toUtf8(), piece.slot});
    }
    m_trace.reserve(script.commands().size() + 4);
    m_sql.reserve(512);
}

ScriptRunner::~ScriptRunner() = default;

void ScriptRunner::setVariable(int slot, qint64 value) {
    if (slot >= 0 && size_t(slot) < m_vars.size())
        m_vars[size_t(slot)] = ScriptValue::fromInt(value);
}

bool ScriptRunner::setVariable(const QString& name, qint64 value) {
    const int slot = slotOf(name);
    setVariable(slot, value);
    return slot >= 0;
}

const ScriptValue& ScriptRunner::variable(int slot) const {
    if (slot < 0 || size_t(slot) >= m_vars.size())
        return unsetValue;
    return m_vars[size_t(slot)];
}

qint64 ScriptRunner::intVariable(int slot, qint64 fallback) const {
    const ScriptValue& v = variable(slot);
    switch (v.type) {
    case ScriptValue::Type::Int:
    case ScriptValue::Type::Bool:
        return v.integer;
    case ScriptValue::Type::Text: {
        bool ok = false;
        const qint64 value = QStringView(v.text).trimmed().toLongLong(&ok);
        return ok ? value : fallback;
    }
    case ScriptValue::Type::Unset:
        break;
    }
    return fallback;
}

TryResult ScriptRunner::run(bool repeatRandom) {
    if (repeatRandom)
        m_rng = m_rngAtStart;
    else
        m_rngAtStart = m_rng;
    for (size_t i = 0; i < m_vars.size(); ++i) {
        if (!m_script.isProvided(int(i)))
            m_vars[i] = ScriptValue();
    }
    m_trace.clear();
    m_conn = nativeConnection(m_db);

    TryResult result;
    const std::vector<ScriptCommand>& commands = m_script.commands();
    const int count = int(commands.size());
    int pc = 0;
    bool ok = true;
    while (ok && pc < count) {
        if (m_stop && m_stop->stopRequested()) {
            fail(&result, TryOutcome::Stopped, pc, ScriptRunner::tr("stopped"));
            ok = false;
            break;
        }
        const ScriptCommand& command = commands[size_t(pc)];
        switch (command.kind) {
        case ScriptCommand::Kind::Sql:
            ok = execSql(pc, &result);
            ++pc;
            break;
        case ScriptCommand::Kind::Set: {
            Error error;
            ScriptValue value;
            ok = m_script.evaluate(command.expr, m_vars, &m_rng, &value, error);
            if (ok)
                m_vars[size_t(command.slot)] = std::move(value);
            else
                fail(&result, TryOutcome::ScriptError, pc, error.message);
            ++pc;
            break;
        }
        case ScriptCommand::Kind::Sleep:
            ok = sleep(pc, &result);
            ++pc;
            break;
        case ScriptCommand::Kind::If:
            ok = branch(&pc, &result);
            break;
        case ScriptCommand::Kind::Elif:
        case ScriptCommand::Kind::Else:
            pc = command.end + 1; // the branch before was taken
            break;
        case ScriptCommand::Kind::Endif:
            ++pc;
            break;
        }
    }
    if (ok) {
        PGconn* conn = nativeConnection(m_db);
        if (conn && PQtransactionStatus(conn) != PQTRANS_IDLE) {
            fail(&result, TryOutcome::ScriptError, count - 1,
                 ScriptRunner::tr("the script ended inside a transaction (add COMMIT at its end)"));
            ok = false;
        }
    }
    if (!ok)
        rollbackIfNeeded(&result);
    return result;
}

// pc points at an \if; moves it to the first command of the branch to run.
bool ScriptRunner::branch(int* pc, TryResult* result) {
    const std::vector<ScriptCommand>& commands = m_script.commands();
    int index = *pc;
    while (true) {
        const ScriptCommand& command = commands[size_t(index)];
        if (command.kind == ScriptCommand::Kind::If || command.kind == ScriptCommand::Kind::Elif) {
            bool value = false;
            if (!condition(index, &value, result))
                return false;
            if (value) {
                *pc = index + 1;
                return true;
            }
            index = command.jump;
        } else {
            *pc = index + 1; // \else or \endif
            return true;
        }
    }
}

bool ScriptRunner::condition(int index, bool* value, TryResult* result) {
    Error error;
    ScriptValue v;
    if (!m_script.evaluate(m_script.commands()[size_t(index)].expr, m_vars, &m_rng, &v, error)) {
        fail(result, TryOutcome::ScriptError, index, error.message);
        return false;
    }
    *value = v.integer != 0;
    return true;
}

bool ScriptRunner::sleep(int index, TryResult* result) {
    const ScriptCommand& command = m_script.commands()[size_t(index)];
    Error error;
    ScriptValue amount;
    if (!m_script.evaluate(command.expr, m_vars, &m_rng, &amount, error)) {
        fail(result, TryOutcome::ScriptError, index, error.message);
        return false;
    }
    if (amount.type != ScriptValue::Type::Int || amount.integer < 0 ||
        amount.integer > StrategyScript::maxSleepUs / command.sleepUnitUs) {
        fail(result, TryOutcome::ScriptError, index,
             ScriptRunner::tr("\\sleep %1 is out of range (0 up to an hour)")
                 .arg(amount.toString()));
        return false;
    }
    StatementTrace trace;
    trace.command = index;
    trace.startNs = now();
    bool completed = true;
    const std::chrono::microseconds duration(amount.integer * command.sleepUnitUs);
    if (m_stop) {
        completed = m_stop->sleepFor(duration);
    } else if (duration.count() > 0) {
        StopToken local;
        local.sleepFor(duration);
    }
    trace.endNs = now();
    m_trace.push_back(trace);
    if (!completed)
        fail(result, TryOutcome::Stopped, index, ScriptRunner::tr("stopped"));
    return completed;
}

// Builds the statement in m_sql, as UTF-8: what libpq sends, and what pgbench -M simple sends.
bool ScriptRunner::substitute(int index, TryResult* result) {
    m_sql.resize(0);
    for (const Utf8Piece& piece : m_pieces[size_t(index)]) {
        m_sql.append(piece.literal);
        if (piece.slot < 0)
            continue;
        const ScriptValue& v = m_vars[size_t(piece.slot)];
        switch (v.type) {
        case ScriptValue::Type::Int: {
            char buffer[24];
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, v.integer).ptr;
            m_sql.append(buffer, end - buffer);
            break;
        }
        case ScriptValue::Type::Bool:
            m_sql.append(v.integer ? "true" : "false");
            break;
        case ScriptValue::Type::Text:
            m_sql.append(v.text.toUtf8());
            break;
        case ScriptValue::Type::Unset: {
            QString text;
            Error error;
            m_script.substitute(index, m_vars, &text, error); // words the error
            fail(result, TryOutcome::ScriptError, index, error.message);
            return false;
        }
        }
    }
    return true;
}

void ScriptRunner::storeGset(int index, const pg_result* constRes) {
    auto* res = const_cast<PGresult*>(constRes);
    const int columns = PQnfields(res);
    std::vector<int>& slots = m_gsetSlots[size_t(index)];
    if (!m_gsetResolved[size_t(index)]) {
        const QString& prefix = m_script.commands()[size_t(index)].gsetPrefix;
        slots.resize(size_t(columns));
        for (int i = 0; i < columns; ++i)
            slots[size_t(i)] = m_script.slotOf(prefix + QString::fromUtf8(PQfname(res, i)));
        m_gsetResolved[size_t(index)] = true;
    }
    for (int i = 0; i < columns && size_t(i) < slots.size(); ++i) {
        if (slots[size_t(i)] < 0)
            continue;
        ScriptValue& var = m_vars[size_t(slots[size_t(i)])];
        if (PQgetisnull(res, 0, i)) {
            var = ScriptValue::fromText(QString()); // pgbench stores NULL as an empty string
            continue;
        }
        const char* text = PQgetvalue(res, 0, i);
        // The type OIDs of int2, int4, int8, oid and bool are fixed in PostgreSQL's catalogue.
        switch (PQftype(res, i)) {
        case 20:
        case 21:
        case 23:
        case 26: {
            qint64 value = 0;
            const char* end = text + std::strlen(text);
            if (std::from_chars(text, end, value).ec == std::errc())
                var = ScriptValue::fromInt(value);
            else
                var = ScriptValue::fromText(QString::fromUtf8(text));
            break;
        }
        case 16:
            var = ScriptValue::fromBool(text[0] == 't');
            break;
        default:
            var = ScriptValue::fromText(QString::fromUtf8(text));
            break;
        }
    }
}

// libpq directly on the connection that QPSQL opened: a QSqlQuery costs more client time per
// statement (error objects, records, UTF-16 round trips) than the server spends on these
// small statements, and a load tester must not be slower than pgbench.
bool ScriptRunner::execSql(int index, TryResult* result) {
    const ScriptCommand& command = m_script.commands()[size_t(index)];
    if (!substitute(index, result))
        return false;
    if (m_observer)
        m_observer->beforeStatement(index, command.line, QString::fromUtf8(m_sql));

    PGconn* conn = m_conn;
    StatementTrace trace;
    trace.command = index;
    trace.startNs = now();
    PGresult* res = conn ? PQexec(conn, m_sql.constData()) : nullptr;
    const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    bool ok =
        status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    const int rows = status == PGRES_TUPLES_OK ? PQntuples(res) : 0;
    if (ok && command.gset && rows == 1)
        storeGset(index, res);
    trace.endNs = now();

    QString state;
    QString message;
    if (!ok) {
        const char* code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        if (code && *code) {
            std::copy_n(code, std::min<size_t>(std::strlen(code), 5), trace.sqlState.begin());
            state = QString::fromLatin1(code);
        } else {
            trace.sqlState = {'?', 0};
        }
        const char* primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        message = QString::fromUtf8(primary && *primary ? primary
                                    : conn              ? PQerrorMessage(conn)
                                                        : "no connection");
        // A deadlock's DETAIL names the cycle ("Process 1 waits for ... blocked by process 2").
        const char* detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : nullptr;
        result->detail = QString::fromUtf8(detail ? detail : "");
    }
    if (m_observer)
        m_observer->statementResult(index, res);
    PQclear(res);
    m_trace.push_back(trace);
    if (m_observer)
        m_observer->afterStatement(index, command.line, trace);

    if (!ok) {
        classifySqlError(result, index, state, message);
        return false;
    }
    if (command.gset && rows != 1) {
        fail(result, TryOutcome::ScriptError, index,
             ScriptRunner::tr("\\gset expects exactly one row, but the query returned %1")
                 .arg(rows));
        return false;
    }
    return true;
}

void ScriptRunner::fail(TryResult* result, TryOutcome outcome, int index, const QString& message,
                        const QString& sqlState) {
    result->outcome = outcome;
    result->message = message;
    result->sqlState = sqlState;
    result->command = index;
    const auto& commands = m_script.commands();
    result->line = index >= 0 && size_t(index) < commands.size() ? commands[size_t(index)].line : 0;
}

void ScriptRunner::classifySqlError(TryResult* result, int index, const QString& sqlState,
                                    const QString& message) {
    TryOutcome outcome = TryOutcome::SqlError;
    const SqlStateKind kind = sqlStateKind(sqlState);
    // After a server crash QPSQL reports the first failure with no SQLSTATE while isOpen()
    // is still true; only libpq's status tells the truth.
    if (connectionBad() || kind == SqlStateKind::ConnectionLost) {
        outcome = m_script.commands()[size_t(index)].isCommit ? TryOutcome::CommitUnknown
                                                              : TryOutcome::ConnectionLost;
    } else if (kind == SqlStateKind::SerializationFailure) {
        outcome = TryOutcome::SerializationFailure;
    } else if (kind == SqlStateKind::Deadlock) {
        outcome = TryOutcome::Deadlock;
    }
    fail(result, outcome, index, message.trimmed(), sqlState);
}

bool ScriptRunner::connectionBad() const {
    if (!m_db.isOpen())
        return true;
    PGconn* conn = nativeConnection(m_db);
    return conn && PQstatus(conn) == CONNECTION_BAD;
}

void ScriptRunner::rollbackIfNeeded(TryResult* result) {
    if (connectionBad())
        return;
    PGconn* conn = nativeConnection(m_db);
    if (!conn)
        return;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    if (status != PQTRANS_INTRANS && status != PQTRANS_INERROR)
        return;
    PGresult* rollback = PQexec(conn, "ROLLBACK");
    if (PQresultStatus(rollback) == PGRES_COMMAND_OK) {
        PQclear(rollback);
        result->rolledBack = true;
        return;
    }
    const QString why =
        QString::fromUtf8(rollback ? PQresultErrorMessage(rollback) : PQerrorMessage(conn))
            .trimmed();
    PQclear(rollback);
    // The transaction may still be open, and the next try would run inside it: this
    // connection is done, as if it were lost.
    result->message =
        ScriptRunner::tr("%1; then the ROLLBACK failed too: %2")
            .arg(result->message.isEmpty() ? toString(result->outcome) : result->message, why);
    if (result->outcome != TryOutcome::CommitUnknown)
        result->outcome = TryOutcome::ConnectionLost;
}

} // namespace seatsim
