#include "script/strategyscript.h"

#include "script/programvariables.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QStringList provided{var::sessions, var::thinkMs};

StrategyScript parse(const QString& text, Error* error = nullptr) {
    Error local;
    return StrategyScript::parse(text, u"test.sql"_s, provided, error ? *error : local);
}

// Evaluates the expression of a one-line "\set x <expr>" script.
bool evaluate(const QString& expr, ScriptValue* result, QString* error,
              std::vector<ScriptValue> vars = {}, std::uint64_t* rng = nullptr) {
    Error parseError;
    const StrategyScript script = parse(u"\\set x "_s + expr + u"\n"_s, &parseError);
    if (script.isNull()) {
        *error = parseError.text();
        return false;
    }
    vars.resize(size_t(script.variableNames().size()));
    std::uint64_t state = 1;
    Error evalError;
    const bool ok = script.evaluate(script.commands().front().expr, vars, rng ? rng : &state,
                                    result, evalError);
    *error = evalError.message;
    return ok;
}

} // namespace

class TestStrategyScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltinParsesWithTitlesAndSummariesInEnglishAndGerman();
    void headerGivesTitleSummaryKindAndGermanFallsBackToEnglish();
    void sqlStatementsSpanLinesAndSemicolonsInQuotesDoNotSplit();
    void variablesInSqlAreSubstitutedButNotInsideQuotesOrCasts();
    void gsetEndsAQueryAndDefinesItsColumnsAsVariables();
    void gsetOnTheLineAfterASemicolonAppliesToThatQuery();
    void gsetWithoutAQueryIsAnError();
    void commitAndEndAreMarkedAsCommits();
    void expressionsEvaluate_data();
    void expressionsEvaluate();
    void runTimeErrorsAreReportedNotCrashes_data();
    void runTimeErrorsAreReportedNotCrashes();
    void andOrShortCircuitLikePgbench();
    void undefinedVariableAtRunTimeIsNamed();
    void randomStaysInRangeAndRepeatsForTheSameState();
    void ifElifElseEndifJumpTargetsFormTheChain();
    void sleepTakesUnitsAndVariables();
    void malformedScriptsGiveFileLineColumnErrors_data();
    void malformedScriptsGiveFileLineColumnErrors();
    void unknownMetaCommandIsAnErrorWithLineAndColumn();
    void scriptsMentionOnlyTheArgumentsTheyWrite();
    void providedVariablesNeedNoSet();
    void hugeInputIsRejected();
    void ifNestingDeeperThanTheLimitIsAnError();
    void deeplyNestedParenthesesAreAnErrorNotAStackOverflow();
    void everyTruncationOfABuiltinParsesOrReportsAnError();
    void loadReportsUnreadableAndNonUtf8Files();
};

void TestStrategyScript::everyBuiltinParsesWithTitlesAndSummariesInEnglishAndGerman() {
    const QList<StrategyScript> scripts = builtinStrategies();
    QCOMPARE(scripts.size(), builtinStrategyIds().size());
    QStringList broken;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        const StrategyScript& s = scripts[i];
        QCOMPARE(s.id(), builtinStrategyIds()[i]);
        QVERIFY2(!s.title().isEmpty() && s.title() != s.id(), qPrintable(s.id()));
        QVERIFY2(!s.title(u"de"_s).isEmpty(), qPrintable(s.id()));
        QVERIFY2(s.summary().size() > 60, qPrintable(s.id()));
        QVERIFY2(s.summary(u"de"_s).size() > 60, qPrintable(s.id()));
        QVERIFY2(s.summary(u"de"_s) != s.summary(), qPrintable(s.id()));
        QVERIFY2(s.kind() != StrategyScript::Kind::Unspecified, qPrintable(s.id()));
        for (const QString& name :
             {QString(var::userId), QString(var::sessionId), QString(var::reserved)})
            QVERIFY2(s.mentions(name), qPrintable(s.id() + u' ' + name));
        if (s.isBroken())
            broken.append(s.id());
    }
    QCOMPARE(broken,
             (QStringList{u"naive"_s, u"naive-tx"_s, u"for-share"_s, u"multi-unordered"_s}));
}

