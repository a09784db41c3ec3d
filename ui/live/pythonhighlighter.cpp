#include "live/pythonhighlighter.h"

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// Block states: inside a triple-quoted string that began on an earlier line.
constexpr int inTripleDouble = 1;
constexpr int inTripleSingle = 2;

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_keyword(u"\\b(def|return|if|elif|else|for|while|break|continue|try|except|finally|"
                "raise|with|as|import|from|class|pass|and|or|not|in|is|lambda|global|"
                "nonlocal|True|False|None|yield|assert|del)\\b"_s)
    , m_sqlKeyword(u"\\b(SELECT|FROM|WHERE|AND|UPDATE|SET|INSERT|INTO|VALUES|BEGIN|COMMIT|"
                   "ROLLBACK|FOR|SHARE|UPDATE|LOCK|TABLE|IN|MODE|EXCLUSIVE|ISOLATION|LEVEL|"
                   "SERIALIZABLE|SKIP|LOCKED|NOWAIT|COUNT|SUM|RETURNING)\\b"_s,
                   QRegularExpression::CaseInsensitiveOption)
    , m_number(u"\\b[0-9]+\\b"_s) {
    updateFormats();
}

void PythonHighlighter::setHighContrast(bool highContrast) {
    if (m_highContrast == highContrast)
        return;
    m_highContrast = highContrast;
    updateFormats();
    rehighlight();
}

void PythonHighlighter::updateFormats() {
    m_formats = CodeFormats::make(m_highContrast);
}

void PythonHighlighter::highlightBlock(const QString& text) {
    QList<std::pair<int, int>> strings; // [from, to)
    int commentStart = -1;
    int state = previousBlockState() > 0 ? previousBlockState() : 0;
    int start = 0;
    QChar quote = state == inTripleDouble ? u'"' : u'\'';
    bool triple = state != 0;
    bool inString = state != 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\') {
                ++i;
            } else if (c == quote && (!triple || (i + 2 < text.size() && text.at(i + 1) == quote &&
                                                  text.at(i + 2) == quote))) {
                const int end = triple ? i + 3 : i + 1;
                strings.append({start, end});
                i = end - 1;
                inString = false;
            }
        } else if (c == u'#') {
            commentStart = i;
            break;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            start = i;
            inString = true;
            triple = i + 2 < text.size() && text.at(i + 1) == c && text.at(i + 2) == c;
            if (triple)
                i += 2;
        }
    }
    setCurrentBlockState(inString && triple ? (quote == u'"' ? inTripleDouble : inTripleSingle)
                                            : 0);
    if (inString)
        strings.append({start, int(text.size())});
    const int codeEnd = commentStart >= 0 ? commentStart : int(text.size());
    const auto inAString = [&strings](qsizetype position) {
        for (const auto& [from, to] : strings)
            if (position >= from && position < to)
                return true;
        return false;
    };
    for (const auto& [from, to] : strings)
        setFormat(from, to - from, m_formats.string);
    for (auto it = m_number.globalMatch(text.left(codeEnd)); it.hasNext();) {
        const auto match = it.next();
        if (!inAString(match.capturedStart()))
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats.number);
    }
    for (auto it = m_keyword.globalMatch(text.left(codeEnd)); it.hasNext();) {
        const auto match = it.next();
        if (!inAString(match.capturedStart()))
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats.meta);
    }
    // The SQL inside the strings is what the answer sends: shown as in the SQL pane.
    for (auto it = m_sqlKeyword.globalMatch(text.left(codeEnd)); it.hasNext();) {
        const auto match = it.next();
        if (inAString(match.capturedStart()))
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats.keyword);
    }
    if (commentStart >= 0)
        setFormat(commentStart, int(text.size()) - commentStart, m_formats.comment);
}

} // namespace seatsim
