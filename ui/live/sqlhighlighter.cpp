#include "live/sqlhighlighter.h"

#include "script/scriptast.h"
#include "script/sqlscanner.h"
#include "style/theme.h"

namespace seatsim {

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
    for (const char* keyword :
         {"SELECT",    "FROM",       "WHERE",        "AND",         "OR",        "NOT",    "UPDATE",
          "SET",       "INSERT",     "INTO",         "VALUES",      "DELETE",    "BEGIN",  "COMMIT",
          "ROLLBACK",  "END",        "START",        "TRANSACTION", "ISOLATION", "LEVEL",  "READ",
          "COMMITTED", "REPEATABLE", "SERIALIZABLE", "FOR",         "SHARE",     "NO",     "KEY",
          "LOCK",      "TABLE",      "IN",           "MODE",        "EXCLUSIVE", "ORDER",  "BY",
          "LIMIT",     "RETURNING",  "AS",           "IS",          "NULL",      "CASE",   "WHEN",
          "THEN",      "ELSE",       "LEAST",        "GREATEST",    "SKIP",      "LOCKED", "NOWAIT",
          "COUNT",     "SUM",        "COALESCE",     "WITH",        "JOIN",      "ON",     "GROUP",
          "HAVING",    "EXISTS",     "ROW",          "ACCESS"})
        m_keywords.insert(QString::fromLatin1(keyword));
    updateFormats();
}

void SqlHighlighter::setHighContrast(bool highContrast) {
    if (m_highContrast == highContrast)
        return;
    m_highContrast = highContrast;
    updateFormats();
    rehighlight();
}

void SqlHighlighter::updateFormats() {
    m_formats = CodeFormats::make(m_highContrast);
}

void SqlHighlighter::highlightBlock(const QString& text) {
    using Kind = SqlToken::Kind;
    SqlScanner scanner(text);
    bool afterBackslash = false;
    for (SqlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
        const int start = int(token.begin);
        const int length = int(token.size());
        const bool metaName = afterBackslash && token.kind == Kind::Identifier;
        afterBackslash = token.kind == Kind::Backslash;
        switch (token.kind) {
        case Kind::LineComment:
        case Kind::BlockComment:
        case Kind::UnclosedComment:
            setFormat(start, length, m_formats.comment);
            break;
        case Kind::QuotedText:
        case Kind::DollarText:
        case Kind::UnclosedQuote:
        case Kind::UnclosedDollar:
            setFormat(start, length, m_formats.string);
            break;
        case Kind::Number:
            setFormat(start, length, m_formats.number);
            break;
        case Kind::Variable:
            setFormat(start, length, m_formats.variable);
            break;
        case Kind::Identifier:
            // Exactly the meta-commands the parser accepts, in any case.
            if (metaName && metaCommandNamed(scanner.text(token)))
                setFormat(start - 1, length + 1, m_formats.meta);
            else if (m_keywords.contains(scanner.text(token).toString().toUpper()))
                setFormat(start, length, m_formats.keyword);
            break;
        default:
            break;
        }
    }
}

} // namespace seatsim
