#include "strategyscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

bool isIdentStart(QChar c) {
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f';
}

} // namespace

struct StrategyScript::Data {
    QString fileName;
    QString id;
    QString source;
    QString title[2];
    QString summary[2];
    Kind kind = Kind::Unspecified;
    std::vector<ScriptCommand> commands;
    std::vector<ScriptExprNode> nodes;
    std::vector<int> arguments;
    QStringList names;
    QHash<QString, int> slots;
    std::vector<bool> provided;
};

QString ScriptError::toString() const {
    if (line <= 0)
        return u"%1: %2"_s.arg(file, message);
    return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
}

void ScriptValue::appendTo(QString& out) const {
    switch (type) {
    case Type::Int: {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, integer).ptr;
        out.append(QLatin1StringView(buffer, end - buffer));
        break;
    }
    case Type::Bool:
        out.append(integer ? "true"_L1 : "false"_L1);
        break;
    case Type::Text:
        out.append(text);
        break;
    case Type::Unset:
        break;
    }
}

QString ScriptValue::toString() const {
    QString s;
    appendTo(s);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Parsing

namespace {

class Parser {
public:
    Parser(const QString& text, const QString& fileName, StrategyScript::Data& d)
        : m_text(text)
        , m_fileName(fileName)
        , m_d(d) {}

    bool parse(const QStringList& provided, ScriptError* error);

private:
    struct Use {
        int slot;
        qsizetype pos;
    };
    struct Token {
        enum Kind { End, Int, Ident, Var, Op, LParen, RParen, Comma, Bad } kind = End;
        QStringView text;
        qsizetype pos = 0;
        quint64 value = 0;
    };

    bool fail(qsizetype pos, const QString& message);
    int lineOf(qsizetype pos) const;
    int columnOf(qsizetype pos) const;
    int slotFor(const QString& name);

    bool checkCharacters();
    qsizetype parseHeader();
    bool parseBody(qsizetype pos);
    bool scanSql(qsizetype& pos, qsizetype start, bool* terminated);
    bool finishSql(qsizetype start, qsizetype end, bool gset, const QString& prefix);
    bool metaCommand(qsizetype& pos, qsizetype sqlStart);
    bool noteGsetColumns(const ScriptCommand& command);

    // Expressions over m_text[m_exprPos, m_exprEnd)
    void lex();
    int node(ScriptExprNode::Op op, qsizetype pos, int first = -1, int second = -1,
             qint64 value = 0);
    int parseExpression(qsizetype begin, qsizetype end);
    int parseOr();
    int parseAnd();
    int parseNot();
    int parseComparison();
    int parseAdditive();
    int parseMultiplicative();
    int parseUnary();
    int parsePrimary();
    bool expect(Token::Kind kind, const QString& what);

    const QString& m_text;
    QString m_fileName;
    StrategyScript::Data& m_d;
    ScriptError m_error;
    std::vector<qsizetype> m_lineStarts;
    std::vector<bool> m_assigned;
    std::vector<Use> m_uses;
    bool m_gsetColumnsUnknown = false;
    std::vector<std::vector<int>> m_open; // per open \if: its \if, \elif and \else commands

    qsizetype m_exprPos = 0;
    qsizetype m_exprEnd = 0;
    Token m_tok;
    int m_depth = 0;
};

bool Parser::fail(qsizetype pos, const QString& message) {
    if (m_error.isNull()) {
        m_error.file = m_fileName;
        m_error.line = lineOf(pos);
        m_error.column = columnOf(pos);
        m_error.message = message;
    }
    return false;
}

int Parser::lineOf(qsizetype pos) const {
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    return int(it - m_lineStarts.begin());
}

int Parser::columnOf(qsizetype pos) const {
    return int(pos - m_lineStarts[lineOf(pos) - 1]) + 1;
}

int Parser::slotFor(const QString& name) {
    const auto it = m_d.slots.constFind(name);
    if (it != m_d.slots.cend())
        return it.value();
    const int slot = int(m_d.names.size());
    m_d.names.append(name);
    m_d.slots.insert(name, slot);
    m_d.provided.push_back(false);
    m_assigned.push_back(false);
    return slot;
}

bool Parser::parse(const QStringList& provided, ScriptError* error) {
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == u'\n')
            m_lineStarts.push_back(i + 1);
    }
    for (const QString& name : provided) {
        const int slot = slotFor(name);
        m_d.provided[slot] = true;
        m_assigned[slot] = true;
    }
    bool ok = false;
    if (m_text.size() > StrategyScript::maxSourceSize) {
        m_error = {m_fileName, 0, 0,
                   StrategyScript::tr(
                       "the script is too large (%1 characters, at most %2 allowed); a strategy "
                       "is a few statements")
                       .arg(m_text.size())
                       .arg(StrategyScript::maxSourceSize)};
    } else if (checkCharacters()) {
        const qsizetype body = parseHeader();
        ok = m_error.isNull() && parseBody(body);
    }
    if (ok && !m_open.empty()) {
        const ScriptCommand& c = m_d.commands[m_open.back().front()];
        m_error = {m_fileName, c.line, c.column,
                   StrategyScript::tr("\\if is not closed at the end of the file (add \\endif)")};
        ok = false;
    }
    if (ok && !m_gsetColumnsUnknown) {
        for (const Use& use : m_uses) {
            if (!m_assigned[use.slot]) {
                QStringList known;
                for (qsizetype i = 0; i < m_d.names.size(); ++i) {
                    if (m_d.provided[i])
                        known.append(m_d.names[i]);
                }
                ok = fail(
                    use.pos,
                    StrategyScript::tr("variable :%1 is used but never set (set it with \\set or "
                                       "\\gset; the program provides: %2)")
                        .arg(m_d.names[use.slot], known.isEmpty() ? StrategyScript::tr("nothing")
                                                                  : known.join(u", "_s)));
                break;
            }
        }
    }
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool Parser::checkCharacters() {
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const char16_t c = m_text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f ||
            c == 0xfffd) {
            return fail(i, StrategyScript::tr(
                               "binary data (character U+%1) in the script; a strategy script "
                               "must be UTF-8 text")
                               .arg(uint(c), 4, 16, QChar(u'0')));
        }
    }
    return true;
}

