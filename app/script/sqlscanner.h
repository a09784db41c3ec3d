#pragma once

#include <QStringView>

#include <cstdint>

namespace seatsim {

bool isSqlIdentStart(QChar c);
bool isSqlIdentChar(QChar c);

struct SqlToken {
    enum class Kind : std::uint8_t {
        End,
        Space,
        LineComment,  // -- up to the end of the line (without the newline)
        BlockComment, // /* ... */, nested as PostgreSQL nests them
        QuotedText,   // '...', E'...' with backslash escapes
        QuotedIdent,  // "..."
        DollarText,   // $tag$ ... $tag$
        Identifier,   // letters, digits, _ and $, not starting with a digit or $
        Number,       // digits
        Variable,     // :name
        Cast,         // ::
        Semicolon,
        Backslash, // a meta-command starts here
        Other,     // any other single character
        // Open at the end of the text; the token runs to the end.
        UnclosedComment,
        UnclosedQuote,
        UnclosedDollar
    };
    Kind kind = Kind::End;
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype tagLength = 0; // DollarText / UnclosedDollar: length of "$tag$"

    qsizetype size() const { return end - begin; }
};

// The one lexer for SQL in a strategy script. Every pass that reads SQL (splitting statements
// at ';' and '\', finding :variables, naming \gset columns) reads it through this, so quotes,
// comments and dollar quotes mean the same to all of them. Positions index the text given; a
// character before `from` still counts as context (E'...' and $tag$ look one back).
class SqlScanner {
public:
    explicit SqlScanner(QStringView text, qsizetype from = 0)
        : m_text(text)
        , m_pos(from) {}

    SqlToken next();
    QStringView text(const SqlToken& token) const { return m_text.mid(token.begin, token.size()); }

private:
    SqlToken take(SqlToken::Kind kind, qsizetype begin, qsizetype end);
    SqlToken blockComment(qsizetype begin);
    SqlToken quoted(qsizetype begin);
    SqlToken dollar(qsizetype begin);

    QStringView m_text;
    qsizetype m_pos;
};

// Where a script's code begins: the start of the line of its first token that is neither
// blank nor a comment, past the header comment that opens it; text.size() when there is none.
qsizetype scriptBodyStart(QStringView text);

} // namespace seatsim