void TestStrategyScript::headerGivesTitleSummaryKindAndGermanFallsBackToEnglish() {
    const StrategyScript s = parse(u"-- title: Naive\n"
                                   "-- kind: broken\n"
                                   "-- summary: Reads, then\n"
                                   "-- writes.\n"
                                   "--\n"
                                   "-- Second paragraph.\n"
                                   "-- summary[de]: Liest.\n"
                                   "\n"
                                   "-- an ordinary comment\n"
                                   "SELECT 1;\n"_s);
    QVERIFY(!s.isNull());
    QCOMPARE(s.id(), u"test"_s);
    QCOMPARE(s.title(), u"Naive"_s);
    QCOMPARE(s.title(u"de"_s), u"Naive"_s);
    QCOMPARE(s.summary(), u"Reads, then writes.\nSecond paragraph."_s);
    QCOMPARE(s.summary(u"de"_s), u"Liest."_s);
    QVERIFY(s.isBroken());
    QCOMPARE(s.commands().size(), size_t(1));
}

void TestStrategyScript::sqlStatementsSpanLinesAndSemicolonsInQuotesDoNotSplit() {
    const StrategyScript s = parse(u"SELECT 'a;b', \"c;d\", $$e;f$$, $t$g;$t$, E'h\\';i'\n"
                                   "  -- j;k\n"
                                   "  /* l; /* nested; */ m; */ FROM x;\n"
                                   "SELECT 2; SELECT 3;\n"_s);
    QVERIFY(!s.isNull());
    QCOMPARE(s.commands().size(), size_t(3));
    QVERIFY(s.commands()[0].sql.startsWith(u"SELECT 'a;b'"_s));
    QVERIFY(s.commands()[0].sql.endsWith(u"*/ FROM x"_s));
    QCOMPARE(s.commands()[1].sql, u"SELECT 2"_s);
    QCOMPARE(s.commands()[2].sql, u"SELECT 3"_s);
    QCOMPARE(s.commands()[2].line, 4);
    QCOMPARE(s.commands()[2].column, 11);
}

void TestStrategyScript::variablesInSqlAreSubstitutedButNotInsideQuotesOrCasts() {
    const StrategyScript s =
        parse(u"\\set a 42\nSELECT :a, ':a', x::int, $$:a$$ FROM t WHERE id=:a -- :a\n;\n"_s);
    QVERIFY(!s.isNull());
    std::vector<ScriptValue> vars(size_t(s.variableNames().size()));
    vars[size_t(s.slotOf(u"a"_s))] = ScriptValue::fromInt(42);
    QString sql;
    Error error;
    QVERIFY(s.substitute(1, vars, &sql, error));
    QCOMPARE(sql, u"SELECT 42, ':a', x::int, $$:a$$ FROM t WHERE id=42 -- :a"_s);
    QCOMPARE(s.commands()[1].pieces.size(), size_t(3));

    vars[size_t(s.slotOf(u"a"_s))] = ScriptValue::fromBool(true);
    sql.clear();
    QVERIFY(s.substitute(1, vars, &sql, error));
    QVERIFY(sql.startsWith(u"SELECT true,"_s));
}

void TestStrategyScript::gsetEndsAQueryAndDefinesItsColumnsAsVariables() {
    const StrategyScript s =
        parse(u"SELECT seats, s.id, count(*), x::int AS y, 1 + 2 total FROM t s \\gset\n"
              "WITH u AS (UPDATE t SET a = 1 RETURNING 1) SELECT count(*) AS booked FROM u "
              "\\gset p_\n"
              "SELECT :seats + :id + :count + :y + :total + :p_booked;\n"_s);
    QVERIFY(!s.isNull());
    QCOMPARE(s.commands().size(), size_t(3));
    QVERIFY(s.commands()[0].gset);
    QCOMPARE(s.commands()[0].sql,
             u"SELECT seats, s.id, count(*), x::int AS y, 1 + 2 total FROM t s"_s);
    QCOMPARE(s.commands()[1].gsetPrefix, u"p_"_s);
    QVERIFY(!s.commands()[2].gset);
}

void TestStrategyScript::gsetOnTheLineAfterASemicolonAppliesToThatQuery() {
    const StrategyScript s = parse(u"SELECT 1 AS one;\n\\gset\nSELECT :one;\n"_s);
    QVERIFY(!s.isNull());
    QCOMPARE(s.commands().size(), size_t(2));
    QVERIFY(s.commands()[0].gset);
}

