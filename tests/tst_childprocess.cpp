#include "common/childprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

// The runner of PostgreSQL's helper programs: exit codes, output, environment, working
// directory, a program that does not end, and one that does not exist.
class TestChildProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodeAndMergedOutput() {
        QByteArray output;
        QCOMPARE(runProgram(u"sh"_s, {u"-c"_s, u"echo out; echo err >&2; exit 7"_s}, &output), 7);
        QCOMPARE(output, QByteArray("out\nerr\n"));
    }

    void separateErrorEnvironmentAndDirectory() {
        QTemporaryDir dir;
        ChildProcess process;
        ChildProcess::Options options;
        options.mergeErrorIntoOutput = false;
        options.workingDirectory = dir.path();
        options.environment = {u"SEATSIM_CHILD_TEST=42"_s};
        Error error;
        QVERIFY2(process.start(u"sh"_s,
                               {u"-c"_s, u"pwd; echo $SEATSIM_CHILD_TEST; echo oops >&2"_s},
                               options, error),
                 qPrintable(error.text()));
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.standardOutput(), dir.path().toLocal8Bit() + "\n42\n");
        QCOMPARE(process.standardError(), QByteArray("oops\n"));
    }

    void outputLargerThanAPipeIsCollected() {
        QByteArray output;
        QCOMPARE(runProgram(u"head"_s, {u"-c"_s, u"1000000"_s, u"/dev/zero"_s}, &output), 0);
        QCOMPARE(output.size(), 1000000);
    }

    void programThatDoesNotEndIsKilledAtTheTimeout() {
        ChildProcess process;
        Error error;
        QVERIFY2(process.start(u"sleep"_s, {u"600"_s}, error), qPrintable(error.text()));
        QVERIFY(process.isRunning());
        QVERIFY(!process.waitForFinished(0));
        process.kill();
        QVERIFY(process.waitForFinished());
        QVERIFY(!process.isRunning());
        QCOMPARE(process.exitCode(), -1);
        QCOMPARE(runProgram(u"sleep"_s, {u"600"_s}, nullptr, 0), -1);
    }

    void missingProgramGivesAClearError() {
        ChildProcess process;
        Error error;
        QVERIFY(!process.start(u"/nonexistent/seatsim-helper"_s, {}, error));
        QVERIFY2(error.text().contains(u"/nonexistent/seatsim-helper"_s), qPrintable(error.text()));
        QVERIFY2(error.text().contains(u"No such file"_s), qPrintable(error.text()));
        QCOMPARE(process.exitCode(), -1);
    }
};

QTEST_GUILESS_MAIN(TestChildProcess)
#include "tst_childprocess.moc"
