#include "testsupport.h"

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
                                 u"attempts_per_s"_s};
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
    }

    void consistentRunExitsWithZeroAndPrintsATable() {
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + QStringList{u"--strategy"_s, u"atomic"_s}, &output, &errors);
        QVERIFY2(code == 0, errors.constData());
        QVERIFY2(output.contains("CONSISTENT: consistent:"), output.constData());
        QVERIFY2(output.contains("attempts"), output.constData());
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
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