void TestStrategyScript::gsetWithoutAQueryIsAnError() {
    Error error;
    QVERIFY(parse(u"\\set a 1\n\\gset\n"_s, &error).isNull());
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"must follow an SQL query"_s), qPrintable(error.text()));
}

void TestStrategyScript::commitAndEndAreMarkedAsCommits() {
    const StrategyScript s = parse(u"BEGIN;\ncommit;\nEND;\nENDX;\nSELECT 1;\n"_s);
    QVERIFY(!s.isNull());
    QVERIFY(!s.commands()[0].isCommit);
    QVERIFY(s.commands()[1].isCommit);
    QVERIFY(s.commands()[2].isCommit);
    QVERIFY(!s.commands()[3].isCommit);
    QVERIFY(!s.commands()[4].isCommit);
}

void TestStrategyScript::expressionsEvaluate_data() {
    QTest::addColumn<QString>("expr");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("isBool");
    QTest::newRow("precedence") << u"1 + 2 * 3"_s << qint64(7) << false;
    QTest::newRow("parentheses") << u"(1 + 2) * 3"_s << qint64(9) << false;
    QTest::newRow("division truncates") << u"-7 / 2"_s << qint64(-3) << false;
    QTest::newRow("modulo sign") << u"-7 % 3"_s << qint64(-1) << false;
    QTest::newRow("unary minus twice") << u"- -4"_s << qint64(4) << false;
    QTest::newRow("least") << u"least(3, 1, 2)"_s << qint64(1) << false;
    QTest::newRow("greatest") << u"greatest(3, 7, 2)"_s << qint64(7) << false;
    QTest::newRow("abs") << u"abs(-5)"_s << qint64(5) << false;
    QTest::newRow("max int") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max()
                             << false;
    QTest::newRow("min int") << u"-9223372036854775808"_s << std::numeric_limits<qint64>::min()
                             << false;
    QTest::newRow("min % -1") << u"-9223372036854775808 % -1"_s << qint64(0) << false;
    QTest::newRow("less") << u"1 < 2"_s << qint64(1) << true;
    QTest::newRow("not equal !=") << u"1 != 1"_s << qint64(0) << true;
    QTest::newRow("not equal <>") << u"1 <> 2"_s << qint64(1) << true;
    QTest::newRow("ge") << u"2 >= 2"_s << qint64(1) << true;
    QTest::newRow("le") << u"3 <= 2"_s << qint64(0) << true;
    QTest::newRow("and binds tighter than or")
        << u"1 = 2 and 1 = 1 or 2 = 2"_s << qint64(1) << true;
    QTest::newRow("not below comparison") << u"not 1 > 2"_s << qint64(1) << true;
    QTest::newRow("upper case keywords") << u"NOT (1 = 1 AND FALSE) OR 0"_s << qint64(1) << true;
    QTest::newRow("integer as condition") << u"5 and 0"_s << qint64(0) << true;
}

void TestStrategyScript::expressionsEvaluate() {
    QFETCH(QString, expr);
    QFETCH(qint64, value);
    QFETCH(bool, isBool);
    ScriptValue result;
    QString error;
    QVERIFY2(evaluate(expr, &result, &error), qPrintable(error));
    QCOMPARE(result.integer, value);
    QCOMPARE(result.type == ScriptValue::Type::Bool, isBool);
}

void TestStrategyScript::runTimeErrorsAreReportedNotCrashes_data() {
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("message");
    QTest::newRow("add overflow") << u"9223372036854775807 + 1"_s << u"out of range"_s;
    QTest::newRow("sub overflow") << u"-9223372036854775807 - 2"_s << u"out of range"_s;
    QTest::newRow("mul overflow") << u"3037000500 * 3037000500"_s << u"out of range"_s;
    QTest::newRow("min / -1") << u"-9223372036854775808 / -1"_s << u"out of range"_s;
    QTest::newRow("negate min") << u"-(-9223372036854775808)"_s << u"out of range"_s;
    QTest::newRow("abs min") << u"abs(-9223372036854775808)"_s << u"out of range"_s;
    QTest::newRow("division by zero") << u"1 / 0"_s << u"division by zero"_s;
    QTest::newRow("modulo by zero") << u"1 % (2 - 2)"_s << u"division by zero"_s;
    QTest::newRow("random reversed") << u"random(5, 1)"_s << u"lower bound"_s;
    QTest::newRow("random too wide")
        << u"random(-9223372036854775807, 9223372036854775807)"_s << u"too large"_s;
    QTest::newRow("boolean arithmetic") << u"(1 < 2) + 1"_s << u"boolean"_s;
}

