#include "common/exercise.h"
#include "script/programvariables.h"
#include "script/scriptrunner.h"
#include "common/stoptoken.h"
#include "common/threadjoin.h"
#include "script/scriptrunner.h"
#include "script/strategyscript.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString schema = u"seatsim_test_runner"_s;
const auto& capacities = exercise::sessionCapacities;

// One named QPSQL connection, opened in the calling thread and removed when it goes away.
class Connection {
public:
    explicit Connection(const QString& name)
        : m_name(name) {
        Error error;
        if (!test::sharedSettings(schema).open(m_name, error).isValid())
            qWarning("%s", qPrintable(error.text()));
    }
    ~Connection() { closeConnection(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql) const {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    qint64 value(const QString& sql) const {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
};

StrategyScript script(const QString& text) {
    Error error;
    StrategyScript s =
        StrategyScript::parse(text, u"inline.sql"_s, standardProvidedVariables(), error);
    if (s.isNull())
        qWarning("%s", qPrintable(error.text()));
    return s;
}

struct Recorder : ScriptObserver {
    QStringList events;
    void beforeStatement(int command, int line, const QString& sql) override {
        events.append(u"before %1 %2 %3"_s.arg(command).arg(line).arg(sql));
    }
    void afterStatement(int command, int, const StatementTrace& trace) override {
        events.append(u"after %1 %2"_s.arg(command).arg(QLatin1StringView(trace.sqlState.data())));
    }
};

// BEGIN and SELECT in both (both read the same seats in their snapshots), then the first
// writes and commits, then the second.
void bothReadThenOneWritesAfterTheOther(test::SteppedRunner& first, test::SteppedRunner& second) {
    first.start();
    second.start();
    for (test::SteppedRunner* worker : {&first, &second}) {
        QVERIFY(worker->gate.waitForArrival(1, 30000));
        worker->gate.step(2);
        QVERIFY(worker->gate.waitForArrival(3, 30000));
    }
    first.gate.release();
    QVERIFY(joinThread(&first, QDeadlineTimer(30000)));
    second.gate.release();
    QVERIFY(joinThread(&second, QDeadlineTimer(30000)));
}

} // namespace

class TestScriptRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void naiveTryReadsDecidesAndBooksAgainstRealTables();
    void fullSessionIsNotBooked();
    void everyBuiltinRunAloneKeepsFreePlusOccupiedAtForty();
    void sqlErrorRecordsSqlStateStatementAndLine();
    void errorInTransactionIsRolledBackAndConnectionStaysUsable();
    void gsetOfNoRowIsAScriptError();
    void scriptEndingInsideATransactionIsAnErrorAndRolledBack();
    void undefinedVariableAtRunTimeNamesIt();
    void observerSeesSubstitutedSqlAroundEachStatement();
    void sleepIsInterruptedByStopToken();
    void serializableConflictIsClassifiedAs40001AndRetrySucceeds();
    void serializationFailureCarriesSqlState40001();
    void killedBackendIsConnectionLostAndDuringCommitUnknown();

private:
    std::unique_ptr<Connection> m_admin;
};

void TestScriptRunner::initTestCase() {
    m_admin = std::make_unique<Connection>(u"admin"_s);
    QVERIFY2(m_admin->db().isOpen(), qPrintable(m_admin->db().lastError().text()));
    QVERIFY(m_admin->exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema)));
    QVERIFY(m_admin->exec(u"CREATE SCHEMA %1"_s.arg(schema)));
    QVERIFY(m_admin->exec(u"SET search_path = %1"_s.arg(schema)));
    QVERIFY(m_admin->exec(
        u"CREATE TABLE seminar_sessions (id SERIAL PRIMARY KEY, seats INTEGER NOT NULL)"_s));
    QVERIFY(m_admin->exec(u"CREATE TABLE seminar_registrations (user_id INTEGER NOT NULL, "
                          "session_id INTEGER NOT NULL REFERENCES seminar_sessions(id))"_s));
}

