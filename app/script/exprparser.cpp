#include "script/exprparser.h"

#include "script/sqlscanner.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace seatsim {

int ExprParser::parse(qsizetype begin, qsizetype end) {
    m_pos = begin;
    m_end = end;
    m_depth = 0;
    lex();
    if (m_tok.kind == Token::End)
        return fail(begin, StrategyScript::tr(
                               "expression expected, e.g. random(1, :sessions) or :seats > 0"));
    const int root = parseOr();
    if (root < 0)
        return -1;
    if (m_tok.kind != Token::End)
        return fail(m_tok.pos,
                    StrategyScript::tr("bad expression: unexpected \"%1\" (an operator or the end "
                                       "of the line was expected)")
                        .arg(m_tok.text));
    return root;
}

void ExprParser::lex() {
    const QString& t = m_state.text();
    while (m_pos < m_end && isScriptBlank(t[m_pos]))
        ++m_pos;
    m_tok = Token{};
    m_tok.pos = m_pos;
    if (m_pos >= m_end)
        return;
    const qsizetype s = m_pos;
    const QChar c = t[s];
    auto take = [&](Token::Kind kind, qsizetype len) {
        m_tok.kind = kind;
        m_tok.text = QStringView(t).mid(s, len);
        m_pos = s + len;
    };
    auto identEnd = [&](qsizetype e) {
        while (e < m_end && isSqlIdentChar(t[e]))
            ++e;
        return e;
    };
    if (c.isDigit()) {
        qsizetype e = s;
        while (e < m_end && t[e].isDigit())
            ++e;
        if (e < m_end && (t[e] == u'.' || t[e] == u'e' || t[e] == u'E' || isSqlIdentChar(t[e]))) {
            take(Token::Bad, e - s + 1);
            return;
        }
        take(Token::Int, e - s);
        bool ok = false;
        m_tok.value = m_tok.text.toULongLong(&ok);
        if (!ok)
            m_tok.value = std::numeric_limits<quint64>::max(); // reported as out of range
    } else if (isSqlIdentStart(c)) {
        take(Token::Ident, identEnd(s) - s);
    } else if (c == u':' && s + 1 < m_end && isSqlIdentStart(t[s + 1])) {
        take(Token::Var, identEnd(s + 1) - s);
    } else if (c == u'(') {
        take(Token::LParen, 1);
    } else if (c == u')') {
        take(Token::RParen, 1);
    } else if (c == u',') {
        take(Token::Comma, 1);
    } else {
        static const char16_t* const ops[] = {u"<>", u"!=", u"<=", u">=", u"<", u">",
                                              u"=",  u"+",  u"-",  u"*",  u"/", u"%"};
        for (const char16_t* op : ops) {
            const QStringView v(op);
            if (QStringView(t).mid(s, v.size()) == v) {
                take(Token::Op, v.size());
                return;
            }
        }
        take(Token::Bad, 1);
    }
}

bool ExprParser::isWord(QStringView word) const {
    return m_tok.kind == Token::Ident && m_tok.text.compare(word, Qt::CaseInsensitive) == 0;
}

bool ExprParser::enter(qsizetype pos) {
    if (++m_depth <= StrategyScript::maxNesting)
        return true;
    fail(pos, StrategyScript::tr("expression is nested too deeply"));
    return false;
}

int ExprParser::fail(qsizetype pos, const QString& message) {
    m_state.fail(pos, message);
    return -1;
}

bool ExprParser::expect(Token::Kind kind, const QString& what) {
    if (m_tok.kind == kind) {
        lex();
        return true;
    }
    return m_state.fail(
        m_tok.pos,
        m_tok.kind == Token::End
            ? StrategyScript::tr("bad expression: %1 expected at the end of the line").arg(what)
            : StrategyScript::tr("bad expression: %1 expected, not \"%2\"").arg(what, m_tok.text));
}