qsizetype Parser::parseHeader() {
    enum Key { None, Title, TitleDe, Summary, SummaryDe, KindKey };
    static const std::pair<QLatin1StringView, Key> keys[] = {
        {"title[de]"_L1, TitleDe}, {"title"_L1, Title},  {"summary[de]"_L1, SummaryDe},
        {"summary"_L1, Summary},   {"kind"_L1, KindKey},
    };
    Key last = None;
    qsizetype pos = 0;
    const qsizetype n = m_text.size();
    while (pos < n) {
        qsizetype eol = m_text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = n;
        const QStringView line = QStringView(m_text).mid(pos, eol - pos).trimmed();
        if (line.isEmpty()) {
            if (last != None)
                return eol;
            pos = eol + 1;
            continue;
        }
        if (!line.startsWith(u"--"))
            return pos;
        const qsizetype contentPos = m_text.indexOf(u"--", pos) + 2;
        const QStringView content = line.mid(2).trimmed();
        Key key = None;
        QStringView value;
        for (const auto& [name, k] : keys) {
            if (content.startsWith(name, Qt::CaseInsensitive)) {
                const QStringView rest = content.mid(name.size()).trimmed();
                if (rest.startsWith(u':')) {
                    key = k;
                    value = rest.mid(1).trimmed();
                }
                break;
            }
        }
        switch (key) {
        case Title:
            m_d.title[0] = value.toString();
            break;
        case TitleDe:
            m_d.title[1] = value.toString();
            break;
        case Summary:
            m_d.summary[0] = value.toString();
            break;
        case SummaryDe:
            m_d.summary[1] = value.toString();
            break;
        case KindKey:
            if (value.compare("broken"_L1, Qt::CaseInsensitive) == 0) {
                m_d.kind = StrategyScript::Kind::Broken;
            } else if (value.compare("safe"_L1, Qt::CaseInsensitive) == 0) {
                m_d.kind = StrategyScript::Kind::Safe;
            } else {
                fail(
                    m_text.indexOf(value, contentPos),
                    StrategyScript::tr("unknown kind \"%1\" (expected broken or safe)").arg(value));
                return n;
            }
            break;
        case None:
            if (last == Summary || last == SummaryDe) {
                QString& summary = m_d.summary[last == Summary ? 0 : 1];
                if (content.isEmpty())
                    summary.append(u'\n');
                else if (summary.isEmpty() || summary.endsWith(u'\n'))
                    summary.append(content);
                else
                    summary.append(u' ').append(content);
            }
            break;
        }
        if (key != None)
            last = key;
        pos = eol + 1;
    }
    return pos;
}

bool Parser::parseBody(qsizetype pos) {
    const qsizetype n = m_text.size();
    while (pos < n) {
        const QChar c = m_text[pos];
        if (c.isSpace()) {
            ++pos;
        } else if (c == u'-' && pos + 1 < n && m_text[pos + 1] == u'-') {
            pos = m_text.indexOf(u'\n', pos);
            if (pos < 0)
                pos = n;
        } else if (c == u'\\') {
            if (!metaCommand(pos, -1))
                return false;
        } else if (c == u';') {
            ++pos; // empty statement, as pgbench ignores it
        } else {
            const qsizetype start = pos;
            bool terminated = false;
            if (!scanSql(pos, start, &terminated))
                return false;
            if (!terminated) {
                if (pos >= n) {
                    return fail(start, StrategyScript::tr(
                                           "SQL statement is not terminated at the end of the "
                                           "file (add ';' at its end)"));
                }
                if (!metaCommand(pos, start)) // pos is at the backslash
                    return false;
            }
        }
    }
    return true;
}

