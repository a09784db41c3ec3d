#include "live/sqlhighlighter.h"

#include "script/scriptast.h"
#include "style/theme.h"

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// Exactly the meta-commands the parser accepts: a backslash and one of their names, in any
// case, not followed by a further letter (the parser reads the name as all the letters).
QString metaCommandPattern() {
    QStringList names;
    for (const MetaCommandName& entry : metaCommandNames)
        names.append(entry.name);
    return u"\\\\(%1)(?!\\p{L})"_s.arg(names.join(u'|'));
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_keyword(u"\\b(SELECT|FROM|WHERE|AND|OR|NOT|UPDATE|SET|INSERT|INTO|VALUES|DELETE|BEGIN|"
                "COMMIT|ROLLBACK|END|START|TRANSACTION|ISOLATION|LEVEL|READ|COMMITTED|"
                "REPEATABLE|SERIALIZABLE|FOR|SHARE|NO|KEY|LOCK|TABLE|IN|MODE|EXCLUSIVE|ORDER|"
                "BY|LIMIT|RETURNING|AS|IS|NULL|CASE|WHEN|THEN|ELSE|LEAST|GREATEST|SKIP|LOCKED|"
                "NOWAIT|COUNT|SUM|COALESCE|WITH|JOIN|ON|GROUP|HAVING|EXISTS|ROW|ACCESS)\\b"_s,
                QRegularExpression::CaseInsensitiveOption)
    , m_metaCommand(metaCommandPattern(), QRegularExpression::CaseInsensitiveOption)
    , m_variable(u"(?<!:):[A-Za-z_][A-Za-z0-9_]*"_s)
    , m_number(u"\\b[0-9]+\\b"_s) {
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
    // Comments and string literals first: nothing inside them is highlighted again.
    QList<std::pair<int, int>> covered;
    int commentStart = -1;
    bool inString = false;
    int stringStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\'') {
                inString = false;
                setFormat(stringStart, i - stringStart + 1, m_stringFormat);
                covered.append({stringStart, i + 1});
            }
        } else if (c == u'\'') {
            inString = true;
            stringStart = i;
        } else if (c == u'-' && i + 1 < text.size() && text.at(i + 1) == u'-') {
            commentStart = i;
            break;
        }
    }
    if (inString) {
        setFormat(stringStart, text.size() - stringStart, m_stringFormat);
        covered.append({stringStart, int(text.size())});
    }
    const int codeEnd = commentStart >= 0 ? commentStart : int(text.size());
    const auto isCovered = [&covered](int position) {
        for (const auto& [from, to] : covered)
            if (position >= from && position < to)
                return true;
        return false;
    };
    const auto apply = [&](const QRegularExpression& expression, const QTextCharFormat& format) {
        auto matches = expression.globalMatch(text.left(codeEnd));
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (!isCovered(int(match.capturedStart())))
                setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
        }
    };
    apply(m_number, m_numberFormat);
    apply(m_keyword, m_keywordFormat);
    apply(m_metaCommand, m_metaFormat);
    apply(m_variable, m_variableFormat);
    if (commentStart >= 0)
        setFormat(commentStart, text.size() - commentStart, m_commentFormat);
}

} // namespace seatsim
