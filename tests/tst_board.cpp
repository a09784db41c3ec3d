#include "dialogs/classboardview.h"
#include "engine/loadtest.h"
#include "results/classboard.h"
#include "results/runhistory.h"
#include "support/layoutcheck.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "verdict/judge.h"
#include "window/mainwindow.h"
#include "window/strategypanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

// The course server: 30 plain student logins, each with its own SeatSim schema, and a plain
// lecturer login. The lecturer reads by grants, not by pg_read_all_data: the administrator
// creates each schema for its student, grants the lecturer USAGE on it and, by default
// privileges, SELECT on the tables the student creates there (README, "Course server"). A
// student can take that back (REVOKE USAGE), and the board then lists the schema as unreadable.
namespace {
constexpr int students = 30;
const QString lecturer = u"board_lecturer"_s;
const QString noRuns = u"student29"_s;  // never runs anything
const QString revoked = u"student30"_s; // revokes the lecturer's USAGE
const QString historySchema = u"tst_board_history"_s;

QString student(int number) {
    return u"student%1"_s.arg(number, 2, 10, QLatin1Char('0'));
}

ConnectionSettings loginSettings(const QString& user, const QString& schema) {
    ConnectionSettings settings = test::sharedSettings(schema);
    settings.user = user;
    return settings;
}

QString connInfo(const QString& user) {
    const ConnectionSettings settings = test::sharedSettings();
    return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(settings.host)
        .arg(settings.port)
        .arg(settings.database, user);
}

// Runs `sql` on a connection as `user`; fails the test on an error.
bool execAs(const QString& user, const QStringList& statements) {
    const QString name = uniqueConnectionName(u"tst-board-exec"_s);
    bool ok = true;
    {
        Error error;
        QSqlDatabase db = loginSettings(user, u"seatsim"_s).open(name, error);
        if (!db.isValid()) {
            qWarning("%s", qPrintable(error.text()));
            ok = false;
        }
        for (const QString& sql : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    closeConnection(name);
    return ok;
}

// One value per row of `sql`, as the test server's superuser.
QStringList superuserRows(const QString& sql) {
    const QString name = uniqueConnectionName(u"tst-board-read"_s);
    QStringList rows;
    {
        Error error;
        QSqlDatabase db = test::sharedSettings().open(name, error);
        QSqlQuery query(db);
        if (!query.exec(sql))
            rows << u"ERROR: "_s + query.lastError().text() + u" in "_s + sql;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            rows << fields.join(u'|');
        }
    }
    closeConnection(name);
    return rows;
}

RunResult runOnce(const ConnectionSettings& settings, const QString& strategy, quint64 seed = 1) {
    LoadTest loadTest;
    loadTest.setConnection(settings);
    loadTest.setRunRecorder(runHistoryRecorder());
    Scenario scenario;
    scenario.strategy = builtinStrategy(strategy);
    scenario.threads = 2;
    scenario.perThread = 5;
    scenario.thinkMs = 2;
    scenario.seed = seed;
    if (!loadTest.start(scenario))
        return {};
    loadTest.waitForFinished();
    return loadTest.lastResult();
}

QString verdictOf(const RunResult& result) {
    return result.verdict.kindId();
}

// A run recorded by the student's own login without running it: a script of its own and a
// verdict as the judge would give it.
bool recordMadeUpRun(const QString& login, const QString& scriptText, Verdict::Kind kind) {
    Error scriptError;
    RunResult result;
    result.scenario.strategy =
        StrategyScript::parse(scriptText, u"mine.sql"_s, standardProvidedVariables(), scriptError);
    if (result.scenario.strategy.isNull()) {
        qWarning("%s", qPrintable(scriptError.text()));
        return false;
    }
    Audit audit;
    audit.sessions = {SessionAudit{1, 4, 1, kind == Verdict::Kind::Inconsistent ? 5 : 3}};
    result.audit = audit;
    result.strategy = result.scenario.strategy.id();
    Verdict verdict;
    verdict.kind = kind;
    verdict.audit = audit;
    if (kind == Verdict::Kind::Inconsistent)
        verdict.reasons << u"inconsistent"_s;
    if (kind == Verdict::Kind::NotCorrect) {
        verdict.reasons << u"deadlocks"_s;
        verdict.deadlocks = 1;
    }
    const QString name = uniqueConnectionName(u"tst-board-record"_s);
    bool ok = false;
    {
        Error openError;
        QSqlDatabase db = loginSettings(login, login).open(name, openError);
        Error error;
        ok = db.isValid() && recordRun(db, login, result, verdict, error);
        if (!ok)
            qWarning("%s %s", qPrintable(openError.text()), qPrintable(error.text()));
    }
    closeConnection(name);
    return ok;
}

QString pythonAnswer() {
    return QStringLiteral(SEATSIM_SOURCE_DIR) + u"/tests/students/python/atomic_update.py"_s;
}

QString scriptOf(int number, int version) {
    return u"-- title: The fix of %1, version %2\nSELECT 1;\n\\set reserved 1\n"_s
        .arg(student(number))
        .arg(version);
}

// What the board must never change: the relations of each student schema, its grants and
// the rows of its run_history.
QStringList fingerprint() {
    QStringList result;
    for (int number = 1; number <= students; ++number) {
        const QString schema = student(number);
        result << superuserRows(
            u"SELECT n.nspacl::text, coalesce((SELECT string_agg(concat_ws(':', c.relname, c.oid, "
            "c.relkind, c.relacl), ',' ORDER BY c.relname) "
            "FROM pg_class c WHERE c.relnamespace = n.oid), '') "
            "FROM pg_namespace n WHERE n.nspname = '%1'"_s.arg(schema));
        if (!superuserRows(u"SELECT 1 FROM pg_class WHERE relname = 'run_history' AND "
                           "relnamespace = '%1'::regnamespace"_s.arg(schema))
                 .isEmpty())
            result << superuserRows(u"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER "
                                    "BY id), '')) FROM %1.run_history t"_s.arg(schema));
    }
    return result;
}

void dropCourse() {
    QStringList statements;
    for (int number = 1; number <= students; ++number) {
        const QString role = student(number);
        statements << u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                      "DROP OWNED BY %1 CASCADE; DROP ROLE %1; END IF; END $$"_s.arg(role);
    }
    statements << u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                  "DROP OWNED BY %1 CASCADE; DROP ROLE %1; END IF; END $$"_s.arg(lecturer);
    QVERIFY(execAs(test::sharedSettings().user, statements));
}
} // namespace

class TestBoard : public QObject {
    Q_OBJECT
    QMap<QString, QMap<QString, QString>> m_expected; // schema -> strategy -> latest verdict
    QMap<QString, qint64> m_runs;