void TestStrategyScript::runTimeErrorsAreReportedNotCrashes() {
    QFETCH(QString, expr);
    QFETCH(QString, message);
    ScriptValue result;
    QString error;
    QVERIFY(!evaluate(expr, &result, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestStrategyScript::andOrShortCircuitLikePgbench() {
    const StrategyScript s = parse(u"\\set zero 0\n\\set x :zero <> 0 and 10 / :zero > 1\n"
                                   "\\set y :zero = 0 or 10 / :zero > 1\n"_s);
    QVERIFY(!s.isNull());
    std::vector<ScriptValue> vars(size_t(s.variableNames().size()));
    vars[size_t(s.slotOf(u"zero"_s))] = ScriptValue::fromInt(0);
    std::uint64_t rng = 1;
    ScriptValue result;
    Error error;
    QVERIFY2(s.evaluate(s.commands()[1].expr, vars, &rng, &result, error),
             qPrintable(error.message));
    QCOMPARE(result.integer, 0);
    QVERIFY2(s.evaluate(s.commands()[2].expr, vars, &rng, &result, error),
             qPrintable(error.message));
    QCOMPARE(result.integer, 1);
}

void TestStrategyScript::undefinedVariableAtRunTimeIsNamed() {
    const StrategyScript s = parse(u"\\set a :b + 1\n\\set b 1\n"_s);
    QVERIFY(!s.isNull());
    std::vector<ScriptValue> vars(size_t(s.variableNames().size()));
    std::uint64_t rng = 1;
    ScriptValue result;
    Error error;
    QVERIFY(!s.evaluate(s.commands()[0].expr, vars, &rng, &result, error));
    QVERIFY2(error.message.contains(u":b"_s), qPrintable(error.message));

    vars[size_t(s.slotOf(u"b"_s))] = ScriptValue::fromText(u"abc"_s);
    QVERIFY(!s.evaluate(s.commands()[0].expr, vars, &rng, &result, error));
    QVERIFY2(error.message.contains(u"not an integer"_s), qPrintable(error.message));
    vars[size_t(s.slotOf(u"b"_s))] = ScriptValue::fromText(u" 41 "_s);
    QVERIFY2(s.evaluate(s.commands()[0].expr, vars, &rng, &result, error),
             qPrintable(error.message));
    QCOMPARE(result.integer, 42);
}

void TestStrategyScript::randomStaysInRangeAndRepeatsForTheSameState() {
    std::uint64_t state = 12345;
    bool seen[8] = {};
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = scriptRandom(&state, 1, 8);
        QVERIFY(v >= 1 && v <= 8);
        seen[v - 1] = true;
    }
    QVERIFY(std::all_of(std::begin(seen), std::end(seen), [](bool b) { return b; }));
    std::uint64_t a = 99, b = 99;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(scriptRandom(&a, -5, 1000000), scriptRandom(&b, -5, 1000000));
    QCOMPARE(scriptRandom(&a, 7, 7), 7);
    QCOMPARE(
        scriptRandom(&a, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()),
        std::numeric_limits<qint64>::min());
}

void TestStrategyScript::ifElifElseEndifJumpTargetsFormTheChain() {
    const StrategyScript s = parse(u"\\if 1\n"     // 0
                                   "\\if 2\n"      // 1
                                   "SELECT 1;\n"   // 2
                                   "\\endif\n"     // 3
                                   "\\elif 3\n"    // 4
                                   "SELECT 2;\n"   // 5
                                   "\\else\n"      // 6
                                   "SELECT 3;\n"   // 7
                                   "\\endif\n"_s); // 8
    QVERIFY(!s.isNull());
    const auto& c = s.commands();
    QCOMPARE(c.size(), size_t(9));
    QCOMPARE(c[0].kind, ScriptCommand::Kind::If);
    QCOMPARE(c[0].jump, 4);
    QCOMPARE(c[0].end, 8);
    QCOMPARE(c[1].jump, 3);
    QCOMPARE(c[1].end, 3);
    QCOMPARE(c[4].kind, ScriptCommand::Kind::Elif);
    QCOMPARE(c[4].jump, 6);
    QCOMPARE(c[4].end, 8);
    QCOMPARE(c[6].kind, ScriptCommand::Kind::Else);
    QCOMPARE(c[6].end, 8);
}

void TestStrategyScript::sleepTakesUnitsAndVariables() {
    const StrategyScript s =
        parse(u"\\sleep 5 ms\n\\sleep :think_ms\n\\sleep 7 us\n\\sleep 3600 s\n"_s);
    QVERIFY(!s.isNull());
    QCOMPARE(s.commands()[0].sleepUnitUs, 1000);
    QCOMPARE(s.expressionNodes()[size_t(s.commands()[0].expr)].value, 5);
    QCOMPARE(s.commands()[1].sleepUnitUs, 1'000'000);
    QCOMPARE(s.expressionNodes()[size_t(s.commands()[1].expr)].op, ScriptExprNode::Op::Var);
    QCOMPARE(s.commands()[2].sleepUnitUs, 1);
}

void TestStrategyScript::malformedScriptsGiveFileLineColumnErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed if") << u"SELECT 1;\n  \\if 1\nSELECT 2;\n"_s << 2 << 3
                                 << u"\\if is not closed"_s;
    QTest::newRow("else without if") << u"\\else\n"_s << 1 << 1 << u"\\else without \\if"_s;
    QTest::newRow("elif without if") << u"\n\\elif 1\n"_s << 2 << 1 << u"\\elif without \\if"_s;
    QTest::newRow("endif without if") << u"\\endif\n"_s << 1 << 1 << u"\\endif without \\if"_s;
    QTest::newRow("elif after else")
        << u"\\if 1\n\\else\n\\elif 1\n\\endif\n"_s << 3 << 1 << u"after \\else"_s;
    QTest::newRow("second else") << u"\\if 1\n\\else\n\\else\n\\endif\n"_s << 3 << 1
                                 << u"second \\else"_s;
    QTest::newRow("bad expression") << u"\\set x 1 + * 2\n"_s << 1 << 12 << u"bad expression"_s;
    QTest::newRow("dangling operator") << u"\\set x 1 +\n"_s << 1 << 11 << u"operand"_s;
    QTest::newRow("missing expression") << u"\\if\n"_s << 1 << 4 << u"expression expected"_s;
    QTest::newRow("unknown function") << u"\\set x foo(1)\n"_s << 1 << 8 << u"unknown name"_s;
    QTest::newRow("wrong arity") << u"\\set x random(1)\n"_s << 1 << 8 << u"2 argument"_s;
    QTest::newRow("float") << u"\\set x 1.5\n"_s << 1 << 8 << u"not an integer"_s;
    QTest::newRow("literal too large")
        << u"\\set x 99999999999999999999\n"_s << 1 << 8 << u"out of range"_s;
    QTest::newRow("chained comparison")
        << u"\\if 1 < 2 < 3\n\\endif\n"_s << 1 << 11 << u"chained"_s;
    QTest::newRow("unclosed parenthesis") << u"\\set x (1 + 2\n"_s << 1 << 14 << u"')'"_s;
    QTest::newRow("bad set name") << u"\\set 1x 2\n"_s << 1 << 6 << u"variable name"_s;
    QTest::newRow("missing semicolon at end")
        << u"SELECT 1;\n\n   SELECT 2\n  -- trailing\n"_s << 3 << 4 << u"add ';'"_s;
    QTest::newRow("meta after unterminated sql")
        << u"SELECT 1\n\\set x 1\n"_s << 1 << 1 << u"before \\set"_s;
    QTest::newRow("variable never set") << u"\\set a 1\nSELECT :a, :nope;\n"_s << 2 << 12
                                        << u"variable :nope is used but never set"_s;
    QTest::newRow("variable in expression never set")
        << u"\\set a :b\n"_s << 1 << 8 << u":b is used but never set"_s;
    QTest::newRow("sleep variable never set") << u"\\sleep :pause ms\n"_s << 1 << 8 << u":pause"_s;
    QTest::newRow("binary byte") << u"SELECT 1;\nSE\x01LECT 2;\n"_s << 2 << 3 << u"binary data"_s;
    QTest::newRow("nul byte") << QString(u"SELECT 1;\0"_s) << 1 << 10 << u"binary data"_s;
    QTest::newRow("unclosed quote") << u"SELECT 'abc;\n"_s << 1 << 8 << u"not closed"_s;
    QTest::newRow("unclosed dollar quote") << u"SELECT $x$ abc;\n"_s << 1 << 8 << u"not closed"_s;
    QTest::newRow("unclosed block comment") << u"SELECT /* abc;\n"_s << 1 << 8 << u"not closed"_s;
    QTest::newRow("sleep of years") << u"\\sleep 100000000 s\n"_s << 1 << 8 << u"an hour"_s;
    QTest::newRow("sleep of years in us") << u"\\sleep 3600000001 us\n"_s << 1 << 8 << u"an hour"_s;
    QTest::newRow("sleep bad unit") << u"\\sleep 5 min\n"_s << 1 << 10 << u"unit"_s;
    QTest::newRow("sleep negative") << u"\\sleep -5\n"_s << 1 << 8 << u"non-negative"_s;
    QTest::newRow("comment after meta") << u"\\set x 1 -- one\n"_s << 1 << 10 << u"comment"_s;
    QTest::newRow("else with argument")
        << u"\\if 1\n\\else 2\n\\endif\n"_s << 2 << 7 << u"no arguments"_s;
    QTest::newRow("unknown kind") << u"-- kind: fragile\nSELECT 1;\n"_s << 1 << 10
                                  << u"unknown kind"_s;
    // SeatSim's old names for reserve_seat's arguments, wherever a script writes them
    QTest::newRow("old name in \\set") << u"\\set reserved 0\n\\set user random(1, 100)\n"_s << 2
                                       << 6 << u"Rename user to user_id"_s;
    QTest::newRow("old name in SQL")
        << u"SELECT seats FROM seminar_sessions\n WHERE id = :session \\gset\n"_s << 2 << 13
        << u"Rename session to session_id"_s;
    QTest::newRow("old name as a \\gset column")
        << u"SELECT 2 AS session2;\n\\gset\n"_s << 2 << 1 << u"Rename session2 to session2_id"_s;
    QTest::newRow("old name in \\sleep") << u"\\set session 1\n\\sleep :session ms\n"_s << 1 << 6
                                         << u"exercise's reserve_seat(conn, user_id"_s;
}

void TestStrategyScript::malformedScriptsGiveFileLineColumnErrors() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Error error;
    QVERIFY(parse(text, &error).isNull());
    QVERIFY2(error.message.contains(message), qPrintable(error.text()));
    QCOMPARE(error.file, u"test.sql"_s);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.text().startsWith(u"test.sql:%1:%2: "_s.arg(line).arg(column)));
}

