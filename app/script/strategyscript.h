#pragma once

#include "common/error.h"
#include "script/scriptast.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace seatsim {

// A strategy is a script in the subset of pgbench's language that a seat reservation needs:
// SQL ending in ';' (or in \gset), \set with integer expressions, \gset, \if/\elif/\else/\endif,
// \sleep and :variables. A header of '--' lines carries title, summary (en, de) and kind.
//
// Header keys, before the first command: "title:", "title[de]:", "summary:", "summary[de]:",
// "kind: broken|safe", "demo: think 150 ms, pause 100 ms" (see DemoLoad). Further '--' lines
// continue the latest summary; a bare "--" line starts a new paragraph; a blank line ends the
// header.
//
// Deliberate differences from pgbench: :name is not substituted inside quotes or comments, a
// meta-command may not follow SQL that lacks its ';' (except \gset), and each try of a script
// starts with only the program-provided variables set.

// The load the window demonstrates a strategy with, from its "demo:" header line: a
// comma-separated list of "threads N", "per-thread N", "think N ms", "pause N ms". What it
// leaves out stays at the window's defaults.
struct DemoLoad {
    std::optional<int> threads;
    std::optional<int> perThread;
    std::optional<int> thinkMs;
    std::optional<int> pauseMs;

    bool isEmpty() const { return !threads && !perThread && !thinkMs && !pauseMs; }
};

class StrategyScript {
    Q_DECLARE_TR_FUNCTIONS(StrategyScript)

public:
    enum class Kind { Unspecified, Broken, Safe };
    static constexpr qsizetype maxSourceSize = 1024 * 1024;
    static constexpr int maxNesting = 64;
    static constexpr qint64 maxSleepUs = 3600LL * 1'000'000;

    StrategyScript() = default;

    // Returns a null script and fills `error` when the text is not a valid script.
    // providedVariables are set by the program before each try (e.g. sessions, think_ms).
    static StrategyScript parse(const QString& text, const QString& fileName,
                                const QStringList& providedVariables, Error& error);
    // Reads a file (size limit, strict UTF-8) and parses it.
    static StrategyScript load(const QString& path, const QStringList& providedVariables,
                               Error& error);

    bool isNull() const { return !d; }
    QString id() const; // file base name, e.g. "for-update"
    QString fileName() const;
    QString source() const;
    QString title(const QString& lang = QStringLiteral("en")) const; // "de" falls back to en
    QString summary(const QString& lang = QStringLiteral("en")) const;
    Kind kind() const;
    DemoLoad demoLoad() const;
    bool isBroken() const { return kind() == Kind::Broken; }

    const std::vector<ScriptCommand>& commands() const;
    const std::vector<ScriptExprNode>& expressionNodes() const;
    // Slot i holds the variable named variableNames()[i].
    const QStringList& variableNames() const;
    int slotOf(const QString& name) const; // -1 when neither script nor program knows the name
    bool isProvided(int slot) const;
    // Whether the script's own text writes the name (a provided variable it never uses: no).
    bool mentions(const QString& name) const;

    // Evaluates expression node `expr` (e.g. commands()[i].expr) against `variables`
    // (one per slot). False with the error's message filled on overflow, division by zero,
    // undefined variables.
    bool evaluate(int expr, const std::vector<ScriptValue>& variables, std::uint64_t* rngState,
                  ScriptValue* result, Error& error) const;
    // Appends the SQL of command `index` with :variables substituted; false for an unset one.
    bool substitute(int index, const std::vector<ScriptValue>& variables, QString* out,
                    Error& error) const;

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