int ExprParser::parseOr() {
    int left = parseAnd();
    while (left >= 0 && isWord(u"or")) {
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseAnd();
        left = right < 0 ? -1 : m_state.addNode(ScriptExprNode::Op::Or, at, left, right);
    }
    return left;
}

int ExprParser::parseAnd() {
    int left = parseNot();
    while (left >= 0 && isWord(u"and")) {
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseNot();
        left = right < 0 ? -1 : m_state.addNode(ScriptExprNode::Op::And, at, left, right);
    }
    return left;
}

int ExprParser::parseNot() {
    if (!isWord(u"not"))
        return parseComparison();
    const qsizetype at = m_tok.pos;
    if (!enter(at))
        return -1;
    lex();
    const int operand = parseNot();
    --m_depth;
    return operand < 0 ? -1 : m_state.addNode(ScriptExprNode::Op::Not, at, operand);
}

int ExprParser::parseComparison() {
    using Op = ScriptExprNode::Op;
    auto comparison = [&](Op* op) {
        if (m_tok.kind != Token::Op)
            return false;
        const QStringView t = m_tok.text;
        if (t == u"=")
            *op = Op::Eq;
        else if (t == u"<>" || t == u"!=")
            *op = Op::Ne;
        else if (t == u"<")
            *op = Op::Lt;
        else if (t == u"<=")
            *op = Op::Le;
        else if (t == u">")
            *op = Op::Gt;
        else if (t == u">=")
            *op = Op::Ge;
        else
            return false;
        return true;
    };
    const int left = parseAdditive();
    Op op;
    if (left < 0 || !comparison(&op))
        return left;
    const qsizetype at = m_tok.pos;
    lex();
    const int right = parseAdditive();
    if (right < 0)
        return -1;
    if (comparison(&op))
        return fail(m_tok.pos, StrategyScript::tr("bad expression: comparisons cannot be chained "
                                                  "(combine them with and)"));
    return m_state.addNode(op, at, left, right);
}

int ExprParser::parseAdditive() {
    int left = parseMultiplicative();
    while (left >= 0 && m_tok.kind == Token::Op && (m_tok.text == u"+" || m_tok.text == u"-")) {
        const auto op = m_tok.text == u"+" ? ScriptExprNode::Op::Add : ScriptExprNode::Op::Sub;
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseMultiplicative();
        left = right < 0 ? -1 : m_state.addNode(op, at, left, right);
    }
    return left;
}

int ExprParser::parseMultiplicative() {
    int left = parseUnary();
    while (left >= 0 && m_tok.kind == Token::Op &&
           (m_tok.text == u"*" || m_tok.text == u"/" || m_tok.text == u"%")) {
        const auto op = m_tok.text == u"*"   ? ScriptExprNode::Op::Mul
                        : m_tok.text == u"/" ? ScriptExprNode::Op::Div
                                             : ScriptExprNode::Op::Mod;
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseUnary();
        left = right < 0 ? -1 : m_state.addNode(op, at, left, right);
    }
    return left;
}

int ExprParser::parseUnary() {
    using Op = ScriptExprNode::Op;
    if (m_tok.kind != Token::Op || (m_tok.text != u"-" && m_tok.text != u"+"))
        return parsePrimary();
    const bool minus = m_tok.text == u"-";
    const qsizetype at = m_tok.pos;
    if (!enter(at))
        return -1;
    lex();
    // -9223372036854775808 is a literal: its digits alone are out of range
    if (minus && m_tok.kind == Token::Int &&
        m_tok.value == quint64(std::numeric_limits<qint64>::max()) + 1) {
        const int literal =
            m_state.addNode(Op::Int, at, -1, -1, std::numeric_limits<qint64>::min());
        lex();
        --m_depth;
        return literal;
    }
    const int operand = parseUnary();
    --m_depth;
    if (operand < 0 || !minus)
        return operand;
    return m_state.addNode(Op::Neg, at, operand);
}

