#include "script/scriptparser.h"

#include "script/exprparser.h"
#include "script/resultcolumns.h"
#include "script/sqlscanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

bool isName(QStringView w) {
    if (w.isEmpty() || !isSqlIdentStart(w[0]))
        return false;
    return std::all_of(w.begin(), w.end(), [](QChar c) { return isSqlIdentChar(c); });
}

} // namespace

bool ScriptParser::parse(const QStringList& providedVariables, Error& error) {
    for (const QString& name : providedVariables)
        m_state.provide(name);
    bool ok = false;
    if (m_text.size() > StrategyScript::maxSourceSize) {
        m_state.failAt(0, 0,
                       StrategyScript::tr("the script is too large (%1 characters, at most %2 "
                                          "allowed); a strategy is a few statements")
                           .arg(m_text.size())
                           .arg(StrategyScript::maxSourceSize));
    } else if (checkCharacters()) {
        const qsizetype body = parseHeader();
        ok = !m_state.failed() && parseBody(body);
    }
    if (ok && !m_open.empty()) {
        const ScriptCommand& c = m_program.commands[size_t(m_open.back().front())];
        ok = m_state.failAt(
            c.line, c.column,
            StrategyScript::tr("\\if is not closed at the end of the file (add \\endif)"));
    }
    if (ok)
        ok = m_state.checkRenamed();
    if (ok && !m_gsetColumnsUnknown)
        ok = m_state.checkUses();
    if (!ok)
        error = m_state.error();
    return ok;
}

bool ScriptParser::checkCharacters() {
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const char16_t c = m_text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f ||
            c == 0xfffd) {
            return m_state.fail(
                i, StrategyScript::tr("binary data (character U+%1) in the script; a strategy "
                                      "script must be UTF-8 text")
                       .arg(uint(c), 4, 16, QChar(u'0')));
        }
    }
    return true;
}