void TestScriptRunner::init() {
    QVERIFY(m_admin->exec(u"TRUNCATE seminar_registrations, seminar_sessions RESTART IDENTITY"_s));
    QVERIFY(m_admin->exec(u"INSERT INTO seminar_sessions (seats) VALUES "
                          "(4), (4), (5), (5), (4), (10), (5), (3)"_s));
}

void TestScriptRunner::cleanupTestCase() {
    if (m_admin)
        m_admin->exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema));
    m_admin.reset();
}

void TestScriptRunner::naiveTryReadsDecidesAndBooksAgainstRealTables() {
    const StrategyScript naive = builtinStrategy(u"naive"_s);
    QVERIFY(!naive.isNull());
    Connection c(u"w"_s);
    QElapsedTimer clock;
    clock.start();
    ScriptRunner runner(naive, c.db());
    runner.setClockOrigin(clock);
    runner.setVariable(var::sessions, 8);
    runner.setVariable(var::thinkMs, 0);
    const int reserved = runner.slotOf(var::reserved);
    const int session = runner.slotOf(var::sessionId);
    const int seats = runner.slotOf(var::seats);
    const int user = runner.slotOf(var::userId);

    const TryResult result = runner.run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(runner.intVariable(reserved), 1);
    const qint64 s = runner.intVariable(session);
    QVERIFY(s >= 1 && s <= 8);
    QCOMPARE(runner.intVariable(seats), capacities[s - 1]);
    QVERIFY(runner.intVariable(user) >= 1 && runner.intVariable(user) <= 100);
    QCOMPARE(m_admin->value(u"SELECT seats FROM seminar_sessions WHERE id = %1"_s.arg(s)),
             capacities[s - 1] - 1);
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM seminar_registrations WHERE user_id = %1 AND "
                            "session_id = %2"_s.arg(runner.intVariable(user))
                                .arg(s)),
             1);

    // SELECT, \sleep, UPDATE, INSERT in order, without errors, in increasing time
    const auto& trace = runner.trace();
    QCOMPARE(trace.size(), size_t(4));
    qint64 previous = 0;
    for (const StatementTrace& t : trace) {
        QVERIFY(!t.failed());
        QVERIFY(t.startNs >= previous && t.endNs >= t.startNs);
        previous = t.endNs;
    }
    QCOMPARE(naive.commands()[size_t(trace[1].command)].kind, ScriptCommand::Kind::Sleep);
    QVERIFY(previous <= clock.nsecsElapsed());
}

void TestScriptRunner::fullSessionIsNotBooked() {
    QVERIFY(m_admin->exec(u"UPDATE seminar_sessions SET seats = 0"_s));
    Connection c(u"w"_s);
    ScriptRunner runner(builtinStrategy(u"for-update"_s), c.db());
    runner.setVariable(var::sessions, 8);
    runner.setVariable(var::thinkMs, 0);
    const TryResult result = runner.run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(runner.intVariable(runner.slotOf(var::reserved), -1), 0);
    QCOMPARE(runner.intVariable(runner.slotOf(var::seats), -1), 0);
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM seminar_registrations"_s), 0);
}

void TestScriptRunner::everyBuiltinRunAloneKeepsFreePlusOccupiedAtForty() {
    for (const StrategyScript& s : builtinStrategies()) {
        init();
        Connection c(u"w"_s);
        ScriptRunner runner(s, c.db());
        runner.setVariable(var::sessions, 8);
        runner.setVariable(var::thinkMs, 0);
        const int reservedSlot = runner.slotOf(var::reserved);
        qint64 reserved = 0;
        for (int i = 0; i < 60; ++i) {
            const TryResult result = runner.run();
            QVERIFY2(result.ok(), qPrintable(s.id() + u": "_s + result.message));
            reserved += runner.intVariable(reservedSlot);
        }
        QVERIFY2(reserved > 0, qPrintable(s.id()));
        QCOMPARE(m_admin->value(u"SELECT count(*) FROM seminar_registrations"_s),
                 reserved); // `reserved` counts seats: 2 for a two-session booking
        QCOMPARE(m_admin->value(u"SELECT (SELECT sum(seats) FROM seminar_sessions) + "
                                "(SELECT count(*) FROM seminar_registrations)"_s),
                 40);
    }
}