// Scans one SQL statement from pos; stops after its ';' (terminated), at a backslash outside
// quotes, or at the end of the text.
bool Parser::scanSql(qsizetype& pos, qsizetype start, bool* terminated) {
    const qsizetype n = m_text.size();
    while (pos < n) {
        const QChar c = m_text[pos];
        if (c == u';') {
            ++pos;
            *terminated = true;
            return finishSql(start, pos - 1, false, {});
        }
        if (c == u'\\')
            return true;
        if (c == u'-' && pos + 1 < n && m_text[pos + 1] == u'-') {
            pos = m_text.indexOf(u'\n', pos);
            if (pos < 0)
                pos = n;
        } else if (c == u'/' && pos + 1 < n && m_text[pos + 1] == u'*') {
            const qsizetype open = pos;
            int depth = 0;
            while (pos < n) {
                if (m_text[pos] == u'/' && pos + 1 < n && m_text[pos + 1] == u'*') {
                    ++depth;
                    pos += 2;
                } else if (m_text[pos] == u'*' && pos + 1 < n && m_text[pos + 1] == u'/') {
                    pos += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++pos;
                }
            }
            if (depth != 0)
                return fail(open, StrategyScript::tr("comment /* is not closed (add */)"));
        } else if (c == u'\'' || c == u'"') {
            const qsizetype open = pos;
            const bool escapes = c == u'\'' && pos > 0 &&
                                 (m_text[pos - 1] == u'E' || m_text[pos - 1] == u'e') &&
                                 (pos < 2 || !isIdentChar(m_text[pos - 2]));
            ++pos;
            bool closed = false;
            while (pos < n) {
                if (escapes && m_text[pos] == u'\\') {
                    pos += 2;
                    continue;
                }
                if (m_text[pos++] == c) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return fail(
                    open,
                    StrategyScript::tr("quoted text starting here is not closed (add %1)").arg(c));
        } else if (c == u'$' && (pos == 0 || !isIdentChar(m_text[pos - 1]))) {
            qsizetype end = pos + 1;
            while (end < n && isIdentChar(m_text[end]) &&
                   !(end == pos + 1 && m_text[end].isDigit()))
                ++end;
            if (end < n && m_text[end] == u'$') {
                const QStringView tag = QStringView(m_text).mid(pos, end - pos + 1);
                const qsizetype close = m_text.indexOf(tag, end + 1);
                if (close < 0)
                    return fail(pos, StrategyScript::tr(
                                         "dollar-quoted text starting here is not closed (add "
                                         "%1)")
                                         .arg(tag));
                pos = close + tag.size();
            } else {
                pos = end;
            }
        } else {
            ++pos;
        }
    }
    return true;
}

bool Parser::finishSql(qsizetype start, qsizetype end, bool gset, const QString& prefix) {
    while (end > start && m_text[end - 1].isSpace())
        --end;
    ScriptCommand command;
    command.kind = ScriptCommand::Kind::Sql;
    command.line = lineOf(start);
    command.column = columnOf(start);
    command.sql = m_text.mid(start, end - start);
    command.gset = gset;
    command.gsetPrefix = prefix;
    // Split at :variables outside quotes and comments; the second scan is cheap and keeps
    // scanSql simple.
    const QString& sql = command.sql;
    qsizetype literalStart = 0;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    auto skipTo = [&](QStringView closing) {
        const qsizetype at = sql.indexOf(closing, i);
        i = at < 0 ? n : at + closing.size();
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            skipTo(u"\n");
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            i += 2;
            skipTo(u"*/");
        } else if (c == u'\'' || c == u'"') {
            const bool escapes = c == u'\'' && i > 0 && (sql[i - 1] == u'E' || sql[i - 1] == u'e');
            ++i;
            while (i < n) {
                if (escapes && sql[i] == u'\\') {
                    i += 2;
                    continue;
                }
                if (sql[i++] == c)
                    break;
            }
        } else if (c == u'$' && (i == 0 || !isIdentChar(sql[i - 1]))) {
            qsizetype e = i + 1;
            while (e < n && isIdentChar(sql[e]) && !(e == i + 1 && sql[e].isDigit()))
                ++e;
            if (e < n && sql[e] == u'$') {
                const QString tag = sql.mid(i, e - i + 1);
                i = e + 1;
                skipTo(tag);
            } else {
                i = e;
            }
        } else if (c == u':' && i + 1 < n && sql[i + 1] == u':') {
            i += 2;
        } else if (c == u':' && i + 1 < n && isIdentStart(sql[i + 1])) {
            qsizetype e = i + 1;
            while (e < n && isIdentChar(sql[e]))
                ++e;
            const int slot = slotFor(sql.mid(i + 1, e - i - 1));
            m_uses.push_back({slot, start + i});
            command.pieces.push_back({sql.mid(literalStart, i - literalStart), slot});
            literalStart = i = e;
        } else {
            ++i;
        }
    }
    if (literalStart < n || command.pieces.empty())
        command.pieces.push_back({sql.mid(literalStart), -1});
    const QStringView first = QStringView(sql).left(8).trimmed();
    auto firstWordIs = [&](QLatin1StringView word) {
        return first.startsWith(word, Qt::CaseInsensitive) &&
               (first.size() == word.size() || !isIdentChar(first[word.size()]));
    };
    command.isCommit = firstWordIs("commit"_L1) || firstWordIs("end"_L1);
    if (gset && !noteGsetColumns(command))
        return false;
    m_d.commands.push_back(std::move(command));
    return true;
}

// pgbench names \gset variables after the result columns; guess them the way PostgreSQL
// names columns so that the "used but never set" check knows them. When unsure, the check
// is skipped and a missing variable is reported at run time instead.
bool Parser::noteGsetColumns(const ScriptCommand& command) {
    struct Tok {
        QString text;
        bool ident = false;
        int depth = 0;
    };
    std::vector<Tok> toks;
    const QString& sql = command.sql;
    const qsizetype n = sql.size();
    int depth = 0;
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            const qsizetype e = sql.indexOf(u'\n', i);
            i = e < 0 ? n : e;
        } else if (isIdentStart(c)) {
            qsizetype e = i;
            while (e < n && (isIdentChar(sql[e]) || sql[e] == u'$'))
                ++e;
            toks.push_back({sql.mid(i, e - i).toLower(), true, depth});
            i = e;
        } else if (c == u'"') {
            const qsizetype e = sql.indexOf(u'"', i + 1);
            const qsizetype end = e < 0 ? n : e;
            toks.push_back({sql.mid(i + 1, end - i - 1), true, depth});
            i = end + 1;
        } else if (c == u'\'') {
            const qsizetype e = sql.indexOf(u'\'', i + 1);
            toks.push_back({u"'"_s, false, depth});
            i = e < 0 ? n : e + 1;
        } else if (c == u':' && i + 1 < n && sql[i + 1] == u':') {
            toks.push_back({u"::"_s, false, depth});
            i += 2;
        } else {
            if (c == u'(')
                ++depth;
            toks.push_back({QString(c), false, c == u'(' ? depth - 1 : depth});
            if (c == u')')
                --depth;
            ++i;
        }
    }
    auto keyword = [](const Tok& t, QLatin1StringView word) {
        return t.ident && t.text == word;
    };
    qsizetype begin = -1;
    for (qsizetype i = 0; i < qsizetype(toks.size()) && begin < 0; ++i) {
        if (toks[i].depth == 0 && keyword(toks[i], "select"_L1))
            begin = i + 1;
    }
    for (qsizetype i = 0; i < qsizetype(toks.size()) && begin < 0; ++i) {
        if (toks[i].depth == 0 && keyword(toks[i], "returning"_L1))
            begin = i + 1;
    }
    if (begin < 0) {
        m_gsetColumnsUnknown = true;
        return true;
    }
    if (begin < qsizetype(toks.size()) &&
        (keyword(toks[begin], "distinct"_L1) || keyword(toks[begin], "all"_L1)))
        ++begin;
    static const QLatin1StringView terminators[] = {
        "from"_L1,   "where"_L1, "group"_L1, "having"_L1, "window"_L1, "order"_L1,     "limit"_L1,
        "offset"_L1, "fetch"_L1, "for"_L1,   "into"_L1,   "union"_L1,  "intersect"_L1, "except"_L1};
    std::vector<std::vector<Tok>> items(1);
    for (qsizetype i = begin; i < qsizetype(toks.size()); ++i) {
        const Tok& t = toks[i];
        if (t.depth == 0) {
            if (t.ident && std::find(std::begin(terminators), std::end(terminators), t.text) !=
                               std::end(terminators))
                break;
            if (t.text == u","_s) {
                items.emplace_back();
                continue;
            }
        }
        items.back().push_back(t);
    }
    for (std::vector<Tok>& item : items) {
        // drop trailing casts: x::int is still named x
        while (item.size() >= 3 && item[item.size() - 2].text == u"::"_s && item.back().ident &&
               item.back().depth == 0)
            item.resize(item.size() - 2);
        QString name;
        const qsizetype k = qsizetype(item.size());
        if (k >= 2 && item[k - 1].ident && keyword(item[k - 2], "as"_L1) &&
            item[k - 2].depth == 0) {
            name = item[k - 1].text;
        } else if (k >= 1 && item[0].ident) {
            bool qualified = true;
            for (qsizetype i = 1; i < k && qualified; ++i)
                qualified = (i % 2 == 1) ? item[i].text == u"."_s : item[i].ident;
            if (qualified && k % 2 == 1)
                name = item[k - 1].text;
            else if (k >= 3 && item[1].text == u"("_s && item[k - 1].text == u")"_s &&
                     item[k - 1].depth == 0)
                name = item[0].text;
            else if (k >= 2 && item[k - 1].ident && item[k - 1].depth == 0 &&
                     item[k - 2].text == u")"_s)
                name = item[k - 1].text;
        }
        if (name.isEmpty()) {
            m_gsetColumnsUnknown = true;
            continue;
        }
        m_assigned[slotFor(command.gsetPrefix + name)] = true;
    }
    return true;
}