// Reads the '--' header (its keys are described in strategyscript.h); returns where the body
// starts.
qsizetype ScriptParser::parseHeader() {
    enum Key { None, Title, TitleDe, Summary, SummaryDe, KindKey, Demo };
    static const std::pair<QLatin1StringView, Key> keys[] = {
        {"title[de]"_L1, TitleDe}, {"title"_L1, Title},  {"summary[de]"_L1, SummaryDe},
        {"summary"_L1, Summary},   {"kind"_L1, KindKey}, {"demo"_L1, Demo},
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
        case TitleDe:
            m_header.title[key == Title ? 0 : 1] = value.toString();
            break;
        case Summary:
        case SummaryDe:
            m_header.summary[key == Summary ? 0 : 1] = value.toString();
            break;
        case KindKey:
            if (value.compare("broken"_L1, Qt::CaseInsensitive) == 0) {
                m_header.kind = StrategyScript::Kind::Broken;
            } else if (value.compare("safe"_L1, Qt::CaseInsensitive) == 0) {
                m_header.kind = StrategyScript::Kind::Safe;
            } else {
                m_state.fail(
                    m_text.indexOf(value, contentPos),
                    StrategyScript::tr("unknown kind \"%1\" (expected broken or safe)").arg(value));
                return n;
            }
            break;
        case Demo:
            if (!parseDemoLoad(value, m_text.indexOf(value, contentPos)))
                return n;
            break;
        case None:
            if (last == Summary || last == SummaryDe) {
                QString& summary = m_header.summary[last == Summary ? 0 : 1];
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

// "think 150 ms, pause 100 ms": each item a name, an integer, and "ms" for the pauses.
bool ScriptParser::parseDemoLoad(QStringView value, qsizetype valuePos) {
    struct Field {
        QLatin1StringView name;
        std::optional<int> DemoLoad::*member;
        bool milliseconds;
        int minimum;
        int maximum;
    };
    static const Field fields[] = {
        {"threads"_L1, &DemoLoad::threads, false, 1, 64},
        {"per-thread"_L1, &DemoLoad::perThread, false, 1, 100000},
        {"think"_L1, &DemoLoad::thinkMs, true, 0, 10000},
        {"pause"_L1, &DemoLoad::pauseMs, true, 0, 10000},
    };
    qsizetype itemPos = 0;
    for (const QStringView raw : value.split(u',')) {
        const QStringView item = raw.trimmed();
        const qsizetype pos = valuePos + itemPos + raw.indexOf(item);
        itemPos += raw.size() + 1;
        const QList<QStringView> words = item.split(u' ', Qt::SkipEmptyParts);
        const Field* field = nullptr;
        for (const Field& candidate : fields) {
            if (!words.isEmpty() && words[0].compare(candidate.name, Qt::CaseInsensitive) == 0)
                field = &candidate;
        }
        bool number = false;
        const int amount = words.size() >= 2 ? words[1].toInt(&number) : 0;
        const bool unitRight =
            field &&
            (field->milliseconds ? words.size() == 3 && words[2] == u"ms" : words.size() == 2);
        if (!field || !number || !unitRight) {
            return m_state.fail(
                pos, StrategyScript::tr("\"%1\" in the demo load is not understood: write, "
                                        "separated by commas, threads N, per-thread N, "
                                        "think N ms, pause N ms")
                         .arg(item));
        }
        if (amount < field->minimum || amount > field->maximum) {
            return m_state.fail(pos, StrategyScript::tr("%1 %2 in the demo load is out of range "
                                                        "(%3 to %4)")
                                         .arg(field->name)
                                         .arg(amount)
                                         .arg(field->minimum)
                                         .arg(field->maximum));
        }
        m_header.demo.*(field->member) = amount;
    }
    return true;
}

bool ScriptParser::parseBody(qsizetype pos) {
    using Kind = SqlToken::Kind;
    const qsizetype n = m_text.size();
    while (pos < n) {
        SqlScanner scanner(m_text, pos);
        const SqlToken token = scanner.next();
        if (token.kind == Kind::Space || token.kind == Kind::LineComment ||
            token.kind == Kind::Semicolon) { // an empty statement, as pgbench ignores it
            pos = token.end;
        } else if (token.kind == Kind::Backslash) {
            if (!metaCommand(pos, -1))
                return false;
        } else {
            const qsizetype start = pos;
            bool terminated = false;
            if (!scanSql(pos, start, &terminated))
                return false;
            if (!terminated) {
                if (pos >= n) {
                    return m_state.fail(
                        start, StrategyScript::tr("SQL statement is not terminated at the end of "
                                                  "the file (add ';' at its end)"));
                }
                if (!metaCommand(pos, start)) // pos is at the backslash
                    return false;
            }
        }
    }
    return true;
}

// Scans one SQL statement from pos; stops after its ';' (terminated), at a backslash outside
// quotes and comments, or at the end of the text.
bool ScriptParser::scanSql(qsizetype& pos, qsizetype start, bool* terminated) {
    using Kind = SqlToken::Kind;
    SqlScanner scanner(m_text, pos);
    for (SqlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
        pos = token.end;
        switch (token.kind) {
        case Kind::Semicolon:
            *terminated = true;
            return finishSql(start, token.begin, false, {});
        case Kind::Backslash:
            pos = token.begin;
            return true;
        case Kind::UnclosedComment:
            return m_state.fail(token.begin,
                                StrategyScript::tr("comment /* is not closed (add */)"));
        case Kind::UnclosedQuote:
            return m_state.fail(
                token.begin, StrategyScript::tr("quoted text starting here is not closed (add %1)")
                                 .arg(m_text[token.begin]));
        case Kind::UnclosedDollar:
            return m_state.fail(token.begin,
                                StrategyScript::tr("dollar-quoted text starting here is not "
                                                   "closed (add %1)")
                                    .arg(QStringView(m_text).mid(token.begin, token.tagLength)));
        default:
            break;
        }
    }
    pos = m_text.size();
    return true;
}

bool ScriptParser::finishSql(qsizetype start, qsizetype end, bool gset, const QString& prefix) {
    using Kind = SqlToken::Kind;
    while (end > start && m_text[end - 1].isSpace())
        --end;
    ScriptCommand command;
    command.kind = ScriptCommand::Kind::Sql;
    command.line = m_state.lineOf(start);
    command.column = m_state.columnOf(start);
    command.sql = m_text.mid(start, end - start);
    command.gset = gset;
    command.gsetPrefix = prefix;
    const QString& sql = command.sql;
    qsizetype literalStart = 0;
    bool first = true;
    SqlScanner scanner(sql);
    for (SqlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
        if (first && token.kind != Kind::Space && token.kind != Kind::LineComment &&
            token.kind != Kind::BlockComment) {
            first = false;
            const QStringView word = scanner.text(token);
            command.isCommit = token.kind == Kind::Identifier &&
                               (word.compare("commit"_L1, Qt::CaseInsensitive) == 0 ||
                                word.compare("end"_L1, Qt::CaseInsensitive) == 0);
        }
        if (token.kind != Kind::Variable)
            continue;
        const int slot =
            m_state.slotFor(scanner.text(token).mid(1).toString(), start + token.begin);
        m_state.use(slot, start + token.begin);
        command.pieces.push_back({sql.mid(literalStart, token.begin - literalStart), slot});
        literalStart = token.end;
    }
    if (literalStart < sql.size() || command.pieces.empty())
        command.pieces.push_back({sql.mid(literalStart), -1});
    if (gset)
        noteGsetColumns(command, start);
    m_program.commands.push_back(std::move(command));
    return true;
}

// Marks the columns of a \gset query as set, so that "used but never set" knows them. When a
// column's name cannot be told, that check is skipped and a missing variable is reported at
// run time instead.
void ScriptParser::noteGsetColumns(const ScriptCommand& command, qsizetype start) {
    const ResultColumns columns = guessResultColumns(command.sql);
    if (!columns.complete)
        m_gsetColumnsUnknown = true;
    for (const QString& name : columns.names)
        m_state.assign(m_state.slotFor(command.gsetPrefix + name, start));
}

// ---- meta-commands

bool ScriptParser::metaCommand(qsizetype& pos, qsizetype sqlStart) {
    MetaLine line;
    const bool read = readMetaLine(pos, &line);
    pos = line.eol;
    if (!read)
        return false;
    const std::optional<MetaCommand> which = metaCommandNamed(line.name);
    if (which == MetaCommand::Gset)
        return parseGset(line, sqlStart);
    if (sqlStart >= 0) {
        return m_state.fail(sqlStart, StrategyScript::tr("SQL statement is not terminated before "
                                                         "\\%1 (add ';' at its end)")
                                          .arg(line.name));
    }
    if (!which) {
        return m_state.fail(line.at,
                            StrategyScript::tr("unknown meta-command \\%1 (expected "
                                               "\\set, \\sleep, \\gset, \\if, \\elif, "
                                               "\\else or \\endif)")
                                .arg(line.name.isEmpty() ? m_text.mid(line.at + 1, 1) : line.name));
    }
    ScriptCommand command;
    command.line = m_state.lineOf(line.at);
    command.column = m_state.columnOf(line.at);
    bool ok = false;
    switch (*which) {
    case MetaCommand::Set:
        ok = parseSet(line, command);
        break;
    case MetaCommand::Sleep:
        ok = parseSleep(line, command);
        break;
    case MetaCommand::If:
    case MetaCommand::Elif:
        ok = parseIf(line, *which == MetaCommand::If, command);
        break;
    case MetaCommand::Else:
    case MetaCommand::Endif:
        ok = parseElseOrEndif(line, *which == MetaCommand::Else, command);
        break;
    case MetaCommand::Gset:
        break;
    }
    if (ok)
        append(std::move(command));
    return ok;
}

bool ScriptParser::readMetaLine(qsizetype pos, MetaLine* line) {
    qsizetype eol = m_text.indexOf(u'\n', pos);
    if (eol < 0)
        eol = m_text.size();
    qsizetype p = pos + 1;
    while (p < eol && m_text[p].isLetter())
        ++p;
    line->at = pos;
    line->args = p;
    line->name = m_text.mid(pos + 1, p - pos - 1).toLower();
    line->end = eol;
    line->eol = eol;
    while (line->end > p && m_text[line->end - 1].isSpace())
        --line->end;
    const qsizetype commentAt = m_text.indexOf(u"--", p);
    if (commentAt >= 0 && commentAt < line->end) {
        return m_state.fail(
            commentAt, StrategyScript::tr("a comment cannot follow a meta-command on the same "
                                          "line (pgbench would read it as part of the command); "
                                          "move it to a line of its own"));
    }
    return true;
}

ScriptParser::Words ScriptParser::words(const MetaLine& line) const {
    Words out;
    qsizetype i = line.args;
    while (i < line.end) {
        while (i < line.end && isScriptBlank(m_text[i]))
            ++i;
        const qsizetype s = i;
        while (i < line.end && !isScriptBlank(m_text[i]))
            ++i;
        if (i > s)
            out.append({QStringView(m_text).mid(s, i - s), s});
    }
    return out;
}

bool ScriptParser::parseGset(const MetaLine& line, qsizetype sqlStart) {
    const Words args = words(line);
    if (args.size() > 1 || (args.size() == 1 && !isName(args[0].first)))
        return m_state.fail(
            args.size() > 1 ? args[1].second : args[0].second,
            StrategyScript::tr("\\gset takes at most one argument, a variable name prefix"));
    const QString prefix = args.isEmpty() ? QString() : args[0].first.toString();
    if (sqlStart >= 0)
        return finishSql(sqlStart, line.at, true, prefix);
    if (m_program.commands.empty() || m_program.commands.back().kind != ScriptCommand::Kind::Sql ||
        m_program.commands.back().gset)
        return m_state.fail(line.at, StrategyScript::tr("\\gset must follow an SQL query (write "
                                                        "it after the SELECT, in place of the "
                                                        "';')"));
    ScriptCommand& last = m_program.commands.back();
    last.gset = true;
    last.gsetPrefix = prefix;
    noteGsetColumns(last, line.at);
    return true;
}

bool ScriptParser::parseSet(const MetaLine& line, ScriptCommand& command) {
    command.kind = ScriptCommand::Kind::Set;
    qsizetype i = line.args;
    while (i < line.end && isScriptBlank(m_text[i]))
        ++i;
    const qsizetype nameStart = i;
    while (i < line.end && !isScriptBlank(m_text[i]))
        ++i;
    const QStringView var = QStringView(m_text).mid(nameStart, i - nameStart);
    if (!isName(var)) {
        return m_state.fail(var.isEmpty() ? line.at : nameStart,
                            StrategyScript::tr("\\set needs a variable name and an expression, "
                                               "e.g. \\set user_id random(1, 100)"));
    }
    command.slot = m_state.slotFor(var.toString(), nameStart);
    m_state.assign(command.slot);
    command.expr = ExprParser(m_state).parse(i, line.end);
    return command.expr >= 0;
}

bool ScriptParser::parseSleep(const MetaLine& line, ScriptCommand& command) {
    command.kind = ScriptCommand::Kind::Sleep;
    const Words args = words(line);
    if (args.isEmpty() || args.size() > 2)
        return m_state.fail(args.size() > 2 ? args[2].second : line.at,
                            StrategyScript::tr("\\sleep needs an amount and an optional unit, "
                                               "e.g. \\sleep :think_ms ms"));
    if (!parseSleepUnit(args, command))
        return false;
    const auto [amount, at] = args[0];
    if (amount.startsWith(u':') && isName(amount.mid(1))) {
        const int slot = m_state.slotFor(amount.mid(1).toString(), at);
        m_state.use(slot, at);
        command.expr = m_state.addNode(ScriptExprNode::Op::Var, at, -1, -1, slot);
        return true;
    }
    bool ok = false;
    const qint64 value = amount.toLongLong(&ok);
    if (!ok || value < 0 || !amount[0].isDigit())
        return m_state.fail(at, StrategyScript::tr("\\sleep needs a non-negative integer or a "
                                                   ":variable, not \"%1\"")
                                    .arg(amount));
    if (value > StrategyScript::maxSleepUs / command.sleepUnitUs)
        return m_state.fail(at, StrategyScript::tr("\\sleep of more than an hour is not "
                                                   "allowed; use a shorter pause"));
    command.expr = m_state.addNode(ScriptExprNode::Op::Int, at, -1, -1, value);
    return true;
}

bool ScriptParser::parseSleepUnit(const Words& args, ScriptCommand& command) {
    if (args.size() < 2)
        return true;
    const QStringView unit = args[1].first;
    if (unit == u"us")
        command.sleepUnitUs = 1;
    else if (unit == u"ms")
        command.sleepUnitUs = 1000;
    else if (unit == u"s")
        command.sleepUnitUs = 1'000'000;
    else
        return m_state.fail(
            args[1].second,
            StrategyScript::tr("unknown \\sleep unit \"%1\" (expected us, ms or s)").arg(unit));
    return true;
}

bool ScriptParser::parseIf(const MetaLine& line, bool isIf, ScriptCommand& command) {
    command.kind = isIf ? ScriptCommand::Kind::If : ScriptCommand::Kind::Elif;
    if (!isIf) {
        if (m_open.empty())
            return m_state.fail(
                line.at,
                StrategyScript::tr("\\elif without \\if (add \\if before it or remove it)"));
        if (m_program.commands[size_t(m_open.back().back())].kind == ScriptCommand::Kind::Else)
            return m_state.fail(
                line.at, StrategyScript::tr("\\elif after \\else (move it before the \\else)"));
    } else if (int(m_open.size()) >= StrategyScript::maxNesting) {
        return m_state.fail(line.at, StrategyScript::tr("\\if is nested more than %1 levels "
                                                        "deep; simplify the script")
                                         .arg(StrategyScript::maxNesting));
    }
    command.expr = ExprParser(m_state).parse(line.args, line.end);
    return command.expr >= 0;
}

bool ScriptParser::parseElseOrEndif(const MetaLine& line, bool isElse, ScriptCommand& command) {
    command.kind = isElse ? ScriptCommand::Kind::Else : ScriptCommand::Kind::Endif;
    if (m_open.empty())
        return m_state.fail(
            line.at, StrategyScript::tr("\\%1 without \\if (add \\if before it or remove it)")
                         .arg(line.name));
    if (isElse &&
        m_program.commands[size_t(m_open.back().back())].kind == ScriptCommand::Kind::Else)
        return m_state.fail(line.at,
                            StrategyScript::tr("second \\else for the same \\if (remove one)"));
    const Words args = words(line);
    if (!args.isEmpty())
        return m_state.fail(args[0].second,
                            StrategyScript::tr("\\%1 takes no arguments").arg(line.name));
    return true;
}

// Adds a meta-command, linking \if, \elif, \else and \endif into their chain.
void ScriptParser::append(ScriptCommand&& command) {
    std::vector<ScriptCommand>& commands = m_program.commands;
    const int index = int(commands.size());
    switch (command.kind) {
    case ScriptCommand::Kind::If:
        m_open.push_back({index});
        break;
    case ScriptCommand::Kind::Elif:
    case ScriptCommand::Kind::Else:
        commands[size_t(m_open.back().back())].jump = index;
        m_open.back().push_back(index);
        break;
    case ScriptCommand::Kind::Endif: {
        const std::vector<int>& chain = m_open.back();
        if (commands[size_t(chain.back())].kind != ScriptCommand::Kind::Else)
            commands[size_t(chain.back())].jump = index;
        for (int member : chain)
            commands[size_t(member)].end = index;
        m_open.pop_back();
        break;
    }
    default:
        break;
    }
    commands.push_back(std::move(command));
}

} // namespace seatsim
