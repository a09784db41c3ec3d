#pragma once

#include "common/error.h"
#include "script/scriptast.h"

#include <cstdint>
#include <vector>

namespace seatsim {

// Evaluates the expressions of a ScriptProgram against one try's variables (one per slot),
// with pgbench's rules: 64-bit integers that fail on overflow, booleans apart from integers,
// and and/or that evaluate their right side only when needed.
class Evaluator {
public:
    Evaluator(const ScriptProgram& program, const std::vector<ScriptValue>& variables,
              std::uint64_t* rngState, Error& error)
        : m_program(program)
        , m_vars(variables)
        , m_rng(rngState)
        , m_error(error) {}

    // False with the error filled on overflow, division by zero, undefined variables.
    bool evaluate(int node, ScriptValue* result);

private:
    struct Value {
        bool isBool;
        qint64 v;
    };

    bool eval(int index, Value* out);
    bool evalInt(int index, qint64* out);
    bool evalBool(int index, bool* out);
    bool variable(const ScriptExprNode& n, Value* out);
    bool textVariable(const ScriptExprNode& n, const QString& text, Value* out);
    bool negate(const ScriptExprNode& n, Value* out);
    bool logic(const ScriptExprNode& n, Value* out);
    bool binary(const ScriptExprNode& n, Value* out);
    bool random(const ScriptExprNode& n, Value* out);
    bool extreme(const ScriptExprNode& n, Value* out);
    bool absolute(const ScriptExprNode& n, Value* out);
    int argument(const ScriptExprNode& n, int i) const {
        return m_program.arguments[size_t(n.first + i)];
    }
    bool fail(const QString& message);

    const ScriptProgram& m_program;
    const std::vector<ScriptValue>& m_vars;
    std::uint64_t* m_rng;
    Error& m_error;
};

} // namespace seatsim
