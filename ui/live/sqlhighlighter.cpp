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
    // Dark variants of the chart palette: readable on white, also when projected.
    m_keywordFormat = {};
    m_keywordFormat.setForeground(QColor(0x00, 0x4F, 0x7F));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_metaFormat = {};
    m_metaFormat.setForeground(QColor(0x9A, 0x3A, 0x00));
    m_metaFormat.setFontWeight(QFont::Bold);
    m_variableFormat = {};
    m_variableFormat.setForeground(QColor(0x8B, 0x2F, 0x6B));
    m_variableFormat.setFontItalic(!m_highContrast);
    if (m_highContrast)
        m_variableFormat.setFontWeight(QFont::DemiBold);
    m_numberFormat = {};
    m_numberFormat.setForeground(QColor(0x00, 0x6B, 0x4F));
    m_stringFormat = {};
    m_stringFormat.setForeground(QColor(0x00, 0x6B, 0x4F));
    m_commentFormat = {};
    m_commentFormat.setForeground(m_highContrast ? QColor(0x40, 0x40, 0x40)
                                                 : QColor(0x70, 0x70, 0x70));
    m_commentFormat.setFontItalic(true);
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
            setFormat(start, length, m_commentFormat);
            break;
        case Kind::QuotedText:
        case Kind::DollarText:
        case Kind::UnclosedQuote:
        case Kind::UnclosedDollar:
            setFormat(start, length, m_stringFormat);
            break;
        case Kind::Number:
            setFormat(start, length, m_numberFormat);
            break;
        case Kind::Variable:
            setFormat(start, length, m_variableFormat);
            break;
        case Kind::Identifier:
            // Exactly the meta-commands the parser accepts, in any case.
            if (metaName && metaCommandNamed(scanner.text(token)))
                setFormat(start - 1, length + 1, m_metaFormat);
            else if (m_keywords.contains(scanner.text(token).toString().toUpper()))
                setFormat(start, length, m_keywordFormat);
            break;
        default:
            break;
        }
    }
}

} // namespace seatsim