bool Parser::metaCommand(qsizetype& pos, qsizetype sqlStart) {
    const qsizetype n = m_text.size();
    const qsizetype at = pos;
    qsizetype eol = m_text.indexOf(u'\n', pos);
    if (eol < 0)
        eol = n;
    qsizetype p = pos + 1;
    while (p < eol && m_text[p].isLetter())
        ++p;
    const QString name = m_text.mid(pos + 1, p - pos - 1).toLower();
    pos = eol;
    qsizetype lineEnd = eol;
    while (lineEnd > p && m_text[lineEnd - 1].isSpace())
        --lineEnd;
    const qsizetype commentAt = m_text.indexOf(u"--", p);
    if (commentAt >= 0 && commentAt < lineEnd) {
        return fail(commentAt,
                    StrategyScript::tr("a comment cannot follow a meta-command on the same line "
                                       "(pgbench would read it as part of the command); move it "
                                       "to a line of its own"));
    }
    auto words = [&] {
        QList<std::pair<QStringView, qsizetype>> out;
        qsizetype i = p;
        while (i < lineEnd) {
            while (i < lineEnd && isBlank(m_text[i]))
                ++i;
            const qsizetype s = i;
            while (i < lineEnd && !isBlank(m_text[i]))
                ++i;
            if (i > s)
                out.append({QStringView(m_text).mid(s, i - s), s});
        }
        return out;
    };
    auto isName = [](QStringView w) {
        if (w.isEmpty() || !isIdentStart(w[0]))
            return false;
        return std::all_of(w.begin(), w.end(), [](QChar c) { return isIdentChar(c); });
    };

    if (name == u"gset"_s) {
        const auto args = words();
        if (args.size() > 1 || (args.size() == 1 && !isName(args[0].first)))
            return fail(
                args.size() > 1 ? args[1].second : args[0].second,
                StrategyScript::tr("\\gset takes at most one argument, a variable name prefix"));
        const QString prefix = args.isEmpty() ? QString() : args[0].first.toString();
        if (sqlStart >= 0)
            return finishSql(sqlStart, at, true, prefix);
        if (m_d.commands.empty() || m_d.commands.back().kind != ScriptCommand::Kind::Sql ||
            m_d.commands.back().gset)
            return fail(at, StrategyScript::tr(
                                "\\gset must follow an SQL query (write it after the SELECT, in "
                                "place of the ';')"));
        ScriptCommand& last = m_d.commands.back();
        last.gset = true;
        last.gsetPrefix = prefix;
        return noteGsetColumns(last);
    }
    if (sqlStart >= 0) {
        return fail(sqlStart, StrategyScript::tr(
                                  "SQL statement is not terminated before \\%1 (add ';' at its "
                                  "end)")
                                  .arg(name));
    }

    ScriptCommand command;
    command.line = lineOf(at);
    command.column = columnOf(at);
    if (name == u"set"_s) {
        command.kind = ScriptCommand::Kind::Set;
        qsizetype i = p;
        while (i < lineEnd && isBlank(m_text[i]))
            ++i;
        const qsizetype nameStart = i;
        while (i < lineEnd && !isBlank(m_text[i]))
            ++i;
        const QStringView var = QStringView(m_text).mid(nameStart, i - nameStart);
        if (!isName(var)) {
            return fail(
                var.isEmpty() ? at : nameStart,
                StrategyScript::tr("\\set needs a variable name and an expression, e.g. \\set user "
                                   "random(1, 100)"));
        }
        command.slot = slotFor(var.toString());
        m_assigned[command.slot] = true;
        command.expr = parseExpression(i, lineEnd);
        if (command.expr < 0)
            return false;
    } else if (name == u"sleep"_s) {
        command.kind = ScriptCommand::Kind::Sleep;
        const auto args = words();
        if (args.isEmpty() || args.size() > 2)
            return fail(
                args.size() > 2 ? args[2].second : at,
                StrategyScript::tr("\\sleep needs an amount and an optional unit, e.g. \\sleep "
                                   ":think_ms ms"));
        const QStringView amount = args[0].first;
        if (args.size() == 2) {
            const QStringView unit = args[1].first;
            if (unit == u"us")
                command.sleepUnitUs = 1;
            else if (unit == u"ms")
                command.sleepUnitUs = 1000;
            else if (unit == u"s")
                command.sleepUnitUs = 1'000'000;
            else
                return fail(args[1].second,
                            StrategyScript::tr("unknown \\sleep unit \"%1\" (expected us, ms or s)")
                                .arg(unit));
        }
        if (amount.startsWith(u':') && isName(amount.mid(1))) {
            const int slot = slotFor(amount.mid(1).toString());
            m_uses.push_back({slot, args[0].second});
            command.expr = node(ScriptExprNode::Op::Var, args[0].second, -1, -1, slot);
        } else {
            bool ok = false;
            const qint64 value = amount.toLongLong(&ok);
            if (!ok || value < 0 || !amount[0].isDigit())
                return fail(args[0].second,
                            StrategyScript::tr("\\sleep needs a non-negative integer or a "
                                               ":variable, not \"%1\"")
                                .arg(amount));
            if (value > StrategyScript::maxSleepUs / command.sleepUnitUs)
                return fail(
                    args[0].second,
                    StrategyScript::tr("\\sleep of more than an hour is not allowed; use a shorter "
                                       "pause"));
            command.expr = node(ScriptExprNode::Op::Int, args[0].second, -1, -1, value);
        }
    } else if (name == u"if"_s || name == u"elif"_s) {
        const bool isIf = name == u"if"_s;
        command.kind = isIf ? ScriptCommand::Kind::If : ScriptCommand::Kind::Elif;
        if (!isIf) {
            if (m_open.empty())
                return fail(at, StrategyScript::tr(
                                    "\\elif without \\if (add \\if before it or remove it)"));
            if (m_d.commands[m_open.back().back()].kind == ScriptCommand::Kind::Else)
                return fail(at,
                            StrategyScript::tr("\\elif after \\else (move it before the \\else)"));
        } else {
            if (int(m_open.size()) >= StrategyScript::maxNesting)
                return fail(
                    at, StrategyScript::tr("\\if is nested more than %1 levels deep; simplify the "
                                           "script")
                            .arg(StrategyScript::maxNesting));
        }
        command.expr = parseExpression(p, lineEnd);
        if (command.expr < 0)
            return false;
    } else if (name == u"else"_s || name == u"endif"_s) {
        const bool isElse = name == u"else"_s;
        command.kind = isElse ? ScriptCommand::Kind::Else : ScriptCommand::Kind::Endif;
        if (m_open.empty())
            return fail(at,
                        StrategyScript::tr("\\%1 without \\if (add \\if before it or remove it)")
                            .arg(name));
        if (isElse && m_d.commands[m_open.back().back()].kind == ScriptCommand::Kind::Else)
            return fail(at, StrategyScript::tr("second \\else for the same \\if (remove one)"));
        const auto args = words();
        if (!args.isEmpty())
            return fail(args[0].second, StrategyScript::tr("\\%1 takes no arguments").arg(name));
    } else {
        return fail(at, StrategyScript::tr(
                            "unknown meta-command \\%1 (expected \\set, \\sleep, \\gset, \\if, "
                            "\\elif, \\else or \\endif)")
                            .arg(name.isEmpty() ? m_text.mid(at + 1, 1) : name));
    }

    const int index = int(m_d.commands.size());
    switch (command.kind) {
    case ScriptCommand::Kind::If:
        m_open.push_back({index});
        break;
    case ScriptCommand::Kind::Elif:
    case ScriptCommand::Kind::Else:
        m_d.commands[m_open.back().back()].jump = index;
        m_open.back().push_back(index);
        break;
    case ScriptCommand::Kind::Endif: {
        const std::vector<int>& chain = m_open.back();
        if (m_d.commands[chain.back()].kind != ScriptCommand::Kind::Else)
            m_d.commands[chain.back()].jump = index;
        for (int member : chain)
            m_d.commands[member].end = index;
        m_open.pop_back();
        break;
    }
    default:
        break;
    }
    m_d.commands.push_back(std::move(command));
    return true;
}

