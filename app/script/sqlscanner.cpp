#include "script/sqlscanner.h"

namespace seatsim {

bool isSqlIdentStart(QChar c) {
    return c.isLetter() || c == u'_';
}

bool isSqlIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

SqlToken SqlScanner::take(SqlToken::Kind kind, qsizetype begin, qsizetype end) {
    m_pos = end;
    return {kind, begin, end, 0};
}

SqlToken SqlScanner::next() {
    using Kind = SqlToken::Kind;
    const qsizetype n = m_text.size();
    const qsizetype s = m_pos;
    if (s >= n)
        return take(Kind::End, n, n);
    const QChar c = m_text[s];
    const QChar following = s + 1 < n ? m_text[s + 1] : QChar();
    if (c.isSpace()) {
        qsizetype e = s + 1;
        while (e < n && m_text[e].isSpace())
            ++e;
        return take(Kind::Space, s, e);
    }
    if (c == u'-' && following == u'-') {
        const qsizetype eol = m_text.indexOf(u'\n', s);
        return take(Kind::LineComment, s, eol < 0 ? n : eol);
    }
    if (c == u'/' && following == u'*')
        return blockComment(s);
    if (c == u'\'' || c == u'"')
        return quoted(s);
    if (c == u'$' && (s == 0 || !isSqlIdentChar(m_text[s - 1])))
        return dollar(s);
    if (isSqlIdentStart(c)) {
        qsizetype e = s + 1;
        while (e < n && (isSqlIdentChar(m_text[e]) || m_text[e] == u'$'))
            ++e;
        return take(Kind::Identifier, s, e);
    }
    if (c.isDigit()) {
        qsizetype e = s + 1;
        while (e < n && m_text[e].isDigit())
            ++e;
        return take(Kind::Number, s, e);
    }
    if (c == u':' && following == u':')
        return take(Kind::Cast, s, s + 2);
    if (c == u':' && isSqlIdentStart(following)) {
        qsizetype e = s + 1;
        while (e < n && isSqlIdentChar(m_text[e]))
            ++e;
        return take(Kind::Variable, s, e);
    }
    if (c == u';')
        return take(Kind::Semicolon, s, s + 1);
    if (c == u'\\')
        return take(Kind::Backslash, s, s + 1);
    return take(Kind::Other, s, s + 1);
}

SqlToken SqlScanner::blockComment(qsizetype begin) {
    const qsizetype n = m_text.size();
    qsizetype p = begin;
    int depth = 0;
    while (p < n) {
        if (m_text[p] == u'/' && p + 1 < n && m_text[p + 1] == u'*') {
            ++depth;
            p += 2;
        } else if (m_text[p] == u'*' && p + 1 < n && m_text[p + 1] == u'/') {
            p += 2;
            if (--depth == 0)
                return take(SqlToken::Kind::BlockComment, begin, p);
        } else {
            ++p;
        }
    }
    return take(SqlToken::Kind::UnclosedComment, begin, n);
}

SqlToken SqlScanner::quoted(qsizetype begin) {
    const qsizetype n = m_text.size();
    const QChar quote = m_text[begin];
    const bool escapes = quote == u'\'' && begin > 0 &&
                         (m_text[begin - 1] == u'E' || m_text[begin - 1] == u'e') &&
                         (begin < 2 || !isSqlIdentChar(m_text[begin - 2]));
    qsizetype p = begin + 1;
    while (p < n) {
        if (escapes && m_text[p] == u'\\') {
            p += 2;
            continue;
        }
        if (m_text[p++] == quote) {
            return take(quote == u'\'' ? SqlToken::Kind::QuotedText : SqlToken::Kind::QuotedIdent,
                        begin, p);
        }
    }
    return take(SqlToken::Kind::UnclosedQuote, begin, n);
}

// At a '$' that follows no identifier character: "$tag$" opens dollar quoting, where the tag
// is an identifier not starting with a digit, or empty. Any other '$' stands for itself.
SqlToken SqlScanner::dollar(qsizetype begin) {
    const qsizetype n = m_text.size();
    qsizetype e = begin + 1;
    while (e < n && isSqlIdentChar(m_text[e]) && !(e == begin + 1 && m_text[e].isDigit()))
        ++e;
    if (e >= n || m_text[e] != u'$')
        return take(SqlToken::Kind::Other, begin, begin + 1);
    const qsizetype tagLength = e - begin + 1;
    const qsizetype close = m_text.indexOf(m_text.mid(begin, tagLength), e + 1);
    SqlToken token = close < 0 ? take(SqlToken::Kind::UnclosedDollar, begin, n)
                               : take(SqlToken::Kind::DollarText, begin, close + tagLength);
    token.tagLength = tagLength;
    return token;
}

qsizetype scriptBodyStart(QStringView text) {
    using Kind = SqlToken::Kind;
    SqlScanner scanner(text);
    for (SqlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
        if (token.kind != Kind::Space && token.kind != Kind::LineComment &&
            token.kind != Kind::BlockComment)
            return token.begin == 0 ? 0 : text.lastIndexOf(u'\n', token.begin - 1) + 1;
    }
    return text.size();
}

} // namespace seatsim