void TestScriptRunner::sqlErrorRecordsSqlStateStatementAndLine() {
    Connection c(u"w"_s);
    ScriptRunner runner(script(u"SELECT 1;\n\nSELECT 1 / 0;\n"_s), c.db());
    const TryResult result = runner.run();
    QCOMPARE(toString(result.outcome), toString(TryOutcome::SqlError));
    QCOMPARE(result.sqlState, u"22012"_s);
    QCOMPARE(result.command, 1);
    QCOMPARE(result.line, 3);
    QVERIFY2(result.message.contains(u"division by zero"_s), qPrintable(result.message));
    QVERIFY(!result.rolledBack); // autocommit: nothing to roll back
    QCOMPARE(runner.trace().size(), size_t(2));
    QCOMPARE(QLatin1StringView(runner.trace()[1].sqlState.data()), "22012"_L1);
    QVERIFY(!runner.trace()[0].failed());
}

void TestScriptRunner::errorInTransactionIsRolledBackAndConnectionStaysUsable() {
    Connection c(u"w"_s);
    {
        ScriptRunner runner(script(u"BEGIN;\nUPDATE seminar_sessions SET seats = 0;\n"
                                   "SELECT 1 / 0;\nCOMMIT;\n"_s),
                            c.db());
        const TryResult result = runner.run();
        QCOMPARE(result.sqlState, u"22012"_s);
        QVERIFY(result.rolledBack);
    }
    QCOMPARE(m_admin->value(u"SELECT sum(seats) FROM seminar_sessions"_s), 40);
    // In an aborted transaction this would fail with 25P02.
    ScriptRunner runner(script(u"SELECT 1 AS one \\gset\n"_s), c.db());
    const TryResult result = runner.run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(runner.intVariable(runner.slotOf(u"one"_s)), 1);
}

void TestScriptRunner::gsetOfNoRowIsAScriptError() {
    Connection c(u"w"_s);
    ScriptRunner runner(script(u"BEGIN;\nSELECT 1 AS a WHERE false \\gset\nCOMMIT;\n"_s), c.db());
    const TryResult result = runner.run();
    QCOMPARE(toString(result.outcome), toString(TryOutcome::ScriptError));
    QCOMPARE(result.line, 2);
    QVERIFY2(result.message.contains(u"exactly one row"_s), qPrintable(result.message));
    QVERIFY(result.rolledBack);

    ScriptRunner two(script(u"SELECT g AS a FROM generate_series(1, 2) g \\gset\n"_s), c.db());
    QCOMPARE(toString(two.run().outcome), toString(TryOutcome::ScriptError));
}

void TestScriptRunner::scriptEndingInsideATransactionIsAnErrorAndRolledBack() {
    Connection c(u"w"_s);
    ScriptRunner runner(script(u"BEGIN;\nUPDATE seminar_sessions SET seats = 0;\n"_s), c.db());
    const TryResult result = runner.run();
    QCOMPARE(toString(result.outcome), toString(TryOutcome::ScriptError));
    QVERIFY(result.rolledBack);
    QCOMPARE(m_admin->value(u"SELECT sum(seats) FROM seminar_sessions"_s), 40);
}

void TestScriptRunner::undefinedVariableAtRunTimeNamesIt() {
    Connection c(u"w"_s);
    // `late` is set, but only after its use
    ScriptRunner runner(script(u"SELECT :late;\n\\set late 1\n"_s), c.db());
    const TryResult result = runner.run();
    QCOMPARE(toString(result.outcome), toString(TryOutcome::ScriptError));
    QVERIFY2(result.message.contains(u":late"_s), qPrintable(result.message));
    QCOMPARE(result.line, 1);
    QVERIFY(runner.trace().empty());
}

void TestScriptRunner::observerSeesSubstitutedSqlAroundEachStatement() {
    Connection c(u"w"_s);
    ScriptRunner runner(script(u"\\set x 6 * 7\n\\if :x = 42\nSELECT :x;\n\\else\nSELECT 0;\n"
                               "\\endif\nSELECT 1 / 0;\n"_s),
                        c.db());
    Recorder recorder;
    runner.setObserver(&recorder);
    runner.run();
    QCOMPARE(recorder.events, (QStringList{u"before 2 3 SELECT 42"_s, u"after 2 "_s,
                                           u"before 6 7 SELECT 1 / 0"_s, u"after 6 22012"_s}));
}