    void fillCourse();

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void aRunLeavesItsRowInTheHistoryAndTheRowSurvivesReset();
    void aRunThatDidNotRunWritesNoRow();
    void aLoginWithoutCreateIsToldTheGrantAndNothingIsTouched();
    void aHistoryThatCannotBeWrittenIsAProblemNotALostRun();
    void theBoardListsEveryStudentWithTheirLatestVerdicts();
    void theBoardCommandPrintsTheBoard();
    void theBoardCommandFailsWithoutAServer();
    void aSchemaDroppedWhileTheBoardReadsIsLeftOut();
    void theBoardWindowShowsTheRowsAndRunsAScriptForTheRoom();
};

void TestBoard::initTestCase() {
    test::installStrictMessageHandler();
    dropCourse(); // what a crashed earlier run left
    const QString database = test::sharedSettings().database;
    QStringList setup{u"CREATE ROLE %1 LOGIN"_s.arg(lecturer)};
    for (int number = 1; number <= students; ++number) {
        const QString login = student(number);
        // The lecturer's set-up of the README, "Course server".
        setup << u"CREATE ROLE %1 LOGIN"_s.arg(login)
              << u"GRANT CONNECT, CREATE ON DATABASE %1 TO %2"_s.arg(database, login)
              << u"CREATE SCHEMA %1 AUTHORIZATION %1"_s.arg(login)
              << u"COMMENT ON SCHEMA %1 IS '%2'"_s.arg(login, SeatDatabase::markerComment())
              << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(login, lecturer)
              << u"ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %1 GRANT SELECT ON TABLES TO %2"_s
                     .arg(login, lecturer);
    }
    QVERIFY(execAs(test::sharedSettings().user, setup));
    QVERIFY(execAs(test::sharedSettings().user,
                   {u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(historySchema),
                    u"DROP SCHEMA IF EXISTS tst_board_foreign CASCADE"_s,
                    u"DROP SCHEMA IF EXISTS tst_board_broken CASCADE"_s,
                    u"DROP SCHEMA IF EXISTS tst_board_going CASCADE"_s}));
    fillCourse();
}

// The course every board test reads: runs of the students, real and recorded, and a student
// who shut the lecturer out. m_expected and m_runs say what the board must show.
void TestBoard::fillCourse() {
    // student01 runs the program itself, headless, in its schema.
    QByteArray output;
    QByteArray errors;
    const int code = test::runSeatsim({u"--headless"_s, u"--json"_s, u"--database"_s,
                                       connInfo(student(1)), u"--schema"_s, student(1),
                                       u"--strategy"_s, u"for-update"_s, u"--threads"_s, u"2"_s,
                                       u"--per-thread"_s, u"5"_s, u"--think-ms"_s, u"2"_s},
                                      &output, &errors);
    QVERIFY2(code == 0, errors.constData());
    m_expected[student(1)][u"for-update"_s] = u"correct"_s;
    // ... and the answer the exercise asks for, in Python.
    QVERIFY2(test::runSeatsim({u"--headless"_s, u"--json"_s, u"--database"_s,
                               connInfo(student(1)), u"--schema"_s, student(1), u"--strategy"_s,
                               pythonAnswer(), u"--threads"_s, u"2"_s, u"--per-thread"_s,
                               u"5"_s},
                              &output, &errors) == 0,
             errors.constData());
    m_expected[student(1)][u"atomic_update"_s] = u"correct"_s;
    m_runs[student(1)] = 2;

    // student02 to student06 run load tests as themselves; student02 runs naive twice.
    const QList<std::pair<int, QString>> plan{
        {2, u"naive"_s},    {2, u"for-update"_s},   {2, u"naive"_s},    {3, u"atomic"_s},
        {4, u"naive-tx"_s}, {5, u"serializable"_s}, {6, u"for-share"_s}};
    quint64 seed = 1;
    for (const auto& [number, strategy] : plan) {
        const RunResult result =
            runOnce(loginSettings(student(number), student(number)), strategy, seed++);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY2(result.problems.filter(u"run history"_s).isEmpty(),
                 qPrintable(result.problems.join(u'\n')));
        m_expected[student(number)][strategy] = verdictOf(result);
        m_runs[student(number)] += 1;
    }

    // student07 to student28 have histories of their own scripts: the board shows the latest.
    const Verdict::Kind kinds[] = {Verdict::Kind::Correct, Verdict::Kind::Inconsistent,
                                   Verdict::Kind::NotCorrect};
    const QString ids[] = {u"correct"_s, u"inconsistent"_s, u"not_correct"_s};
    for (int number = 7; number <= 28; ++number) {
        QVERIFY(recordMadeUpRun(student(number), scriptOf(number, 1), kinds[number % 3]));
        QVERIFY(recordMadeUpRun(student(number), scriptOf(number, 2), kinds[(number + 1) % 3]));
        m_expected[student(number)][u"mine"_s] = ids[(number + 1) % 3];
        m_runs[student(number)] = 2;
    }
    // student30 ran once, then took the lecturer's USAGE back.
    QVERIFY(recordMadeUpRun(revoked, scriptOf(30, 1), Verdict::Kind::Correct));
    QVERIFY(execAs(revoked, {u"REVOKE USAGE ON SCHEMA %1 FROM %2"_s.arg(revoked, lecturer)}));
}

void TestBoard::cleanupTestCase() {
    dropCourse();
    QVERIFY(superuserRows(u"SELECT rolname FROM pg_roles WHERE rolname LIKE 'student__' OR "
                          "rolname = '%1'"_s.arg(lecturer))
                .isEmpty());
    QVERIFY(execAs(test::sharedSettings().user,
                   {u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(historySchema),
                    u"DROP SCHEMA IF EXISTS tst_board_foreign CASCADE"_s,
                    u"DROP SCHEMA IF EXISTS tst_board_broken CASCADE"_s,
                    u"DROP SCHEMA IF EXISTS tst_board_going CASCADE"_s}));
}

void TestBoard::aRunLeavesItsRowInTheHistoryAndTheRowSurvivesReset() {
    const RunResult result = runOnce(test::sharedSettings(historySchema), u"for-update"_s);
    QVERIFY2(result.completed(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    const QString expected = verdictOf(result);
    QCOMPARE(expected, u"correct"_s);

    const QString rowSql =
        u"SELECT login, strategy_id, strategy_title, script, threads, per_thread, think_ms, "
        "pause_ms, seed, max_tries, capacity, verdict, judgement->>'verdict', "
        "judgement->>'deadlocks', counters->>'attempts', ran_at <= now() FROM %1.run_history"_s.arg(
            historySchema);
    const QStringList before = superuserRows(rowSql);
    QCOMPARE(before.size(), 1);
    const QStringList fields = before.constFirst().split(u'|');
    const StrategyScript script = builtinStrategy(u"for-update"_s);
    QCOMPARE(fields.at(0), test::sharedSettings().user);
    QCOMPARE(fields.at(1), u"for-update"_s);
    QCOMPARE(fields.at(2), script.title());
    QVERIFY(before.constFirst().contains(script.source()));
    QCOMPARE(fields.mid(fields.size() - 12),
             (QStringList{u"2"_s, u"5"_s, u"2"_s, u"0"_s, u"1"_s, u"10"_s, u"40"_s, expected,
                          expected, u"0"_s, u"10"_s, u"true"_s}));

    // The next reset drops the exercise's tables, not the history.
    const QString name = uniqueConnectionName(u"tst-board-reset"_s);
    {
        Error error;
        QSqlDatabase db = test::sharedSettings(historySchema).open(name, error);
        QVERIFY2(SeatDatabase(db, historySchema).reset(SeatDatabase::exerciseCapacities(), error),
                 qPrintable(error.text()));
    }
    closeConnection(name);
    QCOMPARE(superuserRows(u"SELECT count(*) FROM %1.seminar_registrations"_s.arg(historySchema)),
             QStringList{u"0"_s});
    QCOMPARE(superuserRows(rowSql), before);

    const RunResult second = runOnce(test::sharedSettings(historySchema), u"naive"_s);
    QVERIFY2(second.completed(), qPrintable(second.error));
    QCOMPARE(
        superuserRows(u"SELECT strategy_id || ':' || verdict FROM %1.run_history ORDER BY id"_s.arg(
            historySchema)),
        (QStringList{u"for-update:correct"_s, u"naive:"_s + verdictOf(second)}));
}

void TestBoard::aLoginWithoutCreateIsToldTheGrantAndNothingIsTouched() {
    const QString login = u"board_nocreate"_s;
    const QString database = test::sharedSettings().database;
    QVERIFY(execAs(test::sharedSettings().user,
                   {u"DROP ROLE IF EXISTS %1"_s.arg(login), u"CREATE ROLE %1 LOGIN"_s.arg(login)}));
    const QString before = superuserRows(u"SELECT count(*) FROM pg_namespace"_s).join(u","_s);
    const QString name = uniqueConnectionName(u"tst-board-nocreate"_s);
    Error error;
    bool reset = true;
    {
        QSqlDatabase db = loginSettings(login, login).open(name, error);
        QVERIFY2(db.isValid(), qPrintable(error.text()));
        reset = SeatDatabase(db, login).reset(SeatDatabase::exerciseCapacities(), error);
    }
    closeConnection(name);
    QVERIFY(execAs(test::sharedSettings().user, {u"DROP ROLE %1"_s.arg(login)}));
    QVERIFY(!reset);
    QCOMPARE(error.sqlState, u"42501"_s);
    QVERIFY2(error.message.contains(u"GRANT CREATE ON DATABASE %1 TO %2;"_s.arg(database, login)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(login), qPrintable(error.message));
    QCOMPARE(superuserRows(u"SELECT count(*) FROM pg_namespace"_s).join(u","_s), before);
}

void TestBoard::aRunThatDidNotRunWritesNoRow() {
    // A schema SeatSim did not create: the reset refuses, nothing runs, nothing is audited.
    QVERIFY(execAs(test::sharedSettings().user, {u"CREATE SCHEMA tst_board_foreign"_s}));
    const RunResult result = runOnce(test::sharedSettings(u"tst_board_foreign"_s), u"naive"_s);
    QVERIFY(!result.audit);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(superuserRows(u"SELECT relname FROM pg_class WHERE relnamespace = "
                          "'tst_board_foreign'::regnamespace"_s)
                .isEmpty());
}

void TestBoard::aHistoryThatCannotBeWrittenIsAProblemNotALostRun() {
    const QString schema = u"tst_board_broken"_s;
    QVERIFY(runOnce(test::sharedSettings(schema), u"atomic"_s).completed());
    QVERIFY(execAs(test::sharedSettings().user,
                   {u"DROP TABLE %1.run_history"_s.arg(schema),
                    u"CREATE TABLE %1.run_history (something_else int)"_s.arg(schema)}));
    const RunResult result = runOnce(test::sharedSettings(schema), u"atomic"_s);
    QVERIFY2(result.completed(), qPrintable(result.error));
    QVERIFY(result.audit && result.audit->consistent());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.constFirst().contains(u"run history"_s),
             qPrintable(result.problems.constFirst()));
    QVERIFY2(result.problems.constFirst().contains(u"strategy_id"_s),
             qPrintable(result.problems.constFirst()));
    // A run_history of another shape is listed, and does not break the board.
    Error error;
    const auto board = readClassBoard(test::sharedSettings(), error);
    QVERIFY2(board, qPrintable(error.text()));
    QVERIFY(board->find(schema));
    QCOMPARE(board->find(schema)->accessId(), u"foreign_history"_s);
}

void TestBoard::theBoardListsEveryStudentWithTheirLatestVerdicts() {
    const QStringList before = fingerprint();
    QVERIFY2(before.filter(u"ERROR: "_s).isEmpty(), qPrintable(before.join(u'\n')));
    QVERIFY(before.size() > students);
    Error error;
    const auto board = readClassBoard(loginSettings(lecturer, u"seatsim"_s), error);
    QVERIFY2(board, qPrintable(error.text()));
    int listed = 0;
    for (int number = 1; number <= students; ++number) {
        const QString schema = student(number);
        const BoardSchema* entry = board->find(schema);
        QVERIFY2(entry, qPrintable(schema));
        ++listed;
        QCOMPARE(entry->owner, schema);
        if (schema == revoked) {
            QVERIFY(!entry->readable());
            QCOMPARE(entry->accessId(), u"no_usage"_s);
            QVERIFY(entry->strategies.isEmpty());
            continue;
        }
        QVERIFY2(entry->readable(), qPrintable(schema));
        QCOMPARE(entry->runs, m_runs.value(schema));
        QCOMPARE(entry->latestRun.has_value(), m_runs.value(schema) > 0);
        QMap<QString, QString> verdicts;
        for (const BoardStrategy& strategy : entry->strategies)
            verdicts.insert(strategy.id, strategy.verdict);
        QCOMPARE(verdicts, m_expected.value(schema));
    }
    QCOMPARE(listed, students);
    QCOMPARE(board->find(noRuns)->runs, 0);
    QVERIFY(board->find(noRuns)->strategies.isEmpty());

    const BoardSchema* twice = board->find(student(2));
    QCOMPARE(twice->strategies.size(), 2);
    QCOMPARE(twice->strategies.at(1).id, u"naive"_s);
    QCOMPARE(twice->strategies.at(1).runs, 2);
    QCOMPARE(twice->strategies.at(1).script, builtinStrategy(u"naive"_s).source());
    QCOMPARE(board->find(student(7))->strategies.constFirst().script, scriptOf(7, 2));

    // The superuser reads every schema, the revoked one too.
    const auto all = readClassBoard(test::sharedSettings(), error);
    QVERIFY2(all, qPrintable(error.text()));
    QVERIFY(all->find(revoked)->readable());
    QCOMPARE(all->find(revoked)->runs, 1);

    QCOMPARE(fingerprint(), before);
}

void TestBoard::theBoardCommandPrintsTheBoard() {
    const QStringList before = fingerprint();
    QVERIFY2(before.filter(u"ERROR: "_s).isEmpty(), qPrintable(before.join(u'\n')));
    QByteArray output;
    QByteArray errors;
    QCOMPARE(test::runSeatsim(
                 {u"--headless"_s, u"--board"_s, u"--json"_s, u"--database"_s, connInfo(lecturer)},
                 &output, &errors),
             0);
    QMap<QString, QJsonObject> schemas;
    for (const QByteArray& line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY2(!object.isEmpty(), line.constData());
        schemas.insert(object.value(u"schema"_s).toString(), object);
    }
    for (int number = 1; number <= students; ++number) {
        const QJsonObject object = schemas.value(student(number));
        QCOMPARE(object.value(u"owner"_s).toString(), student(number));
        QCOMPARE(object.value(u"readable"_s).toBool(), student(number) != revoked);
        if (student(number) == revoked) {
            QCOMPARE(object.value(u"access"_s).toString(), u"no_usage"_s);
            continue;
        }
        QCOMPARE(object.value(u"runs"_s).toInteger(), m_runs.value(student(number)));
        QMap<QString, QString> verdicts;
        for (const QJsonValue& strategy : object.value(u"strategies"_s).toArray())
            verdicts.insert(strategy[u"id"_s].toString(), strategy[u"verdict"_s].toString());
        QCOMPARE(verdicts, m_expected.value(student(number)));
    }

    QCOMPARE(test::runSeatsim({u"--headless"_s, u"--board"_s, u"--database"_s, connInfo(lecturer)},
                              &output, &errors),
             0);
    const QString table = QString::fromUtf8(output);
    qInfo().noquote() << "\n" << table;
    QVERIFY(table.contains(u"Latest verdict"_s));
    for (int number = 1; number <= students; ++number)
        QVERIFY2(table.contains(student(number)), qPrintable(student(number)));
    QVERIFY(table.contains(u"not readable: no USAGE on the schema"_s));
    QVERIFY(table.contains(u"no runs yet"_s));
    QCOMPARE(fingerprint(), before);
}

void TestBoard::theBoardCommandFailsWithoutAServer() {
    QByteArray output;
    QByteArray errors;
    QCOMPARE(test::runSeatsim(
                 {u"--headless"_s, u"--board"_s, u"--database"_s,
                  u"host=127.0.0.1 port=%1 dbname=course user=nobody"_s.arg(test::freeTcpPort())},
                 &output, &errors),
             1);
    QVERIFY(!errors.isEmpty());
}

// A student resets (drops) a schema after the board listed it and before it read the runs:
// the board is read again without it instead of failing with "does not exist".
void TestBoard::aSchemaDroppedWhileTheBoardReadsIsLeftOut() {
    const QString going = u"tst_board_going"_s;
    QVERIFY(runOnce(test::sharedSettings(going), u"atomic"_s).completed());
    const QString name = uniqueConnectionName(u"tst-board-drop"_s);
    {
        Error error;
        QSqlDatabase db = test::sharedSettings().open(name, error);
        QVERIFY2(db.isValid(), qPrintable(error.text()));
        QSqlQuery dropper(db);
        QVERIFY(dropper.exec(u"SELECT pg_backend_pid()"_s) && dropper.next());
        const QString pid = dropper.value(0).toString();
        // The drop holds its locks until COMMIT; the board lists the schema meanwhile and
        // waits for the lock on its run_history.
        QVERIFY(dropper.exec(u"BEGIN"_s));
        QVERIFY(dropper.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(going)));

        ClassBoardReader reader;
        reader.setConnection(test::sharedSettings());
        QSignalSpy read(&reader, &ClassBoardReader::read);
        QSignalSpy failed(&reader, &ClassBoardReader::failed);
        reader.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            superuserRows(
                u"SELECT count(*) FROM pg_stat_activity WHERE %1 = ANY(pg_blocking_pids(pid))"_s
                    .arg(pid)),
            QStringList{u"1"_s}, 60000);
        QVERIFY(read.isEmpty() && failed.isEmpty());
        QVERIFY(dropper.exec(u"COMMIT"_s));

        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        const auto board = read.constFirst().constFirst().value<ClassBoard>();
        QVERIFY(!board.find(going));
        QVERIFY(board.find(student(1)));
    }
    closeConnection(name);
}

void TestBoard::theBoardWindowShowsTheRowsAndRunsAScriptForTheRoom() {
    std::unique_ptr<MainWindow> window;
    test::openWindow(window, u"tst_board_window"_s);
    auto* action = window->findChild<QAction*>(u"classBoardAction"_s);
    QVERIFY(action);
    action->trigger();
    auto* view = window->findChild<ClassBoardView*>();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // As the lecturer, whom student30 shut out.
    view->setConnection(loginSettings(lecturer, u"seatsim"_s));
    view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        view->board().find(revoked) && !view->board().find(revoked)->readable(), 20000);

