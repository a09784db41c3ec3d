#pragma once

#include "script/parsestate.h"
#include "script/scriptast.h"
#include "script/strategyscript.h"

#include <QList>
#include <QStringView>

#include <utility>
#include <vector>

namespace seatsim {

// What the '--' lines at the top of a script say.
struct ScriptHeader {
    QString title[2]; // en, de
    QString summary[2];
    StrategyScript::Kind kind = StrategyScript::Kind::Unspecified;
    DemoLoad demo;
};

// Reads a script's text into its header and its program: SQL statements (split with the
// SqlScanner), meta-commands, and through the ExprParser their expressions.
class ScriptParser {
public:
    ScriptParser(const QString& text, const QString& fileName, ScriptHeader& header,
                 ScriptProgram& program)
        : m_text(text)
        , m_state(text, fileName, program)
        , m_header(header)
        , m_program(program) {}

    // providedVariables count as set; false with `error` filled when the text is no script.
    bool parse(const QStringList& providedVariables, Error& error);

private:
    // One meta-command line: "\name args", without a trailing comment.
    struct MetaLine {
        qsizetype at = 0;   // the backslash
        qsizetype args = 0; // just after the name
        qsizetype end = 0;  // end of the arguments, trailing blanks cut off
        qsizetype eol = 0;  // the end of the line
        QString name;       // lower case
    };
    using Words = QList<std::pair<QStringView, qsizetype>>; // word and its position

    bool checkCharacters();
    qsizetype parseHeader();
    bool parseDemoLoad(QStringView value, qsizetype valuePos);
    bool parseBody(qsizetype pos);
    bool scanSql(qsizetype& pos, qsizetype start, bool* terminated);
    bool finishSql(qsizetype start, qsizetype end, bool gset, const QString& prefix);
    void noteGsetColumns(const ScriptCommand& command, qsizetype start);

    bool metaCommand(qsizetype& pos, qsizetype sqlStart);
    bool readMetaLine(qsizetype pos, MetaLine* line);
    Words words(const MetaLine& line) const;
    bool parseGset(const MetaLine& line, qsizetype sqlStart);
    bool parseSet(const MetaLine& line, ScriptCommand& command);
    bool parseSleep(const MetaLine& line, ScriptCommand& command);
    bool parseSleepUnit(const Words& args, ScriptCommand& command);
    bool parseIf(const MetaLine& line, bool isIf, ScriptCommand& command);
    bool parseElseOrEndif(const MetaLine& line, bool isElse, ScriptCommand& command);
    void append(ScriptCommand&& command);

    const QString& m_text;
    ParseState m_state;
    ScriptHeader& m_header;
    ScriptProgram& m_program;
    bool m_gsetColumnsUnknown = false;
    std::vector<std::vector<int>> m_open; // per open \if: its \if, \elif and \else commands
};

} // namespace seatsim
