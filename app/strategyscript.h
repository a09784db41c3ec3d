#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace seatsim {

// A strategy is a script in the subset of pgbench's language that a seat reservation needs:
// SQL ending in ';' (or in \gset), \set with integer expressions, \gset, \if/\elif/\else/\endif,
// \sleep and :variables. A header of '--' lines carries title, summary (en, de) and kind.
//
// Header keys, before the first command: "title:", "title[de]:", "summary:", "summary[de]:",
// "kind: broken|safe". Further '--' lines continue the latest summary; a bare "--" line
// starts a new paragraph; a blank line ends the header.
//
// Deliberate differences from pgbench: :name is not substituted inside quotes or comments, a
// meta-command may not follow SQL that lacks its ';' (except \gset), and each try of a script
// starts with only the program-provided variables set.

struct ScriptError {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    QString toString() const; // "file:line:column: message"
};

struct ScriptValue {
    enum class Type : std::uint8_t { Unset, Int, Bool, Text };
    Type type = Type::Unset;
    qint64 integer = 0; // Int value, or 0/1 for Bool
    QString text;       // Text only (\gset of a non-integer column)

    static ScriptValue fromInt(qint64 v) { return {Type::Int, v, {}}; }
    static ScriptValue fromBool(bool v) { return {Type::Bool, v ? 1 : 0, {}}; }
    static ScriptValue fromText(const QString& v) { return {Type::Text, 0, v}; }
    bool isSet() const { return type != Type::Unset; }
    // The text pgbench would substitute into SQL.
    void appendTo(QString& out) const;
    QString toString() const;
};

// Expression tree in one flat vector; children are indices into it.
struct ScriptExprNode {
    enum class Op : std::uint8_t {
        Int,
        Bool,
        Var,
        Neg,
        Not,
        Add,
        Sub,
        Mul,
        Div,
        Mod,
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
        And,
        Or,
        Random,
        Least,
        Greatest,
        Abs
    };
    Op op = Op::Int;
    int first = -1;   // operand, or index of the first argument in ScriptProgram::arguments
    int second = -1;  // operand, or argument count
    qint64 value = 0; // literal, or variable slot
    int column = 0;
};

struct SqlPiece {
    QString literal;
    int slot = -1; // variable substituted after the literal, -1 for none
};

struct ScriptCommand {
    enum class Kind : std::uint8_t { Sql, Set, Sleep, If, Elif, Else, Endif };
    Kind kind = Kind::Sql;
    int line = 0;
    int column = 0;

    // Sql
    QString sql;                  // as written, without the terminating ';'
    std::vector<SqlPiece> pieces; // sql split at :variables
    bool gset = false;
    QString gsetPrefix;
    bool isCommit = false; // COMMIT or END: a lost connection leaves its outcome unknown

    // Set: slot = expr. If/Elif: expr is the condition. Sleep: expr is the amount.
    int slot = -1;
    int expr = -1;
    qint64 sleepUnitUs = 1'000'000;

    // If/Elif: where to go when the condition is false (the next Elif, Else or Endif).
    // If/Elif/Else: the matching Endif, where a taken branch continues at its end.
    int jump = -1;
    int end = -1;
};

class StrategyScript {
    Q_DECLARE_TR_FUNCTIONS(StrategyScript)

public:
    enum class Kind { Unspecified, Broken, Safe };
    static constexpr qsizetype maxSourceSize = 1024 * 1024;
    static constexpr int maxNesting = 64;
    static constexpr qint64 maxSleepUs = 3600LL * 1'000'000;

    StrategyScript() = default;

    // Returns a null script and fills *error when the text is not a valid script.
    // providedVariables are set by the program before each try (e.g. sessions, think_ms).
    static StrategyScript parse(const QString& text, const QString& fileName,
                                const QStringList& providedVariables, ScriptError* error);
    // Reads a file (size limit, strict UTF-8) and parses it.
    static StrategyScript load(const QString& path, const QStringList& providedVariables,
                               ScriptError* error);

    bool isNull() const { return !d; }
    QString id() const; // file base name, e.g. "for-update"
    QString fileName() const;
    QString source() const;
    QString title(const QString& lang = QStringLiteral("en")) const; // "de" falls back to en
    QString summary(const QString& lang = QStringLiteral("en")) const;
    Kind kind() const;
    bool isBroken() const { return kind() == Kind::Broken; }

    const std::vector<ScriptCommand>& commands() const;
    const std::vector<ScriptExprNode>& expressionNodes() const;
    const std::vector<int>& arguments() const;
    // Slot i holds the variable named variableNames()[i].
    const QStringList& variableNames() const;
    int slotOf(const QString& name) const; // -1 when the script never mentions the name
    bool isProvided(int slot) const;

    // Evaluates expression node `expr` (e.g. commands()[i].expr) against `variables`
    // (one per slot). False with *error on overflow, division by zero, undefined variables.
    bool evaluate(int expr, const std::vector<ScriptValue>& variables, std::uint64_t* rngState,
                  ScriptValue* result, QString* error) const;
    // Appends the SQL of command `index` with :variables substituted.
    bool substitute(int index, const std::vector<ScriptValue>& variables, QString* out,
                    QString* error) const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

// The variables the program sets before each try.
QStringList standardProvidedVariables();

// Built-in ids in catalogue order.
QStringList builtinStrategyIds();
// One built-in by id; a null script when there is none of that id.
StrategyScript builtinStrategy(const QString& id,
                               const QStringList& providedVariables = standardProvidedVariables());
// Loaded from ":/sql/strategies/<id>.sql", ordered as builtinStrategyIds().
QList<StrategyScript>
builtinStrategies(const QStringList& providedVariables = standardProvidedVariables());

// Small, fast and seedable: each runner owns one state; a retry restores the state of its try
// so it repeats the same random choices, as pgbench --max-tries does.
std::uint64_t scriptRandomSeed();
qint64 scriptRandom(std::uint64_t* state, qint64 low, qint64 high); // low <= high, span < 2^63

} // namespace seatsim
