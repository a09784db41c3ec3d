#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using seatsim::runProgram;

// `cmake --install` into a temporary prefix gives a program that runs from there, with its
// strategies and desktop files in their standard places.
class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void installedProgramRunsAndFindsItsStrategies() {
        QTemporaryDir prefix;
        QByteArray output;
        QCOMPARE(runProgram(QStringLiteral(SEATSIM_CMAKE),
                            {u"--install"_s, QStringLiteral(SEATSIM_BUILD_DIR), u"--prefix"_s,
                             prefix.path()},
                            &output, 300000),
                 0);
        const QString installed = prefix.filePath(u"bin/seatsim"_s);
        QVERIFY2(QFile::exists(installed), output.constData());
        QCOMPARE(runProgram(installed, {u"--headless"_s, u"--list-strategies"_s}, &output), 0);
        for (const char* id : {"naive", "for-update", "atomic", "serializable", "multi-ordered"})
            QVERIFY2(output.contains(id), output.constData());
        QCOMPARE(runProgram(installed,
                            {u"--lang"_s, u"de"_s, u"--headless"_s, u"--list-strategies"_s},
                            &output),
                 0);
        QVERIFY2(output.contains("Naiv"), output.constData());

        const QString share = prefix.filePath(u"share/"_s);
        QVERIFY(QFile::exists(share + u"seatsim/strategies/naive.sql"_s));
        QVERIFY(
            QFile::exists(share + u"icons/hicolor/scalable/apps/io.github.seatsim.SeatSim.svg"_s));
        QVERIFY(QFile::exists(share + u"icons/hicolor/48x48/apps/io.github.seatsim.SeatSim.png"_s));
        const QString desktop = share + u"applications/io.github.seatsim.SeatSim.desktop"_s;
        const QString metainfo = share + u"metainfo/io.github.seatsim.SeatSim.metainfo.xml"_s;
        QCOMPARE(runProgram(u"desktop-file-validate"_s, {desktop}, &output), 0);
        QVERIFY2(output.trimmed().isEmpty(), output.constData());
        QCOMPARE(runProgram(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, metainfo}, &output),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
