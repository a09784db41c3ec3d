#include "engine/loadtest.h"
#include "engine/pythonworkers.h"
#include "python/pythonanswer.h"
#include "support/loadtestfixture.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_python"_s;

QString student(const QString& file) {
    return QStringLiteral(SEATSIM_SOURCE_DIR) + u"/tests/students/python/"_s + file;
}

QStringList serverArguments() {
    return {u"--headless"_s, u"--server-dir"_s, qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR"),
            u"--schema"_s, u"tst_python_headless"_s};
}

} // namespace

class TestPython : public test::LoadTestFixture {
    Q_OBJECT
public:
    TestPython()
        : LoadTestFixture(kSchema, u"tst-python"_s) {}

private:
    // One run of a student's answer under the exercise's load (5 threads × 20 calls).
    RunResult run(const QString& file, quint64 seed = 1,
                  const std::function<void(Scenario&)>& adjust = {}) {
        Error error;
        Scenario scenario;
        scenario.python = PythonAnswer::load(student(file), error);
        if (scenario.python.isNull())
            qFatal("%s does not load: %s", qPrintable(file), qPrintable(error.text()));
        scenario.strategy = scenario.python.placeholder();
        scenario.seed = seed;
        if (adjust)
            adjust(scenario);
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        if (!m_loadTest.start(scenario) || !finished.wait(180000))
            qFatal("the run of %s did not finish", qPrintable(file));
        const RunResult result = m_loadTest.lastResult();
        qInfo("%s: %s (%s), %lld calls, %lld deadlocks, problems: %s", qPrintable(file),
              qPrintable(result.verdict.kindId()), qPrintable(result.verdict.reasons.join(u'+')),
              result.counters.attempts, result.counters.deadlocks,
              qPrintable(result.problems.join(u" | "_s)));
        return result;
    }

    int backendsOfThisProcess() {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE ? "
                      "AND pid <> pg_backend_pid()"_s);
        query.addBindValue(applicationName() + u'%');
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void notebookLoadsItsDefinitionsWithoutRunningItsCells() {
        // The table-creating cell calls get_connection() with the placeholder credentials:
        // run, it would fail to connect and the answer would not load.
        Error error;
        const PythonAnswer answer =
            PythonAnswer::load(student(u"exercise_notebook.ipynb"_s), error);
        QVERIFY2(!answer.isNull(), qPrintable(error.text()));
        for (const QString& function :
             {u"get_connection"_s, u"reserve_seat"_s, u"count_free_seats"_s,
              u"count_occupied_seats"_s, u"show_sessions"_s})
            QVERIFY2(answer.defines(function), qPrintable(function));
        QVERIFY(answer.code().startsWith(u"# In [1]\n%pip install"_s));
        QCOMPARE(answer.placeholder().id(), u"exercise_notebook"_s);
    }

