#include "script/evaluator.h"

#include "common/splitmix64.h"

#include "script/strategyscript.h"

#include <QRandomGenerator>

#include <limits>
#include <optional>

namespace seatsim {

namespace {

constexpr qint64 minInt = std::numeric_limits<qint64>::min();

std::optional<bool> compare(ScriptExprNode::Op op, qint64 a, qint64 b) {
    using Op = ScriptExprNode::Op;
    switch (op) {
    case Op::Eq:
        return a == b;
    case Op::Ne:
        return a != b;
    case Op::Lt:
        return a < b;
    case Op::Le:
        return a <= b;
    case Op::Gt:
        return a > b;
    case Op::Ge:
        return a >= b;
    default:
        return std::nullopt;
    }
}

// The high and low words of a * b.
struct Product {
    std::uint64_t high;
    std::uint64_t low;
};

Product multiply(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t mask = 0xffffffffULL;
    const std::uint64_t aLow = a & mask, aHigh = a >> 32;
    const std::uint64_t bLow = b & mask, bHigh = b >> 32;
    const std::uint64_t lowLow = aLow * bLow;
    const std::uint64_t lowHigh = aLow * bHigh;
    const std::uint64_t highLow = aHigh * bLow;
    // at most (2^32 - 1)^2 + 2 (2^32 - 1) = 2^64 - 1: no carry is lost
    const std::uint64_t middle = (lowLow >> 32) + (lowHigh & mask) + highLow;
    return {aHigh * bHigh + (lowHigh >> 32) + (middle >> 32), (middle << 32) | (lowLow & mask)};
}

} // namespace

bool Evaluator::evaluate(int node, ScriptValue* result) {
    Value v;
    if (!eval(node, &v))
        return false;
    *result = v.isBool ? ScriptValue::fromBool(v.v) : ScriptValue::fromInt(v.v);
    return true;
}

bool Evaluator::fail(const QString& message) {
    m_error = Error();
    m_error.message = message;
    return false;
}

bool Evaluator::evalInt(int index, qint64* out) {
    Value v;
    if (!eval(index, &v))
        return false;
    if (v.isBool)
        return fail(StrategyScript::tr("a boolean cannot be used as an integer (column %1)")
                        .arg(m_program.nodes[size_t(index)].column));
    *out = v.v;
    return true;
}

bool Evaluator::evalBool(int index, bool* out) {
    Value v;
    if (!eval(index, &v))
        return false;
    *out = v.v != 0;
    return true;
}

bool Evaluator::eval(int index, Value* out) {
    using Op = ScriptExprNode::Op;
    const ScriptExprNode& n = m_program.nodes[size_t(index)];
    switch (n.op) {
    case Op::Int:
        *out = {false, n.value};
        return true;
    case Op::Bool:
        *out = {true, n.value};
        return true;
    case Op::Var:
        return variable(n, out);
    case Op::Neg:
        return negate(n, out);
    case Op::Not: {
        bool a;
        if (!evalBool(n.first, &a))
            return false;
        *out = {true, !a};
        return true;
    }
    case Op::And:
    case Op::Or:
        return logic(n, out);
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
        return binary(n, out);
    case Op::Random:
        return random(n, out);
    case Op::Least:
    case Op::Greatest:
        return extreme(n, out);
    case Op::Abs:
        return absolute(n, out);
    }
    return false;
}

bool Evaluator::variable(const ScriptExprNode& n, Value* out) {
    const ScriptValue& var = m_vars[size_t(n.value)];
    switch (var.type) {
    case ScriptValue::Type::Int:
        *out = {false, var.integer};
        return true;
    case ScriptValue::Type::Bool:
        *out = {true, var.integer};
        return true;
    case ScriptValue::Type::Unset:
        return fail(StrategyScript::tr("undefined variable :%1").arg(m_program.names[n.value]));
    case ScriptValue::Type::Text:
        return textVariable(n, var.text, out);
    }
    return false;
}

// A \gset column holds text; it counts as an integer or a boolean the way pgbench reads it.
bool Evaluator::textVariable(const ScriptExprNode& n, const QString& text, Value* out) {
    const QStringView t = QStringView(text).trimmed();
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (ok) {
        *out = {false, v};
        return true;
    }
    for (const auto word : {u"true", u"t", u"on", u"yes"}) {
        if (t.compare(QStringView(word), Qt::CaseInsensitive) == 0) {
            *out = {true, 1};
            return true;
        }
    }
    for (const auto word : {u"false", u"f", u"off", u"no"}) {
        if (t.compare(QStringView(word), Qt::CaseInsensitive) == 0) {
            *out = {true, 0};
            return true;
        }
    }
    return fail(StrategyScript::tr("variable :%1 holds \"%2\", which is not an integer")
                    .arg(m_program.names[n.value], text.left(40)));
}

bool Evaluator::negate(const ScriptExprNode& n, Value* out) {
    qint64 a;
    if (!evalInt(n.first, &a))
        return false;
    if (a == minInt)
        return fail(StrategyScript::tr("integer out of range in negation"));
    *out = {false, -a};
    return true;
}

// and/or: the right side only when the left does not decide, as pgbench does.
bool Evaluator::logic(const ScriptExprNode& n, Value* out) {
    bool a;
    if (!evalBool(n.first, &a))
        return false;
    if (a == (n.op == ScriptExprNode::Op::Or)) {
        *out = {true, a};
        return true;
    }
    bool b;
    if (!evalBool(n.second, &b))
        return false;
    *out = {true, b};
    return true;
}

bool Evaluator::binary(const ScriptExprNode& n, Value* out) {
    using Op = ScriptExprNode::Op;
    qint64 a, b, r = 0;
    if (!evalInt(n.first, &a) || !evalInt(n.second, &b))
        return false;
    if (const std::optional<bool> truth = compare(n.op, a, b)) {
        *out = {true, *truth};
        return true;
    }
    bool overflow = false;
    switch (n.op) {
    case Op::Add:
        overflow = __builtin_add_overflow(a, b, &r);
        break;
    case Op::Sub:
        overflow = __builtin_sub_overflow(a, b, &r);
        break;
    case Op::Mul:
        overflow = __builtin_mul_overflow(a, b, &r);
        break;
    case Op::Div:
    case Op::Mod:
        if (b == 0)
            return fail(StrategyScript::tr("division by zero"));
        if (b == -1) {
            // INT64_MIN / -1 traps in C++; pgbench reports it as out of range
            overflow = n.op == Op::Div && a == minInt;
            r = n.op == Op::Div && !overflow ? -a : 0;
        } else {
            r = n.op == Op::Div ? a / b : a % b;
        }
        break;
    default:
        break;
    }
    if (overflow)
        return fail(
            StrategyScript::tr("integer out of range (overflow) at column %1").arg(n.column));
    *out = {false, r};
    return true;
}

bool Evaluator::random(const ScriptExprNode& n, Value* out) {
    qint64 low, high;
    if (!evalInt(argument(n, 0), &low) || !evalInt(argument(n, 1), &high))
        return false;
    if (low > high)
        return fail(
            StrategyScript::tr("random(%1, %2): the lower bound is greater than the upper bound")
                .arg(low)
                .arg(high));
    if (quint64(high) - quint64(low) >= quint64(std::numeric_limits<qint64>::max()))
        return fail(
            StrategyScript::tr("random(%1, %2): the range is too large").arg(low).arg(high));
    *out = {false, scriptRandom(m_rng, low, high)};
    return true;
}

// least(...) and greatest(...)
bool Evaluator::extreme(const ScriptExprNode& n, Value* out) {
    const bool least = n.op == ScriptExprNode::Op::Least;
    qint64 best = 0;
    for (int i = 0; i < n.second; ++i) {
        qint64 v;
        if (!evalInt(argument(n, i), &v))
            return false;
        if (i == 0 || (least ? v < best : v > best))
            best = v;
    }
    *out = {false, best};
    return true;
}

bool Evaluator::absolute(const ScriptExprNode& n, Value* out) {
    qint64 a;
    if (!evalInt(argument(n, 0), &a))
        return false;
    if (a == minInt)
        return fail(StrategyScript::tr("integer out of range in abs()"));
    *out = {false, a < 0 ? -a : a};
    return true;
}

std::uint64_t scriptRandomSeed() {
    return QRandomGenerator::global()->generate64();
}

qint64 scriptRandom(std::uint64_t* state, qint64 low, qint64 high) {
    auto next = [state] { return splitmix64(*state); };
    const std::uint64_t span = std::uint64_t(high) - std::uint64_t(low) + 1;
    // Lemire's multiply-shift with rejection: unbiased
    Product m = multiply(next(), span);
    if (m.low < span) {
        const std::uint64_t threshold = (0 - span) % span;
        while (m.low < threshold)
            m = multiply(next(), span);
    }
    return qint64(std::uint64_t(low) + m.high);
}

} // namespace seatsim
