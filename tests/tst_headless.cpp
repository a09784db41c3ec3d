#include "script/strategyscript.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

QList<QJsonObject> jsonLines(const QByteArray& output) {
    QList<QJsonObject> objects;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

QString studentAnswer(const QString& name) {
    return QStringLiteral(SEATSIM_SOURCE_DIR) + u"/tests/students/"_s + name;
}

QStringList serverArguments() {
    return {u"--headless"_s, u"--server-dir"_s, qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR"),
            u"--schema"_s, u"tst_headless"_s};
}

} // namespace

class TestHeadless : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runObjectsCarryEveryFieldAndInconsistencyExitsWithThree() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, u"naive"_s, u"--runs"_s, u"3"_s,
                                            u"--threads"_s, u"10"_s, u"--json"_s},
            &output, &errors);
        QVERIFY2(code == 3, errors.constData());
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 4);
        const QStringList fields{u"strategy"_s,
                                 u"run"_s,
                                 u"threads"_s,
                                 u"per_thread"_s,
                                 u"think_ms"_s,
                                 u"seed"_s,
                                 u"attempts"_s,
                                 u"reserved"_s,
                                 u"rejected_full"_s,
                                 u"failed"_s,
                                 u"retries"_s,
                                 u"deadlocks"_s,
                                 u"serialization_failures"_s,
                                 u"errors"_s,
                                 u"capacity"_s,
                                 u"free"_s,
                                 u"occupied"_s,
                                 u"drift"_s,
                                 u"overbooked_sessions"_s,
                                 u"consistent"_s,
                                 u"duration_ms"_s,
                                 u"attempts_per_s"_s,
                                 u"verdict"_s,
                                 u"reasons"_s,
                                 u"wrong_refusals"_s,
                                 u"unreported_bookings"_s,
                                 u"false_bookings"_s,
                                 u"inconsistent_sessions"_s,
                                 u"first_failure_sqlstate"_s,
                                 u"first_failure_message"_s};
        for (int run = 0; run < 3; ++run) {
            for (const QString& field : fields)
                QVERIFY2(lines[run].contains(field), qPrintable(field));
            QCOMPARE(lines[run][u"run"_s].toInt(), run + 1);
            QCOMPARE(lines[run][u"attempts"_s].toInt(), 200);
            QCOMPARE(lines[run][u"capacity"_s].toInt(), 40);
            QCOMPARE(lines[run][u"drift"_s].toInt(),
                     lines[run][u"free"_s].toInt() + lines[run][u"occupied"_s].toInt() - 40);
        }
        const QJsonObject summary = lines[3];
        QVERIFY(summary[u"summary"_s].toBool());
        QCOMPARE(summary[u"runs"_s].toInt(), 3);
        QVERIFY(summary[u"inconsistent_runs"_s].toInt() >= 1);
        QVERIFY(summary.contains(u"deadlock_runs"_s));
        QCOMPARE(summary[u"verdict"_s].toString(), u"inconsistent"_s);
        QVERIFY(summary[u"reasons"_s].toArray().contains(u"inconsistent"_s));
    }

    void consistentRunExitsWithZeroAndPrintsATable() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, u"atomic"_s}, &output, &errors);
        QVERIFY2(code == 0, errors.constData());
        QVERIFY2(output.contains("CONSISTENT: consistent:"), output.constData());
        QVERIFY2(output.contains("attempts"), output.constData());
        QVERIFY2(output.contains("verdict: correct: "), output.constData());
        QVERIFY2(output.contains("atomic: correct"), output.constData());
    }

    // The corpus of student answers in tests/students, each judged as its header's summary
    // says: the exit code, the JSON of the run and of the summary, and the words.
    void studentAnswersAreJudgedRight_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("load");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("reasons"); // the verdict names at least these
        QTest::addColumn<bool>("onlyThese");      // and no others
        QTest::addColumn<QString>("sqlState");    // of the first failure, when one is expected
        QTest::addColumn<QString>("message");     // of the first failure, in JSON and words
        QTest::addColumn<QString>("words");       // in the readable output

        const QStringList exercise;
        QTest::newRow("every statement fails")
            << u"typo-table.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"failures"_s} << true << u"42P01"_s
            << u"relation \"seminar_sesions\" does not exist"_s
            << u"consistent, but all 100 reservations failed: "_s;
        QTest::newRow("a run-time error")
            << u"division-by-zero.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"failures"_s} << true << QString() << u"division by zero"_s
            << u"consistent, but "_s;
        QTest::newRow("ends inside a transaction")
            << u"ends-in-transaction.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"failures"_s} << true << QString()
            << u"the script ended inside a transaction"_s << u"consistent, but "_s;
        // Seats never run out, and eight workers collide on eight sessions.
        QTest::newRow("a refusal under a held lock")
            << u"skip-locked.sql"_s
            << QStringList{u"--capacity"_s,   u"1000"_s, u"--threads"_s,  u"8"_s,
                           u"--per-thread"_s, u"40"_s,   u"--think-ms"_s, u"20"_s}
            << 4 << u"not_correct"_s << QStringList{u"wrong_refusals"_s} << true << QString()
            << QString() << u"refusals while seats were free"_s;
        QTest::newRow("a booking not reported")
            << u"never-reports.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"unreported_bookings"_s} << false << QString() << QString()
            << u"bookings not reported"_s;
        QTest::newRow("a deadlock-prone fix")
            << u"share-lock-upgrade.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"deadlocks"_s} << false << u"40P01"_s << u"deadlock detected"_s
            << u"deadlocks"_s;
        QTest::newRow("a correct fix with a lock of its own")
            << u"advisory-lock.sql"_s << exercise << 0 << u"correct"_s << QStringList() << true
            << QString() << QString() << u"verdict: correct: "_s;
        for (const char* correct :
             {"for-update.sql", "atomic-update.sql", "serializable.sql", "table-lock.sql"}) {
            QTest::newRow(correct)
                << QString::fromLatin1(correct) << exercise << 0 << u"correct"_s << QStringList()
                << true << QString() << QString() << u"verdict: correct: "_s;
        }
        QTest::newRow("True without a seat")
            << u"always-true.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"false_bookings"_s} << true << QString() << QString()
            << u"bookings reported that the table does not hold"_s;
        QTest::newRow("books another session than asked")
            << u"other-session.sql"_s << exercise << 4 << u"not_correct"_s
            << QStringList{u"unreported_bookings"_s, u"false_bookings"_s} << false << QString()
            << QString() << u"bookings not reported"_s;
        // The program passes session_id: a body that ignores it refuses sessions with seats.
        QTest::newRow("an empty body") << u"empty.sql"_s << exercise << 4 << u"not_correct"_s
                                       << QStringList{u"wrong_refusals"_s} << true << QString()
                                       << QString() << u"100 refusals while seats were free"_s;
    }

    // The exercise's own code, and the same in a transaction without a lock, lose updates in
    // almost every run under its load; five runs all consistent would be a regression.
    void studentAnswersWithoutALockAreInconsistent_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("autocommit, as handed out") << u"no-lock.sql"_s;
        QTest::newRow("a transaction without a lock") << u"transaction-without-lock.sql"_s;
    }

    void studentAnswersWithoutALockAreInconsistent() {
        QFETCH(QString, file);
        QByteArray output, errors;
        QCOMPARE(
            test::runSeatsim(serverArguments() + QStringList{u"--strategy"_s, studentAnswer(file),
                                                             u"--runs"_s, u"5"_s, u"--json"_s},
                             &output, &errors),
            3);
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.last()[u"verdict"_s].toString(), u"inconsistent"_s);
        QVERIFY(lines.last()[u"reasons"_s].toArray().contains(u"inconsistent"_s));
    }

    // The second exercise on the command line: its rule breaks the run and is named, in JSON
    // and in words, and every place that says consistent agrees with the verdict.
    void theTwoSeatsExerciseNamesTheStudentOverTheLimit() {
        const QStringList load{
            u"--exercise"_s, u"two-seats"_s, u"--strategy"_s,   u"check-then-book"_s,
            u"--threads"_s,  u"8"_s,         u"--per-thread"_s, u"12"_s,
            u"--think-ms"_s, u"20"_s,        u"--runs"_s,       u"3"_s};
        QByteArray output, errors;
        QCOMPARE(
            test::runSeatsim(serverArguments() + load + QStringList{u"--json"_s}, &output, &errors),
            3);
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 4);
        int broken = 0;
        for (const QJsonObject& run : lines.mid(0, 3)) {
            QCOMPARE(run[u"exercise"_s].toString(), u"two-seats"_s);
            QCOMPARE(run[u"seat_limit"_s].toInt(), 2);
            const bool over = !run[u"students_over_limit"_s].toArray().isEmpty();
            QCOMPARE(run[u"consistent"_s].toBool(), !over);
            QCOMPARE(run[u"verdict"_s].toString() == u"inconsistent"_s, over);
            broken += over ? 1 : 0;
        }
        QVERIFY(broken > 0);
        QCOMPARE(test::runSeatsim(serverArguments() + load, &output, &errors), 3);
        QVERIFY2(output.contains("INCONSISTENT: student "), output.constData());
        QVERIFY2(output.contains("seats (limit 2)"), output.constData());

        QCOMPARE(test::runSeatsim(serverArguments() + QStringList{u"--exercise"_s, u"three"_s},
                                  &output, &errors),
                 2);
        QVERIFY2(errors.contains("--exercise expects one of seats, two-seats"), errors.constData());
    }

    // --audit under the second exercise checks the seat limit too: a student with three seats
    // makes a table whose sums hold inconsistent, named, with exit code 3; the seat exercise's
    // --audit of the same table asks only the sums.
    void theAuditOfTwoSeatsChecksTheSeatLimit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"three-for-one.sql"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- title: Books student 1 every time\n\n"
                   "\\set user_id 1\n"
                   "\\set session_id random(1, :sessions)\n"
                   "UPDATE seminar_sessions SET seats = seats - 1 WHERE id = :session_id;\n"
                   "INSERT INTO seminar_registrations (user_id, session_id) "
                   "VALUES (:user_id, :session_id);\n"
                   "\\set reserved 1\n");
        file.close();
        const QStringList arguments = QStringList{u"--headless"_s, u"--server-dir"_s,
                                                  qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR"),
                                                  u"--schema"_s, u"tst_headless_limit"_s};
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(arguments + QStringList{u"--exercise"_s, u"two-seats"_s,
                                                          u"--strategy"_s, script, u"--threads"_s,
                                                          u"1"_s, u"--per-thread"_s, u"3"_s},
                                  &output, &errors),
                 3);

        const QStringList twoSeats{u"--exercise"_s, u"two-seats"_s, u"--audit"_s};
        QCOMPARE(
            test::runSeatsim(arguments + twoSeats + QStringList{u"--json"_s}, &output, &errors), 3);
        const QJsonObject audit = QJsonDocument::fromJson(output).object();
        QCOMPARE(audit[u"consistent"_s], QJsonValue(false));
        QCOMPARE(audit[u"drift"_s].toInt(), 0);
        QCOMPARE(audit[u"seat_limit"_s].toInt(), 2);
        QCOMPARE(audit[u"students_over_limit"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"user_id"_s, 1}, {u"seats"_s, 3}}}));
        QCOMPARE(test::runSeatsim(arguments + twoSeats, &output, &errors), 3);
        QVERIFY2(output.contains("INCONSISTENT!"), output.constData());
        QVERIFY2(output.contains("student 1 holds 3 seats (limit 2)"), output.constData());

        QCOMPARE(test::runSeatsim(arguments + QStringList{u"--audit"_s}, &output, &errors), 0);
        QVERIFY2(output.contains("Consistent."), output.constData());
    }

    // SeatSim's old names for reserve_seat's arguments are refused with what to rename, never
    // read as a script of their own.
    void oldArgumentNamesAreRefusedWithTheNewName() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sql"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\\set reserved 0\nSELECT seats FROM seminar_sessions WHERE id = :session "
                   "\\gset\n");
        file.close();
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(serverArguments() + QStringList{u"--strategy"_s, path}, &output,
                                  &errors),
                 2);
        QVERIFY2(errors.contains("old.sql:2:"), errors.constData());
        QVERIFY2(errors.contains("Rename session to session_id"), errors.constData());
    }

    void studentAnswersAreJudgedRight() {
        QFETCH(QString, file);
        QFETCH(QStringList, load);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QStringList, reasons);
        QFETCH(bool, onlyThese);
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        QFETCH(QString, words);
        const QStringList arguments =
            serverArguments() + QStringList{u"--strategy"_s, studentAnswer(file)} + load;

        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(arguments + QStringList{u"--json"_s}, &output, &errors),
                 exitCode);
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject& json : lines) { // the run and the strategy's summary
            QCOMPARE(json[u"verdict"_s].toString(), verdict);
            QStringList named;
            for (const QJsonValue& reason : json[u"reasons"_s].toArray())
                named << reason.toString();
            for (const QString& reason : reasons)
                QVERIFY2(named.contains(reason), qPrintable(named.join(u", "_s)));
            if (onlyThese)
                QCOMPARE(named, reasons);
            if (!sqlState.isEmpty())
                QCOMPARE(json[u"first_failure_sqlstate"_s].toString(), sqlState);
            if (!message.isEmpty())
                QVERIFY2(json[u"first_failure_message"_s].toString().contains(message),
                         qPrintable(json[u"first_failure_message"_s].toString()));
            if (reasons.contains(u"wrong_refusals"_s))
                QVERIFY(json[u"wrong_refusals"_s].toInt() > 0);
            if (reasons.contains(u"failures"_s))
                QVERIFY(json[u"failed"_s].toInt() > 0);
        }
        const QJsonObject& run = lines.constFirst();
        if (reasons.contains(u"unreported_bookings"_s)) {
            QVERIFY(run[u"occupied"_s].toInt() > 0);
            QVERIFY(run[u"unreported_bookings"_s].toInt() > 0);
            QVERIFY(run[u"unreported_bookings"_s].toInt() <= run[u"occupied"_s].toInt());
        }
        if (verdict == u"correct") {
            // SERIALIZABLE's 40001, retried to success, is how it is meant to be used
            if (!run[u"first_failure_sqlstate"_s].isNull())
                QCOMPARE(run[u"first_failure_sqlstate"_s].toString(), u"40001"_s);
            QCOMPARE(run[u"failed"_s].toInt(), 0);
            QCOMPARE(run[u"wrong_refusals"_s].toInt(), 0);
            QCOMPARE(run[u"unreported_bookings"_s].toInt(), 0);
        }

        QCOMPARE(test::runSeatsim(arguments, &output, &errors), exitCode);
        const QString text = QString::fromUtf8(output);
        QVERIFY2(text.contains(words), qPrintable(text));
        if (!message.isEmpty())
            QVERIFY2(text.contains(message), qPrintable(text));
    }

    void deadlockingBuiltinsExitWithFour() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(serverArguments() +
                                      QStringList{u"--strategy"_s, u"for-share"_s, u"--json"_s},
                                  &output, &errors),
                 4);
        const QList<QJsonObject> lines = jsonLines(output);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last()[u"verdict"_s].toString(), u"not_correct"_s);
        QVERIFY(lines.last()[u"reasons"_s].toArray().contains(u"deadlocks"_s));
    }

    void anInconsistentRunOutranksOneNotCorrect() {
        QByteArray output, errors;
        QCOMPARE(
            test::runSeatsim(serverArguments() + QStringList{u"--strategy"_s, u"for-share,naive"_s},
                             &output, &errors),
            3);
        QVERIFY2(output.contains("for-share: consistent, but "), output.constData());
        QVERIFY2(output.contains("naive: inconsistent"), output.constData());
    }

    // A script that moves one seat from session 2 to session 1: 40 in total, yet sessions 1
    // and 2 each off by one. The run's JSON, its verdict, its exit code and --audit's agree.
    void aSeatMovedBetweenSessionsIsInconsistentInEveryPlace() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"moves-a-seat.sql"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- title: Moves a seat between sessions\n\n"
                   "UPDATE seminar_sessions SET seats = seats + 1 WHERE id = 1;\n"
                   "UPDATE seminar_sessions SET seats = seats - 1 WHERE id = 2;\n");
        file.close();
        const QStringList arguments = QStringList{u"--headless"_s, u"--server-dir"_s,
                                                  qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR"),
                                                  u"--schema"_s, u"tst_headless_moved"_s};

        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(arguments + QStringList{u"--strategy"_s, script, u"--threads"_s,
                                                          u"1"_s, u"--per-thread"_s, u"1"_s,
                                                          u"--json"_s},
                                  &output, &errors),
                 3);
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 2);
        const QJsonObject& run = lines.constFirst();
        QCOMPARE(run[u"drift"_s].toInt(), 0);
        QCOMPARE(run[u"consistent"_s], QJsonValue(false));
        QCOMPARE(run[u"verdict"_s].toString(), u"inconsistent"_s);
        QCOMPARE(run[u"inconsistent_sessions"_s].toArray(), (QJsonArray{1, 2}));
        QCOMPARE(lines.constLast()[u"inconsistent_runs"_s].toInt(), 1);

        QCOMPARE(
            test::runSeatsim(arguments + QStringList{u"--audit"_s, u"--json"_s}, &output, &errors),
            3);
        const QJsonObject audit = QJsonDocument::fromJson(output).object();
        QCOMPARE(audit[u"consistent"_s], QJsonValue(false));
        QCOMPARE(audit[u"drift"_s].toInt(), 0);
        QCOMPARE(test::runSeatsim(arguments + QStringList{u"--audit"_s}, &output, &errors), 3);
        QVERIFY2(output.contains("INCONSISTENT!"), output.constData());
        QVERIFY2(output.contains("session 1: 5 free + 0 occupied = 5 \xe2\x89\xa0 4"),
                 output.constData());
    }

    void helpSaysTheExitCodes() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim({u"--help"_s}, &output, &errors), 0);
        for (const char* line : {"0  every run correct", "1  could not run", "2  bad usage",
                                 "3  at least one run inconsistent", "4  consistent in every run"})
            QVERIFY2(output.contains(line), output.constData());
    }

    void severalStrategiesGiveOneSummaryRowEach() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, u"atomic,for-update"_s,
                                            u"--strategy"_s, u"multi-ordered"_s, u"--json"_s},
            &output, &errors);
        QVERIFY2(code == 0, errors.constData());
        const QList<QJsonObject> lines = jsonLines(output);
        QCOMPARE(lines.size(), 4);
        const QJsonArray rows = lines.last()[u"strategies"_s].toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].toObject()[u"strategy"_s].toString(), u"multi-ordered"_s);
    }

    void badUsageAndBrokenScriptsExitWithTwo() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim(serverArguments() + QStringList{u"--strategy"_s, u"nope"_s},
                                  &output, &errors),
                 2);
        QVERIFY2(errors.contains("Unknown strategy \"nope\""), errors.constData());
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--threads"_s, u"zero"_s}, &output, &errors),
                 2);
        QVERIFY2(errors.contains("--threads"), errors.constData());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"mine.sql"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\\set reserved 0\nSELECT 1;\n\\frobnicate\n");
        file.close();
        QCOMPARE(test::runSeatsim(serverArguments() + QStringList{u"--strategy"_s, path}, &output,
                                  &errors),
                 2);
        QVERIFY2(errors.contains("mine.sql:3:"), errors.constData());
    }

    void unreachableServerExitsWithOne() {
        QByteArray output, errors;
        const QString uri = u"postgresql://nobody@127.0.0.1:%1/none"_s.arg(test::freeTcpPort());
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--database"_s, uri}, &output, &errors), 1);
        QVERIFY2(errors.contains("Could not connect"), errors.constData());
    }

    void listStrategiesNamesTheCatalogue() {
        QByteArray output;
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--list-strategies"_s}, &output), 0);
        for (const char* id : {"naive", "naive-tx", "for-update", "atomic", "serializable",
                               "for-share", "multi-unordered", "multi-ordered"})
            QVERIFY2(output.contains(id), id);
    }

    void listStrategiesSpeaksGermanWithLangDe() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--lang"_s, u"de"_s, u"--list-strategies"_s},
                                  &output, &errors),
                 0);
        const QString text = QString::fromUtf8(output);
        for (const char* title :
             {"Naiv (Autocommit)", "Naiv in einer Transaktion", "Atomares UPDATE",
              "Zwei Seminare, in aufsteigender Reihenfolge gesperrt"})
            QVERIFY2(text.contains(QString::fromUtf8(title)), qPrintable(text));
        QVERIFY2(!text.contains(u"Naive (autocommit)"_s), qPrintable(text));

        QCOMPARE(
            test::runSeatsim({u"--headless"_s, u"--lang=de"_s, u"--list-strategies"_s, u"--json"_s},
                             &output, &errors),
            0);
        const QList<QJsonObject> lines = jsonLines(output);
        const QList<StrategyScript> catalogue = builtinStrategies();
        QCOMPARE(lines.size(), catalogue.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i][u"id"_s].toString(), catalogue[i].id());
            QCOMPARE(lines[i][u"title"_s].toString(), catalogue[i].title(u"de"_s));
            QCOMPARE(lines[i][u"summary"_s].toString(), catalogue[i].summary(u"de"_s));
        }
    }

    void helpSpeaksGermanWithLangDe() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim({u"--lang"_s, u"de"_s, u"--help"_s}, &output, &errors), 0);
        const QString text = QString::fromUtf8(output);
        QVERIFY2(text.contains(u"Worker-Threads (Standard: 5)."_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Worker threads"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