// ---- expressions

void Parser::lex() {
    const QString& t = m_text;
    while (m_exprPos < m_exprEnd && isBlank(t[m_exprPos]))
        ++m_exprPos;
    m_tok = Token{};
    m_tok.pos = m_exprPos;
    if (m_exprPos >= m_exprEnd)
        return;
    const qsizetype s = m_exprPos;
    const QChar c = t[s];
    auto take = [&](Token::Kind kind, qsizetype len) {
        m_tok.kind = kind;
        m_tok.text = QStringView(t).mid(s, len);
        m_exprPos = s + len;
    };
    if (c.isDigit()) {
        qsizetype e = s;
        while (e < m_exprEnd && t[e].isDigit())
            ++e;
        if (e < m_exprEnd && (t[e] == u'.' || t[e] == u'e' || t[e] == u'E' || isIdentChar(t[e]))) {
            take(Token::Bad, e - s + 1);
            return;
        }
        take(Token::Int, e - s);
        bool ok = false;
        m_tok.value = m_tok.text.toULongLong(&ok);
        if (!ok)
            m_tok.value = std::numeric_limits<quint64>::max(); // reported as out of range
    } else if (isIdentStart(c)) {
        qsizetype e = s;
        while (e < m_exprEnd && isIdentChar(t[e]))
            ++e;
        take(Token::Ident, e - s);
    } else if (c == u':' && s + 1 < m_exprEnd && isIdentStart(t[s + 1])) {
        qsizetype e = s + 1;
        while (e < m_exprEnd && isIdentChar(t[e]))
            ++e;
        take(Token::Var, e - s);
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

int Parser::node(ScriptExprNode::Op op, qsizetype pos, int first, int second, qint64 value) {
    ScriptExprNode n;
    n.op = op;
    n.first = first;
    n.second = second;
    n.value = value;
    n.column = columnOf(pos);
    m_d.nodes.push_back(n);
    return int(m_d.nodes.size()) - 1;
}

int Parser::parseExpression(qsizetype begin, qsizetype end) {
    m_exprPos = begin;
    m_exprEnd = end;
    m_depth = 0;
    lex();
    if (m_tok.kind == Token::End) {
        fail(begin,
             StrategyScript::tr("expression expected, e.g. random(1, :sessions) or :seats > 0"));
        return -1;
    }
    const int root = parseOr();
    if (root < 0)
        return -1;
    if (m_tok.kind != Token::End) {
        fail(m_tok.pos,
             StrategyScript::tr("bad expression: unexpected \"%1\" (an operator or the end of the "
                                "line was expected)")
                 .arg(m_tok.text));
        return -1;
    }
    return root;
}

bool Parser::expect(Token::Kind kind, const QString& what) {
    if (m_tok.kind == kind) {
        lex();
        return true;
    }
    return fail(
        m_tok.pos,
        m_tok.kind == Token::End
            ? StrategyScript::tr("bad expression: %1 expected at the end of the line").arg(what)
            : StrategyScript::tr("bad expression: %1 expected, not \"%2\"").arg(what, m_tok.text));
}

int Parser::parseOr() {
    int left = parseAnd();
    while (left >= 0 && m_tok.kind == Token::Ident &&
           m_tok.text.compare(u"or", Qt::CaseInsensitive) == 0) {
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseAnd();
        left = right < 0 ? -1 : node(ScriptExprNode::Op::Or, at, left, right);
    }
    return left;
}

int Parser::parseAnd() {
    int left = parseNot();
    while (left >= 0 && m_tok.kind == Token::Ident &&
           m_tok.text.compare(u"and", Qt::CaseInsensitive) == 0) {
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseNot();
        left = right < 0 ? -1 : node(ScriptExprNode::Op::And, at, left, right);
    }
    return left;
}

int Parser::parseNot() {
    if (m_tok.kind == Token::Ident && m_tok.text.compare(u"not", Qt::CaseInsensitive) == 0) {
        const qsizetype at = m_tok.pos;
        if (++m_depth > StrategyScript::maxNesting) {
            fail(at, StrategyScript::tr("expression is nested too deeply"));
            return -1;
        }
        lex();
        const int operand = parseNot();
        --m_depth;
        return operand < 0 ? -1 : node(ScriptExprNode::Op::Not, at, operand);
    }
    return parseComparison();
}

int Parser::parseComparison() {
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
    if (comparison(&op)) {
        fail(m_tok.pos,
             StrategyScript::tr("bad expression: comparisons cannot be chained (combine them with "
                                "and)"));
        return -1;
    }
    return node(op, at, left, right);
}

int Parser::parseAdditive() {
    int left = parseMultiplicative();
    while (left >= 0 && m_tok.kind == Token::Op && (m_tok.text == u"+" || m_tok.text == u"-")) {
        const auto op = m_tok.text == u"+" ? ScriptExprNode::Op::Add : ScriptExprNode::Op::Sub;
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseMultiplicative();
        left = right < 0 ? -1 : node(op, at, left, right);
    }
    return left;
}

int Parser::parseMultiplicative() {
    int left = parseUnary();
    while (left >= 0 && m_tok.kind == Token::Op &&
           (m_tok.text == u"*" || m_tok.text == u"/" || m_tok.text == u"%")) {
        const auto op = m_tok.text == u"*"   ? ScriptExprNode::Op::Mul
                        : m_tok.text == u"/" ? ScriptExprNode::Op::Div
                                             : ScriptExprNode::Op::Mod;
        const qsizetype at = m_tok.pos;
        lex();
        const int right = parseUnary();
        left = right < 0 ? -1 : node(op, at, left, right);
    }
    return left;
}

int Parser::parseUnary() {
    if (m_tok.kind == Token::Op && (m_tok.text == u"-" || m_tok.text == u"+")) {
        const bool minus = m_tok.text == u"-";
        const qsizetype at = m_tok.pos;
        if (++m_depth > StrategyScript::maxNesting) {
            fail(at, StrategyScript::tr("expression is nested too deeply"));
            return -1;
        }
        lex();
        int operand;
        if (minus && m_tok.kind == Token::Int &&
            m_tok.value == quint64(std::numeric_limits<qint64>::max()) + 1) {
            operand = node(ScriptExprNode::Op::Int, at, -1, -1, std::numeric_limits<qint64>::min());
            lex();
            --m_depth;
            return operand;
        }
        operand = parseUnary();
        --m_depth;
        if (operand < 0 || !minus)
            return operand;
        return node(ScriptExprNode::Op::Neg, at, operand);
    }
    return parsePrimary();
}

int Parser::parsePrimary() {
    using Op = ScriptExprNode::Op;
    const Token tok = m_tok;
    switch (tok.kind) {
    case Token::Int:
        if (tok.value > quint64(std::numeric_limits<qint64>::max())) {
            fail(tok.pos,
                 StrategyScript::tr("bad expression: integer %1 is out of range").arg(tok.text));
            return -1;
        }
        lex();
        return node(Op::Int, tok.pos, -1, -1, qint64(tok.value));
    case Token::Var: {
        const int slot = slotFor(tok.text.mid(1).toString());
        m_uses.push_back({slot, tok.pos});
        lex();
        return node(Op::Var, tok.pos, -1, -1, slot);
    }
    case Token::LParen: {
        if (++m_depth > StrategyScript::maxNesting) {
            fail(tok.pos, StrategyScript::tr("expression is nested too deeply"));
            return -1;
        }
        lex();
        const int inner = parseOr();
        --m_depth;
        if (inner < 0 || !expect(Token::RParen, u"')'"_s))
            return -1;
        return inner;
    }
    case Token::Ident: {
        const QString name = tok.text.toString().toLower();
        if (name == u"true"_s || name == u"false"_s) {
            lex();
            return node(Op::Bool, tok.pos, -1, -1, name == u"true"_s);
        }
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
            fail(tok.pos, StrategyScript::tr(
                              "bad expression: unknown name \"%1\" (functions: random, least, "
                              "greatest, abs; variables are written :name)")
                              .arg(tok.text));
            return -1;
        }
        lex();
        if (!expect(Token::LParen, StrategyScript::tr("'(' after %1").arg(name)))
            return -1;
        if (++m_depth > StrategyScript::maxNesting) {
            fail(tok.pos, StrategyScript::tr("expression is nested too deeply"));
            return -1;
        }
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
        if (int(args.size()) < minArgs || int(args.size()) > maxArgs) {
            fail(tok.pos,
                 minArgs == maxArgs
                     ? StrategyScript::tr("bad expression: %1() takes %2 argument(s), not %3")
                           .arg(name)
                           .arg(minArgs)
                           .arg(args.size())
                     : StrategyScript::tr("bad expression: %1() needs at least one argument")
                           .arg(name));
            return -1;
        }
        const int first = int(m_d.arguments.size());
        m_d.arguments.insert(m_d.arguments.end(), args.begin(), args.end());
        return node(op, tok.pos, first, int(args.size()));
    }
    case Token::End:
        fail(tok.pos,
             StrategyScript::tr("bad expression: operand expected at the end of the line"));
        return -1;
    case Token::Bad:
        if (!tok.text.isEmpty() && tok.text[0].isDigit()) {
            fail(tok.pos,
                 StrategyScript::tr("bad expression: \"%1\" is not an integer (only integers are "
                                    "supported)")
                     .arg(tok.text));
            return -1;
        }
        [[fallthrough]];
    default:
        fail(tok.pos, StrategyScript::tr("bad expression: unexpected \"%1\"").arg(tok.text));
        return -1;
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

class Evaluator {
public:
    Evaluator(const StrategyScript::Data& d, const std::vector<ScriptValue>& vars,
              std::uint64_t* rng, QString* error)
        : m_d(d)
        , m_vars(vars)
        , m_rng(rng)
        , m_error(error) {}

    struct Value {
        bool isBool;
        qint64 v;
    };

    bool eval(int index, Value* out);

private:
    bool fail(const QString& message) {
        if (m_error)
            *m_error = message;
        return false;
    }
    bool evalInt(int index, qint64* out);
    bool evalBool(int index, bool* out);

    const StrategyScript::Data& m_d;
    const std::vector<ScriptValue>& m_vars;
    std::uint64_t* m_rng;
    QString* m_error;
};

bool Evaluator::evalInt(int index, qint64* out) {
    Value v;
    if (!eval(index, &v))
        return false;
    if (v.isBool)
        return fail(StrategyScript::tr("a boolean cannot be used as an integer (column %1)")
                        .arg(m_d.nodes[index].column));
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
    const ScriptExprNode& n = m_d.nodes[index];
    const qint64 min = std::numeric_limits<qint64>::min();
    switch (n.op) {
    case Op::Int:
        *out = {false, n.value};
        return true;
    case Op::Bool:
        *out = {true, n.value};
        return true;
    case Op::Var: {
        const ScriptValue& var = m_vars[size_t(n.value)];
        switch (var.type) {
        case ScriptValue::Type::Int:
            *out = {false, var.integer};
            return true;
        case ScriptValue::Type::Bool:
            *out = {true, var.integer};
            return true;
        case ScriptValue::Type::Unset:
            return fail(StrategyScript::tr("undefined variable :%1").arg(m_d.names[n.value]));
        case ScriptValue::Type::Text: {
            const QStringView t = QStringView(var.text).trimmed();
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
                            .arg(m_d.names[n.value], var.text.left(40)));
        }
        }
        return false;
    }
    case Op::Neg: {
        qint64 a;
        if (!evalInt(n.first, &a))
            return false;
        if (a == min)
            return fail(StrategyScript::tr("integer out of range in negation"));
        *out = {false, -a};
        return true;
    }
    case Op::Not: {
        bool a;
        if (!evalBool(n.first, &a))
            return false;
        *out = {true, !a};
        return true;
    }
    case Op::And:
    case Op::Or: {
        bool a;
        if (!evalBool(n.first, &a))
            return false;
        if (a == (n.op == Op::Or)) {
            *out = {true, a};
            return true;
        }
        bool b;
        if (!evalBool(n.second, &b))
            return false;
        *out = {true, b};
        return true;
    }
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
    case Op::Ge: {
        qint64 a, b, r = 0;
        if (!evalInt(n.first, &a) || !evalInt(n.second, &b))
            return false;
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
                overflow = n.op == Op::Div && a == min;
                r = n.op == Op::Div && !overflow ? -a : 0;
            } else {
                r = n.op == Op::Div ? a / b : a % b;
            }
            break;
        case Op::Eq:
            *out = {true, a == b};
            return true;
        case Op::Ne:
            *out = {true, a != b};
            return true;
        case Op::Lt:
            *out = {true, a < b};
            return true;
        case Op::Le:
            *out = {true, a <= b};
            return true;
        case Op::Gt:
            *out = {true, a > b};
            return true;
        case Op::Ge:
            *out = {true, a >= b};
            return true;
        default:
            break;
        }
        if (overflow)
            return fail(
                StrategyScript::tr("integer out of range (overflow) at column %1").arg(n.column));
        *out = {false, r};
        return true;
    }
    case Op::Random: {
        qint64 low, high;
        if (!evalInt(m_d.arguments[n.first], &low) || !evalInt(m_d.arguments[n.first + 1], &high))
            return false;
        if (low > high)
            return fail(StrategyScript::tr(
                            "random(%1, %2): the lower bound is greater than the upper bound")
                            .arg(low)
                            .arg(high));
        if (quint64(high) - quint64(low) >= quint64(std::numeric_limits<qint64>::max()))
            return fail(
                StrategyScript::tr("random(%1, %2): the range is too large").arg(low).arg(high));
        *out = {false, scriptRandom(m_rng, low, high)};
        return true;
    }
    case Op::Least:
    case Op::Greatest: {
        qint64 best = 0;
        for (int i = 0; i < n.second; ++i) {
            qint64 v;
            if (!evalInt(m_d.arguments[n.first + i], &v))
                return false;
            if (i == 0 || (n.op == Op::Least ? v < best : v > best))
                best = v;
        }
        *out = {false, best};
        return true;
    }
    case Op::Abs: {
        qint64 a;
        if (!evalInt(m_d.arguments[n.first], &a))
            return false;
        if (a == min)
            return fail(StrategyScript::tr("integer out of range in abs()"));
        *out = {false, a < 0 ? -a : a};
        return true;
    }
    }
    return false;
}