    QTableWidget* table = view->table();
    QMap<QString, int> rowOf; // "schema/strategy" -> row
    for (int row = 0; row < table->rowCount(); ++row)
        rowOf.insert(table->item(row, 0)->text() + u'/' + table->item(row, 4)->text(), row);
    for (int number = 1; number <= students; ++number) {
        const QString schema = student(number);
        const QMap<QString, QString> expected = m_expected.value(schema);
        if (expected.isEmpty()) {
            QVERIFY2(rowOf.contains(schema + u'/'), qPrintable(schema));
            const QTableWidgetItem* verdict = table->item(rowOf.value(schema + u'/'), 5);
            if (schema == revoked)
                QCOMPARE(verdict->background().color(), view->verdictColour(u"unreadable"_s));
            else
                QCOMPARE(table->item(rowOf.value(schema + u'/'), 2)->text(), u"0"_s);
            continue;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString key = schema + u'/' + it.key();
            QVERIFY2(rowOf.contains(key), qPrintable(key));
            QCOMPARE(table->item(rowOf.value(key), 5)->background().color(),
                     view->verdictColour(it.value()));
        }
    }
    QVERIFY(view->verdictColour(u"correct"_s) != view->verdictColour(u"inconsistent"_s));
    QVERIFY(view->verdictColour(u"not_correct"_s) != view->verdictColour(u"unreadable"_s));
    test::saveScreenshot(view, u"classboard"_s);
    // Every schema, strategy and verdict reads in full, without scrolling sideways.
    QStringList clipped;
    for (const QString& problem : test::layoutProblems(view, {}))
        if (problem.contains(u"classBoardTable"_s))
            clipped << problem;
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));

    // A click on a row shows the script; "Run for the room" makes it the window's strategy.
    const int row = rowOf.value(student(2) + u"/for-update"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(view->scriptView()->toPlainText(), builtinStrategy(u"for-update"_s).source());
    QVERIFY(view->scriptView()->isReadOnly());
    QVERIFY(view->runForRoomButton()->isEnabled());
    // The selection and the script stay through the next refreshes.
    QSignalSpy refreshed(view, &ClassBoardView::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view->scriptView()->toPlainText(), builtinStrategy(u"for-update"_s).source());
    QTest::mouseClick(view->runForRoomButton(), Qt::LeftButton);
    QCOMPARE(window->strategyPanel()->current().source(),
             builtinStrategy(u"for-update"_s).source());
    QCOMPARE(window->strategyPanel()->current().id(), u"student02-for-update"_s);

    // A student's Python answer is shown and run as File → Open shows and runs it.
    const int pythonRow = rowOf.value(student(1) + u"/atomic_update"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(pythonRow, 0)).center());
    QFile answer(pythonAnswer());
    QVERIFY(answer.open(QIODevice::ReadOnly));
    const QString answerText = QString::fromUtf8(answer.readAll());
    QCOMPARE(view->scriptView()->toPlainText(), answerText);
    QTest::mouseClick(view->runForRoomButton(), Qt::LeftButton);
    const StrategyScript opened = window->strategyPanel()->current();
    QCOMPARE(opened.title(), u"atomic_update.py (Python)"_s);
    QFile copy(opened.fileName());
    QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(opened.fileName()));
    QCOMPARE(QString::fromUtf8(copy.readAll()), answerText);
    view->close();
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
