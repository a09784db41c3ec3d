#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

// What a parsed strategy script is made of: values, expression nodes and commands, held in
// one ScriptProgram. The parser (scriptparser, exprparser) builds it, the evaluator and the
// ScriptRunner read it; StrategyScript hands it out.

namespace seatsim {

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

struct ScriptProgram {
    std::vector<ScriptCommand> commands;
    std::vector<ScriptExprNode> nodes;
    std::vector<int> arguments; // function arguments, as node indices
    QStringList names;          // slot i holds the variable names[i]
    QHash<QString, int> slots;
    std::vector<bool> provided;  // per slot: set by the program before each try
    std::vector<bool> mentioned; // per slot: written somewhere in the script's text
};

// The meta-commands the language has, in the order the parser names them in its messages.
// The parser dispatches on this list and the editor's highlighter colours exactly these.
enum class MetaCommand : std::uint8_t { Set, Sleep, Gset, If, Elif, Else, Endif };

struct MetaCommandName {
    QLatin1StringView name; // without the backslash, lower case
    MetaCommand command;
};

inline constexpr MetaCommandName metaCommandNames[] = {
    {QLatin1StringView("set"), MetaCommand::Set},
    {QLatin1StringView("sleep"), MetaCommand::Sleep},
    {QLatin1StringView("gset"), MetaCommand::Gset},
    {QLatin1StringView("if"), MetaCommand::If},
    {QLatin1StringView("elif"), MetaCommand::Elif},
    {QLatin1StringView("else"), MetaCommand::Else},
    {QLatin1StringView("endif"), MetaCommand::Endif},
};

// A meta-command name is read as the letters after the backslash, in any case.
std::optional<MetaCommand> metaCommandNamed(QStringView name);

} // namespace seatsim