const std::vector<ScriptCommand> emptyCommands;
const std::vector<ScriptExprNode> emptyNodes;
const std::vector<int> emptyArguments;
const QStringList emptyNames;

} // namespace

// ---------------------------------------------------------------------------------------------

StrategyScript StrategyScript::parse(const QString& text, const QString& fileName,
                                     const QStringList& providedVariables, ScriptError* error) {
    auto data = std::make_shared<Data>();
    data->fileName = fileName;
    data->id = QFileInfo(fileName).completeBaseName();
    Parser parser(text, QFileInfo(fileName).fileName(), *data);
    if (!parser.parse(providedVariables, error))
        return {};
    data->source = text;
    if (error)
        *error = {};
    StrategyScript script;
    script.d = std::move(data);
    return script;
}

StrategyScript StrategyScript::load(const QString& path, const QStringList& providedVariables,
                                    ScriptError* error) {
    auto failWith = [&](const QString& message) {
        if (error)
            *error = {QFileInfo(path).fileName(), 0, 0, message};
        return StrategyScript();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(StrategyScript::tr("cannot open the strategy file %1: %2")
                            .arg(path, file.errorString()));
    if (file.size() > maxSourceSize)
        return failWith(
            StrategyScript::tr("the file is too large (%1 bytes, at most %2 allowed); a strategy "
                               "is a few statements")
                .arg(file.size())
                .arg(maxSourceSize));
    const QByteArray bytes = file.read(maxSourceSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failWith(StrategyScript::tr("cannot read the strategy file %1: %2")
                            .arg(path, file.errorString()));
    if (bytes.contains('\0'))
        return failWith(
            StrategyScript::tr("the file contains binary data (NUL bytes); a strategy script must "
                               "be UTF-8 text"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return failWith(StrategyScript::tr("the file is not valid UTF-8 text"));
    return parse(text, path, providedVariables, error);
}

QString StrategyScript::id() const {
    return d ? d->id : QString();
}

QString StrategyScript::fileName() const {
    return d ? d->fileName : QString();
}

QString StrategyScript::source() const {
    return d ? d->source : QString();
}

QString StrategyScript::title(const QString& lang) const {
    if (!d)
        return {};
    if (lang.startsWith(u"de"_s) && !d->title[1].isEmpty())
        return d->title[1];
    return d->title[0].isEmpty() ? d->id : d->title[0];
}

QString StrategyScript::summary(const QString& lang) const {
    if (!d)
        return {};
    if (lang.startsWith(u"de"_s) && !d->summary[1].isEmpty())
        return d->summary[1];
    return d->summary[0];
}

StrategyScript::Kind StrategyScript::kind() const {
    return d ? d->kind : Kind::Unspecified;
}

const std::vector<ScriptCommand>& StrategyScript::commands() const {
    return d ? d->commands : emptyCommands;
}

const std::vector<ScriptExprNode>& StrategyScript::expressionNodes() const {
    return d ? d->nodes : emptyNodes;
}

const std::vector<int>& StrategyScript::arguments() const {
    return d ? d->arguments : emptyArguments;
}

const QStringList& StrategyScript::variableNames() const {
    return d ? d->names : emptyNames;
}

int StrategyScript::slotOf(const QString& name) const {
    return d ? d->slots.value(name, -1) : -1;
}

bool StrategyScript::isProvided(int slot) const {
    return d && slot >= 0 && size_t(slot) < d->provided.size() && d->provided[slot];
}

bool StrategyScript::evaluate(int expr, const std::vector<ScriptValue>& variables,
                              std::uint64_t* rngState, ScriptValue* result, QString* error) const {
    if (!d || expr < 0 || size_t(expr) >= d->nodes.size() ||
        variables.size() < size_t(d->names.size())) {
        if (error)
            *error = StrategyScript::tr("internal error: bad expression or variable vector");
        return false;
    }
    Evaluator evaluator(*d, variables, rngState, error);
    Evaluator::Value v;
    if (!evaluator.eval(expr, &v))
        return false;
    *result = v.isBool ? ScriptValue::fromBool(v.v) : ScriptValue::fromInt(v.v);
    return true;
}

bool StrategyScript::substitute(int index, const std::vector<ScriptValue>& variables, QString* out,
                                QString* error) const {
    for (const SqlPiece& piece : d->commands[size_t(index)].pieces) {
        out->append(piece.literal);
        if (piece.slot >= 0) {
            const ScriptValue& v = variables[size_t(piece.slot)];
            if (!v.isSet()) {
                if (error)
                    *error = StrategyScript::tr("undefined variable :%1").arg(d->names[piece.slot]);
                return false;
            }
            v.appendTo(*out);
        }
    }
    return true;
}

QStringList standardProvidedVariables() {
    return {u"sessions"_s, u"think_ms"_s, u"worker"_s, u"capacity_total"_s};
}

QStringList builtinStrategyIds() {
    return {u"naive"_s,         u"naive-tx"_s,        u"for-update"_s, u"atomic"_s,
            u"serializable"_s,  u"repeatable-read"_s, u"for-share"_s,  u"multi-unordered"_s,
            u"multi-ordered"_s, u"lock-table"_s};
}

StrategyScript builtinStrategy(const QString& id, const QStringList& providedVariables) {
    if (!builtinStrategyIds().contains(id))
        return {};
    ScriptError error;
    const StrategyScript script =
        StrategyScript::load(u":/sql/strategies/%1.sql"_s.arg(id), providedVariables, &error);
    if (script.isNull())
        qWarning("built-in strategy %s: %s", qPrintable(id), qPrintable(error.toString()));
    return script;
}

QList<StrategyScript> builtinStrategies(const QStringList& providedVariables) {
    QList<StrategyScript> out;
    for (const QString& id : builtinStrategyIds()) {
        const StrategyScript script = builtinStrategy(id, providedVariables);
        if (!script.isNull())
            out.append(script);
    }
    return out;
}

std::uint64_t scriptRandomSeed() {
    return QRandomGenerator::global()->generate64();
}

qint64 scriptRandom(std::uint64_t* state, qint64 low, qint64 high) {
    // splitmix64: one word of state, good enough statistics for picking seats
    auto next = [state] {
        std::uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    const std::uint64_t span = std::uint64_t(high) - std::uint64_t(low) + 1;
    // Lemire's multiply-shift with rejection: unbiased
    unsigned __int128 m = (unsigned __int128)next() * span;
    std::uint64_t l = std::uint64_t(m);
    if (l < span) {
        const std::uint64_t threshold = (0 - span) % span;
        while (l < threshold) {
            m = (unsigned __int128)next() * span;
            l = std::uint64_t(m);
        }
    }
    return qint64(std::uint64_t(low) + std::uint64_t(m >> 64));
}

} // namespace seatsim