void TestStrategyScript::unknownMetaCommandIsAnErrorWithLineAndColumn() {
    Error error;
    const QString text = u"-- title: x\n\n\\set a 1\nSELECT :a;\n\n\n    \\foo bar\n"_s;
    QVERIFY(StrategyScript::parse(text, u"/some/dir/naive.sql"_s, provided, error).isNull());
    QCOMPARE(error.text(), u"naive.sql:7:5: unknown meta-command \\foo (expected \\set, "
                           "\\sleep, \\gset, \\if, \\elif, \\else or \\endif)"_s);
}

// The arguments are provided to every script, but only a script that writes a name works
// with it: a booking is of two sessions only when the script mentions session2_id.
void TestStrategyScript::scriptsMentionOnlyTheArgumentsTheyWrite() {
    Error error;
    const StrategyScript script = StrategyScript::parse(
        u"-- summary: session2_id in a comment is no use\n\nSELECT :session_id AS seats \\gset\n"_s,
        u"t.sql"_s, standardProvidedVariables(), error);
    QVERIFY2(!script.isNull(), qPrintable(error.text()));
    QVERIFY(script.mentions(var::sessionId));
    QVERIFY(script.mentions(var::seats));
    QVERIFY(!script.mentions(var::userId));
    QVERIFY(!script.mentions(var::session2Id));
    QVERIFY(script.isProvided(script.slotOf(var::session2Id)));
    const StrategyScript empty = StrategyScript::parse(u"-- title: Not written yet\n"_s, u"e.sql"_s,
                                                       standardProvidedVariables(), error);
    QVERIFY2(!empty.isNull(), qPrintable(error.text()));
    QVERIFY(empty.commands().empty());
}