void TestScriptRunner::sleepIsInterruptedByStopToken() {
    // A ten-minute sleep: the try ends only because the stop request cuts it short.
    test::SteppedRunner worker(script(u"BEGIN;\nSELECT 1;\n\\sleep 600 s\nCOMMIT;\n"_s),
                               test::sharedSettings(schema), 8);
    worker.start();
    QVERIFY(worker.gate.waitForArrival(1, 30000));
    worker.gate.step(2); // BEGIN and SELECT 1; then it sleeps
    QVERIFY(worker.gate.waitForCompletedStatements(2, 30000));
    worker.stop.requestStop();
    QVERIFY(joinThread(&worker, QDeadlineTimer(60000)));
    QCOMPARE(toString(worker.result.outcome), toString(TryOutcome::Stopped));
    QCOMPARE(worker.result.line, 3);
    QVERIFY(worker.result.rolledBack);
}

void TestScriptRunner::serializableConflictIsClassifiedAs40001AndRetrySucceeds() {
    test::SteppedRunner first(builtinStrategy(u"serializable"_s), test::sharedSettings(schema), 1,
                              1, 2);
    test::SteppedRunner second(builtinStrategy(u"serializable"_s), test::sharedSettings(schema), 1,
                               2, 2);
    bothReadThenOneWritesAfterTheOther(first, second);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(first.result.ok());
    QCOMPARE(first.tries, 1);
    QVERIFY2(second.result.ok(), qPrintable(second.result.message));
    QCOMPARE(second.tries, 2); // the first try failed with 40001, the retry booked
    QCOMPARE(m_admin->value(u"SELECT seats FROM seminar_sessions WHERE id = 1"_s), 2);
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM seminar_registrations"_s), 2);
}

void TestScriptRunner::serializationFailureCarriesSqlState40001() {
    test::SteppedRunner first(builtinStrategy(u"serializable"_s), test::sharedSettings(schema), 1,
                              1);
    test::SteppedRunner second(builtinStrategy(u"serializable"_s), test::sharedSettings(schema), 1,
                               2);
    bothReadThenOneWritesAfterTheOther(first, second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(toString(second.result.outcome), toString(TryOutcome::SerializationFailure));
    QCOMPARE(second.result.sqlState, u"40001"_s);
    QVERIFY(second.result.isRetryable());
    QVERIFY(second.result.rolledBack);
}

void TestScriptRunner::killedBackendIsConnectionLostAndDuringCommitUnknown() {
    for (const bool duringCommit : {false, true}) {
        init();
        const QString text =
            duringCommit ? u"BEGIN;\nSELECT 1;\nCOMMIT;\n"_s : u"SELECT 1;\nSELECT 2;\n"_s;
        test::SteppedRunner worker(script(text), test::sharedSettings(schema), 8);
        worker.start();
        const int held = duringCommit ? 3 : 2; // held before COMMIT, or before SELECT 2
        QVERIFY(worker.gate.waitForArrival(1, 30000));
        worker.gate.step(held - 1);
        QVERIFY(worker.gate.waitForArrival(held, 30000));
        const int pid = worker.backendPid;
        QVERIFY(pid > 0);
        QCOMPARE(m_admin->value(u"SELECT pg_terminate_backend(%1)::int"_s.arg(pid)), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_admin->value(u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1"_s.arg(pid)), 0,
            30000);
        worker.gate.release();
        QVERIFY(joinThread(&worker, QDeadlineTimer(30000)));
        QCOMPARE(toString(worker.result.outcome),
                 toString(duringCommit ? TryOutcome::CommitUnknown : TryOutcome::ConnectionLost));
        QVERIFY(!worker.result.rolledBack);
    }
}

QTEST_GUILESS_MAIN(TestScriptRunner)
#include "tst_scriptrunner.moc"
