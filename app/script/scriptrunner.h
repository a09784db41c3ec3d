#pragma once

#include "script/strategyscript.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

struct pg_conn;
struct pg_result;

namespace seatsim {

class StopToken;

enum class TryOutcome : std::uint8_t {
    Success,
    Stopped,              // a stop request ended the try
    SerializationFailure, // 40001: retry the whole script
    Deadlock,             // 40P01: retry the whole script
    ConnectionLost,       // the connection is gone; reconnect before the next try
    CommitUnknown,        // the connection was lost during COMMIT: it may or may not have happened
    SqlError,             // any other SQL error (constraint, syntax, ...)
    ScriptError,          // a run-time error of the script (undefined variable, overflow, \gset)
};

QString toString(TryOutcome outcome); // stable English identifier, e.g. "deadlock"

struct TryResult {
    TryOutcome outcome = TryOutcome::Success;
    QString sqlState; // empty when the server sent none
    QString message;
    QString detail;   // the server's DETAIL, e.g. the cycle of a deadlock
    int command = -1; // index into StrategyScript::commands() of the failing command
    int line = 0;
    // The runner ended an open transaction with ROLLBACK. When that ROLLBACK fails, the try
    // is ConnectionLost and its message says so.
    bool rolledBack = false;

    bool ok() const { return outcome == TryOutcome::Success; }
    bool isRetryable() const {
        return outcome == TryOutcome::SerializationFailure || outcome == TryOutcome::Deadlock;
    }
};

// One executed SQL statement or \sleep; times in nanoseconds since the caller's clock origin.
struct StatementTrace {
    int command = -1;
    qint64 startNs = 0;
    qint64 endNs = 0;
    std::array<char, 6> sqlState{}; // NUL-terminated, empty on success

    bool failed() const { return sqlState[0] != 0; }
};

// Called in the runner's thread around each SQL statement; may block (step-by-step mode).
class ScriptObserver {
public:
    virtual ~ScriptObserver() = default;
    virtual void beforeStatement(int command, int line, const QString& sql) = 0;
    virtual void afterStatement(int command, int line, const StatementTrace& trace) = 0;
    // Before afterStatement, while the statement's result is alive (null without a connection).
    virtual void statementResult(int /*command*/, const pg_result* /*result*/) {}
};

// Runs tries of one strategy script on an open QPSQL connection, in the thread that created
// it (the thread that owns the connection). Variables live in a vector indexed by slot.
class ScriptRunner {
    Q_DECLARE_TR_FUNCTIONS(ScriptRunner)

public:
    ScriptRunner(const StrategyScript& script, const QSqlDatabase& db, StopToken* stop = nullptr);
    ~ScriptRunner();
    ScriptRunner(const ScriptRunner&) = delete;
    ScriptRunner& operator=(const ScriptRunner&) = delete;

    const StrategyScript& script() const { return m_script; }

    // Slots are fixed by the script; resolve them once. -1 when the script never uses the name.
    int slotOf(const QString& name) const { return m_script.slotOf(name); }
    void setVariable(int slot, qint64 value);
    bool setVariable(const QString& name, qint64 value); // false if the script lacks the name
    const ScriptValue& variable(int slot) const;         // Unset for slot -1
    // The integer value of a variable after a try, or fallback when unset or not an integer.
    qint64 intVariable(int slot, qint64 fallback = 0) const;

    void setClockOrigin(const QElapsedTimer& origin) { m_clock = origin; }
    void setObserver(ScriptObserver* observer) { m_observer = observer; }
    void seedRandom(std::uint64_t seed) { m_rng = seed; }

    // One try. Variables that the program does not provide start unset. With repeatRandom the
    // try draws the same random numbers as the previous one, as a pgbench retry does.
    TryResult run(bool repeatRandom = false);

    // The statements and sleeps of the last try, in order.
    const std::vector<StatementTrace>& trace() const { return m_trace; }

private:
    struct Utf8Piece {
        QByteArray literal;
        int slot = -1;
    };

    qint64 now() const { return m_clock.nsecsElapsed(); }
    bool substitute(int index, TryResult* result);
    void storeGset(int index, const pg_result* res);
    bool execSql(int index, TryResult* result);
    bool sleep(int index, TryResult* result);
    bool branch(int* pc, TryResult* result);
    bool condition(int index, bool* value, TryResult* result);
    void fail(TryResult* result, TryOutcome outcome, int index, const QString& message,
              const QString& sqlState = {});
    void classifySqlError(TryResult* result, int index, const QString& sqlState,
                          const QString& message);
    void rollbackIfNeeded(TryResult* result);
    bool connectionBad() const;

    StrategyScript m_script;
    QSqlDatabase m_db;
    StopToken* m_stop = nullptr;
    ScriptObserver* m_observer = nullptr;
    QElapsedTimer m_clock;
    std::uint64_t m_rng = 0;
    std::uint64_t m_rngAtStart = 0;
    std::vector<ScriptValue> m_vars;
    std::vector<std::vector<Utf8Piece>> m_pieces; // per command: UTF-8 literals and slots
    std::vector<std::vector<int>> m_gsetSlots;    // per command: slot per result column
    std::vector<bool> m_gsetResolved;
    std::vector<StatementTrace> m_trace;
    pg_conn* m_conn = nullptr; // QPSQL's connection, looked up once per try
    QByteArray m_sql; // the statement being sent, reused to spare an allocation per statement
};

} // namespace seatsim