void TestStrategyScript::providedVariablesNeedNoSet() {
    Error error;
    QVERIFY(!parse(u"\\set s random(1, :sessions)\n\\sleep :think_ms ms\n"_s, &error).isNull());
    QVERIFY(
        StrategyScript::parse(u"\\set s random(1, :sessions)\n"_s, u"t.sql"_s, {}, error).isNull());
    QVERIFY2(error.message.contains(u":sessions"_s), qPrintable(error.text()));
}

void TestStrategyScript::hugeInputIsRejected() {
    Error error;
    const QString huge = u"SELECT 1;\n"_s.repeated(120'000);
    QVERIFY(parse(huge, &error).isNull());
    QVERIFY2(error.message.contains(u"too large"_s), qPrintable(error.text()));
}

void TestStrategyScript::ifNestingDeeperThanTheLimitIsAnError() {
    const int limit = StrategyScript::maxNesting;
    const QString ok = u"\\if 1\n"_s.repeated(limit) + u"\\endif\n"_s.repeated(limit);
    QVERIFY(!parse(ok).isNull());
    Error error;
    const QString deep = u"\\if 1\n"_s.repeated(limit + 1) + u"\\endif\n"_s.repeated(limit + 1);
    QVERIFY(parse(deep, &error).isNull());
    QCOMPARE(error.line, limit + 1);
    QVERIFY2(error.message.contains(QString::number(limit)), qPrintable(error.text()));
}

void TestStrategyScript::deeplyNestedParenthesesAreAnErrorNotAStackOverflow() {
    Error error;
    QVERIFY(parse(u"\\set x "_s + u"("_s.repeated(100'000) + u"1\n"_s, &error).isNull());
    QVERIFY2(error.message.contains(u"nested too deeply"_s), qPrintable(error.text()));
    QVERIFY(parse(u"\\set x "_s + u"-"_s.repeated(100'000) + u"1\n"_s, &error).isNull());
    QVERIFY(parse(u"\\if "_s + u"not "_s.repeated(100'000) + u"1\n\\endif\n"_s, &error).isNull());
    QVERIFY(!parse(u"\\set x "_s + u"("_s.repeated(20) + u"1"_s + u")"_s.repeated(20) + u"\n"_s)
                 .isNull());
}

void TestStrategyScript::everyTruncationOfABuiltinParsesOrReportsAnError() {
    QFile file(u":/sql/strategies/multi-ordered.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (qsizetype n = 0; n <= text.size(); ++n) {
        Error error;
        const StrategyScript s = parse(text.left(n), &error);
        if (s.isNull()) {
            QVERIFY2(!error.message.isEmpty() && error.line >= 1 && error.column >= 1,
                     qPrintable(error.text()));
        }
    }
}

void TestStrategyScript::loadReportsUnreadableAndNonUtf8Files() {
    Error error;
    QVERIFY(StrategyScript::load(u"/nonexistent/x.sql"_s, provided, error).isNull());
    QVERIFY2(error.message.contains(u"cannot open"_s), qPrintable(error.text()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(bytes);
        return f.fileName();
    };
    QVERIFY(
        StrategyScript::load(write(u"latin1.sql"_s, "SELECT '\xe4';\n"), provided, error).isNull());
    QVERIFY2(error.message.contains(u"UTF-8"_s), qPrintable(error.text()));
    QVERIFY(
        StrategyScript::load(write(u"bin.sql"_s, QByteArray("SELECT 1;\0\0", 11)), provided, error)
            .isNull());
    QVERIFY2(error.message.contains(u"binary"_s), qPrintable(error.text()));
    QVERIFY(StrategyScript::load(write(u"big.sql"_s, QByteArray(2 << 20, ' ')), provided, error)
                .isNull());
    QVERIFY2(error.message.contains(u"too large"_s), qPrintable(error.text()));

    const StrategyScript good = StrategyScript::load(
        write(u"mine.sql"_s, "-- title: Mine\nSELECT 'ä';\n"), provided, error);
    QVERIFY2(!good.isNull(), qPrintable(error.text()));
    QCOMPARE(good.id(), u"mine"_s);
    QCOMPARE(good.commands().front().sql, u"SELECT 'ä'"_s);
}

QTEST_GUILESS_MAIN(TestStrategyScript)
#include "tst_strategyscript.moc"