    void badAnswersAreRefusedWithFileLineAndPythonsWords_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << u"invalid/syntax_error.py"_s
                                << u"syntax_error.py:5: SyntaxError: expected ':'"_s;
        QTest::newRow("no reserve_seat")
            << u"invalid/no_reserve_seat.py"_s
            << u"no_reserve_seat.py: the answer defines no function reserve_seat(conn, user_id, "
               "session_id)"_s;
        QTest::newRow("signature") << u"invalid/wrong_signature.py"_s
                                   << u"wrong_signature.py:4: reserve_seat(user_id, session_id) "
                                      "does not take (conn, user_id, session_id)"_s;
        QTest::newRow("import") << u"invalid/fails_loading.py"_s
                                << u"fails_loading.py:2: while loading the definitions: "
                                   "ModuleNotFoundError: No module named "
                                   "'seminar_helpers_of_my_own'"_s;
    }

    void badAnswersAreRefusedWithFileLineAndPythonsWords() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, student(file)}, &output, &errors);
        QCOMPARE(code, 2);
        QVERIFY2(QString::fromUtf8(errors).contains(expected), errors.constData());
    }

    void missingPythonNamesTheDebianPackages() {
        qputenv("SEATSIM_PYTHON", "/nonexistent/python3");
        Error error;
        const PythonAnswer answer = PythonAnswer::load(student(u"for_update.py"_s), error);
        qunsetenv("SEATSIM_PYTHON");
        QVERIFY(answer.isNull());
        QVERIFY2(error.text().contains(u"python3-psycopg2"_s), qPrintable(error.text()));
    }

    void correctAnswersAreJudgedCorrect_data() {
        QTest::addColumn<QString>("file");
        for (const QString& file :
             {u"for_update.py"_s, u"atomic_update.py"_s, u"advisory_lock.py"_s,
              u"serializable_retry.py"_s, u"lock_table.py"_s, u"exercise_notebook.ipynb"_s})
            QTest::newRow(qPrintable(file)) << file;
    }

    void correctAnswersAreJudgedCorrect() {
        QFETCH(QString, file);
        const RunResult result = run(file);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(result.verdict.kindId(), u"correct"_s);
        QCOMPARE(result.counters.attempts, 100);
        QCOMPARE(result.counters.reserved, result.audit->occupied());
        // Their count_free_seats()/count_occupied_seats() agree with the table.
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    }

    void wrongAnswersGetTheirVerdictAndReason_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no lock, autocommit")
            << u"naive_autocommit.py"_s << u"inconsistent"_s << u"inconsistent"_s;
        QTest::newRow("FOR UPDATE in autocommit")
            << u"for_update_autocommit.py"_s << u"inconsistent"_s << u"inconsistent"_s;
        QTest::newRow("transaction without a lock")
            << u"transaction_no_lock.py"_s << u"inconsistent"_s << u"inconsistent"_s;
        QTest::newRow("always True")
            << u"always_true.py"_s << u"not_correct"_s << u"false_bookings"_s;
        QTest::newRow("never True")
            << u"never_true.py"_s << u"not_correct"_s << u"unreported_bookings"_s;
        QTest::newRow("never commits")
            << u"never_commits.py"_s << u"not_correct"_s << u"false_bookings"_s;
        QTest::newRow("swallows deadlocks")
            << u"swallows_deadlock.py"_s << u"not_correct"_s << u"deadlocks"_s;
        QTest::newRow("another session")
            << u"other_session.py"_s << u"not_correct"_s << u"unreported_bookings"_s;
        QTest::newRow("empty body")
            << u"empty_body.py"_s << u"not_correct"_s << u"wrong_refusals"_s;
    }

    void wrongAnswersGetTheirVerdictAndReason() {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const RunResult result = run(file);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(result.verdict.kindId(), kind);
        QVERIFY2(result.verdict.reasons.contains(reason),
                 qPrintable(result.verdict.reasons.join(u", "_s)));
    }

    void aCaughtDeadlockIsStillCounted() {
        const RunResult result = run(u"swallows_deadlock.py"_s);
        QVERIFY(result.counters.deadlocks > 0);
        QCOMPARE(result.counters.errors.value(u"40P01"_s), result.counters.deadlocks);
        // The student's loop retried them: the calls themselves booked or refused.
        QVERIFY(result.counters.retries > 0);
        QVERIFY(result.consistent());
    }

    void aWrongCountOfTheStudentsIsNamed() {
        const RunResult result = run(u"never_true.py"_s);
        const QString expected = u"count_occupied_seats() returned 8; the table holds %1."_s.arg(
            result.audit->occupied());
        QVERIFY2(result.problems.contains(expected), qPrintable(result.problems.join(u'\n')));
    }

    void callsGetTheSeedsArgumentsInOrder() {
        QCOMPARE(PythonWorkers::arguments(7, 2, 20, 8), PythonWorkers::arguments(7, 2, 20, 8));
        QVERIFY(PythonWorkers::arguments(7, 2, 20, 8) != PythonWorkers::arguments(8, 2, 20, 8));
        run(u"atomic_update.py"_s, 7);
        QMap<int, QList<QPair<int, int>>> seen;
        for (const AttemptRecord& record : m_loadTest.records().since(0))
            seen[record.worker].append({record.user, record.session});
        QCOMPARE(seen.size(), 5);
        for (int worker = 1; worker <= 5; ++worker)
            QCOMPARE(seen.value(worker), PythonWorkers::arguments(7, worker, 20, 8));
    }

    void aScriptAndAPythonAnswerOfOneSeedArePassedTheSameArguments() {
        Error error;
        Scenario scenario;
        scenario.strategy = StrategyScript::load(QStringLiteral(SEATSIM_SOURCE_DIR) +
                                                     u"/tests/students/table-lock.sql"_s,
                                                 standardProvidedVariables(), error);
        QVERIFY2(!scenario.strategy.isNull(), qPrintable(error.text()));
        scenario.seed = 7;
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(180000));
        QMap<int, QList<QPair<int, int>>> seen;
        for (const AttemptRecord& record : m_loadTest.records().since(0))
            seen[record.worker].append({record.user, record.session});
        for (int worker = 1; worker <= 5; ++worker)
            QCOMPARE(seen.value(worker), PythonWorkers::arguments(7, worker, 20, 8));
    }

    // Under the seat limit a refusal is looked at right after it, as a script's is: a
    // session that sold out later had a free seat then. One worker keeps the calls in order.
    void aRefusalUnderTheSeatLimitIsLookedAtWhenItHappens() {
        const RunResult result =
            run(u"two-seats/refuses_odd_students.py"_s, 1, [](Scenario& scenario) {
                scenario.exercise = Exercise::TwoSeats;
                scenario.maxTries = maxTriesOf(Exercise::TwoSeats);
                scenario.threads = 1;
                scenario.perThread = 100;
                scenario.capacities = QList<int>(8, 1);
            });
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.consistent());
        // Every session sold out: by the table at the end alone, every refusal was right.
        QCOMPARE(result.audit->free(), 0);
        QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(result.verdict.reasons, QStringList{u"wrong_refusals"_s});
        QVERIFY(result.verdict.wrongRefusals > 0);
    }

    void stopEndsCallsThatNeverReturn() {
        // Once every seat is gone, each call waits for a free seat for ever.
        Error error;
        Scenario scenario;
        scenario.python = PythonAnswer::load(student(u"waits_for_seat.py"_s), error);
        QVERIFY2(!scenario.python.isNull(), qPrintable(error.text()));
        scenario.strategy = scenario.python.placeholder();
        scenario.capacities = {1}; // one session, one seat: the second call never returns
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(m_loadTest.snapshot().counters.reserved == 1, 120000);
        QVERIFY(finished.isEmpty());
        m_loadTest.stop();
        QVERIFY(finished.wait(60000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY(result.stoppedByUser);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.consistent());
        QTRY_COMPARE_WITH_TIMEOUT(backendsOfThisProcess(), 0, 30000);
    }

    void headlessJsonAndExitCodesAreAsForScripts() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, student(u"atomic_update.py"_s),
                                            u"--strategy"_s, student(u"naive_autocommit.py"_s),
                                            u"--runs"_s, u"2"_s, u"--json"_s},
            &output, &errors);
        QVERIFY2(code == 3, errors.constData());
        QList<QJsonObject> lines;
        for (const QByteArray& line : output.split('\n'))
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0].value(u"strategy"_s).toString(), u"atomic_update"_s);
        QCOMPARE(lines[0].value(u"verdict"_s).toString(), u"correct"_s);
        QCOMPARE(lines[1].value(u"verdict"_s).toString(), u"correct"_s);
        QCOMPARE(lines[2].value(u"strategy"_s).toString(), u"naive_autocommit"_s);
        QCOMPARE(lines[2].value(u"verdict"_s).toString(), u"inconsistent"_s);
    }

    // Once its session is full, a call waits for a free seat for ever: it is no answer. The run
    // ends at its duration as a script's does, and judges what finished.
    void durationEndsARunWhoseCallsNeverReturn() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, student(u"waits_for_seat.py"_s),
                                            u"--capacity"_s, u"1"_s, u"--duration-ms"_s, u"3000"_s,
                                            u"--json"_s},
            &output, &errors);
        QVERIFY2(code == 4, errors.constData());
        const QJsonObject run = QJsonDocument::fromJson(output.split('\n').first()).object();
        QCOMPARE(run[u"verdict"_s].toString(), u"not_correct"_s);
        QCOMPARE(run[u"ended"_s].toString(), u"time_limit"_s);
        QCOMPARE(run[u"time_limit_ms"_s].toInt(), 3000);
        // Eight sessions of one seat: at most eight calls return, then every worker waits.
        QVERIFY(run[u"finished"_s].toInt() >= 1 && run[u"finished"_s].toInt() <= 8);
        QCOMPARE(run[u"unfinished"_s].toInt(), 5);
        QVERIFY(run[u"reasons"_s].toArray().contains(u"time_limit"_s));
    }

    // The exercise's load test has no end when an answer holds its row lock while it waits:
    // the run's time limit ends it, names the worker the others waited for, and closes every
    // connection of the answer.
    void timeLimitEndsAnAnswerThatHoldsItsLockAndNamesIt() {
        Error error;
        Scenario scenario;
        scenario.python = PythonAnswer::load(student(u"waits_holding_lock.py"_s), error);
        QVERIFY2(!scenario.python.isNull(), qPrintable(error.text()));
        scenario.strategy = scenario.python.placeholder();
        scenario.capacities = {1}; // one session, one seat: the second call waits for ever
        scenario.timeLimitMs = 3000;
        QSignalSpy finished(&m_loadTest, &LoadTest::finished);
        QVERIFY(m_loadTest.start(scenario));
        QVERIFY(finished.wait(120000));
        const RunResult result = m_loadTest.lastResult();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
        QVERIFY(result.verdict.reasons.contains(u"time_limit"_s));
        QCOMPARE(result.counters.attempts, 1);
        QCOMPARE(result.verdict.unfinished, 99); // of 5 × 20
        QCOMPARE(result.verdict.interruption.holdingWorkers.size(), 1);
        QVERIFY(result.verdict.interruption.outsideBlockers.isEmpty());
        QVERIFY2(result.verdict.headline().startsWith(
                     u"time limit of 3.0 s reached: 1 of 100 reservations finished; worker "_s),
                 qPrintable(result.verdict.headline()));
        QTRY_COMPARE_WITH_TIMEOUT(backendsOfThisProcess(), 0, 30000);
    }
};

QTEST_GUILESS_MAIN(TestPython)
#include "tst_python.moc"
