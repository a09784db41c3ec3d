// libFuzzer target for the strategy script parser and expression evaluator:
// every input must parse or give an error, never crash, hang or overflow.
#include "script/strategyscript.h"

#include <QString>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace seatsim;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Error error;
    const StrategyScript script =
        StrategyScript::parse(text, QStringLiteral("fuzz.sql"), standardProvidedVariables(), error);
    if (script.isNull())
        return 0;
    // Evaluate every \set, \if and \sleep expression with the provided variables set.
    std::vector<ScriptValue> variables(size_t(script.variableNames().size()));
    for (qsizetype slot = 0; slot < script.variableNames().size(); ++slot) {
        if (script.isProvided(int(slot)))
            variables[size_t(slot)] = ScriptValue::fromInt(7);
    }
    std::uint64_t rng = 1;
    for (size_t i = 0; i < script.commands().size(); ++i) {
        const ScriptCommand& command = script.commands()[i];
        Error runError;
        if (command.expr >= 0) {
            ScriptValue value;
            if (script.evaluate(command.expr, variables, &rng, &value, runError) &&
                command.slot >= 0)
                variables[size_t(command.slot)] = value;
        } else if (command.kind == ScriptCommand::Kind::Sql) {
            QString sql;
            script.substitute(int(i), variables, &sql, runError);
        }
    }
    return 0;
}