int ExprParser::parsePrimary() {
    using Op = ScriptExprNode::Op;
    const Token tok = m_tok;
    switch (tok.kind) {
    case Token::Int:
        if (tok.value > quint64(std::numeric_limits<qint64>::max()))
            return fail(
                tok.pos,
                StrategyScript::tr("bad expression: integer %1 is out of range").arg(tok.text));
        lex();
        return m_state.addNode(Op::Int, tok.pos, -1, -1, qint64(tok.value));
    case Token::Var: {
        const int slot = m_state.slotFor(tok.text.mid(1).toString(), tok.pos);
        m_state.use(slot, tok.pos);
        lex();
        return m_state.addNode(Op::Var, tok.pos, -1, -1, slot);
    }
    case Token::LParen: {
        if (!enter(tok.pos))
            return -1;
        lex();
        const int inner = parseOr();
        --m_depth;
        if (inner < 0 || !expect(Token::RParen, u"')'"_s))
            return -1;
        return inner;
    }
    case Token::Ident:
        if (isWord(u"true") || isWord(u"false")) {
            lex();
            return m_state.addNode(Op::Bool, tok.pos, -1, -1,
                                   tok.text.compare(u"true", Qt::CaseInsensitive) == 0);
        }
        return parseCall(tok);
    case Token::End:
        return fail(tok.pos,
                    StrategyScript::tr("bad expression: operand expected at the end of the line"));
    case Token::Bad:
        if (!tok.text.isEmpty() && tok.text[0].isDigit())
            return fail(tok.pos, StrategyScript::tr("bad expression: \"%1\" is not an integer "
                                                    "(only integers are supported)")
                                     .arg(tok.text));
        [[fallthrough]];
    default:
        return fail(tok.pos, StrategyScript::tr("bad expression: unexpected \"%1\"").arg(tok.text));
    }
}

// At a function name: random(a, b), least(...), greatest(...) or abs(x).
int ExprParser::parseCall(const Token& tok) {
    using Op = ScriptExprNode::Op;
    const QString name = tok.text.toString().toLower();
    Op op;
    int minArgs = 1;
    int maxArgs = 1;
    if (name == u"random"_s) {
        op = Op::Random;
        minArgs = maxArgs = 2;
    } else if (name == u"least"_s || name == u"greatest"_s) {
        op = name == u"least"_s ? Op::Least : Op::Greatest;
        maxArgs = 1000;
    } else if (name == u"abs"_s) {
        op = Op::Abs;
    } else {
        return fail(tok.pos, StrategyScript::tr(
                                 "bad expression: unknown name \"%1\" (functions: random, least, "
                                 "greatest, abs; variables are written :name)")
                                 .arg(tok.text));
    }
    lex();
    if (!expect(Token::LParen, StrategyScript::tr("'(' after %1").arg(name)) || !enter(tok.pos))
        return -1;
    std::vector<int> args;
    while (true) {
        const int arg = parseOr();
        if (arg < 0)
            return -1;
        args.push_back(arg);
        if (m_tok.kind != Token::Comma)
            break;
        lex();
    }
    --m_depth;
    if (!expect(Token::RParen, u"')'"_s))
        return -1;
    if (int(args.size()) < minArgs || int(args.size()) > maxArgs)
        return fail(
            tok.pos,
            minArgs == maxArgs
                ? StrategyScript::tr("bad expression: %1() takes %2 argument(s), not %3")
                      .arg(name)
                      .arg(minArgs)
                      .arg(args.size())
                : StrategyScript::tr("bad expression: %1() needs at least one argument").arg(name));
    std::vector<int>& arguments = m_state.program().arguments;
    const int first = int(arguments.size());
    arguments.insert(arguments.end(), args.begin(), args.end());
    return m_state.addNode(op, tok.pos, first, int(args.size()));
}

} // namespace seatsim
