#pragma once

#include "script/parsestate.h"

#include <QStringView>

namespace seatsim {

// The expression grammar of \set, \if and \elif, by precedence from loosest:
//   or, and, not, comparison (= <> != < <= > >=, not chained), + -, * / %, unary - +,
//   primary: integer, true, false, :variable, ( expression ), random(a, b),
//            least(...), greatest(...), abs(x).
// Keywords and function names in any case. Nodes go into the ParseState's program.
class ExprParser {
public:
    explicit ExprParser(ParseState& state)
        : m_state(state) {}

    // Parses the text in [begin, end); the root node, or -1 after failing in the state.
    int parse(qsizetype begin, qsizetype end);

private:
    struct Token {
        enum Kind { End, Int, Ident, Var, Op, LParen, RParen, Comma, Bad } kind = End;
        QStringView text;
        qsizetype pos = 0;
        quint64 value = 0;
    };

    void lex();
    bool isWord(QStringView word) const;
    bool enter(qsizetype pos); // false when nested too deeply
    int fail(qsizetype pos, const QString& message);
    bool expect(Token::Kind kind, const QString& what);

    int parseOr();
    int parseAnd();
    int parseNot();
    int parseComparison();
    int parseAdditive();
    int parseMultiplicative();
    int parseUnary();
    int parsePrimary();
    int parseCall(const Token& name);

    ParseState& m_state;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    Token m_tok;
    int m_depth = 0;
};

} // namespace seatsim
