#include "common/childprocess.h"
#include "common/version.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using seatsim::runProgram;

namespace {

const QString kAppId = u"io.github.seatsim.SeatSim"_s;
const QStringList kStrategyIds = {u"naive"_s,     u"naive-tx"_s,        u"for-update"_s,
                                  u"atomic"_s,    u"serializable"_s,    u"repeatable-read"_s,
                                  u"for-share"_s, u"multi-unordered"_s, u"multi-ordered"_s,
                                  u"lock-table"_s};
constexpr int kPackagingTimeoutMs = 600000; // cpack of a sanitizer build on a busy machine: minutes

struct Run {
    int exitCode = -1;
    QByteArray output;
};

// apt and dpkg never ask, and the program's output is read apart from its warnings on stderr
// when `withErrors` is false.
Run run(const QString& program, const QStringList& arguments, bool withErrors = true,
        int timeoutMs = 120000) {
    seatsim::ChildProcess::Options options;
    options.workingDirectory = u"/"_s;
    options.environment = {u"DEBIAN_FRONTEND=noninteractive"_s, u"QT_QPA_PLATFORM=offscreen"_s};
    options.mergeErrorIntoOutput = withErrors;
    Run result;
    result.exitCode = runProgram(program, arguments, &result.output, timeoutMs, options);
    return result;
}

// True when dpkg knows the package in any state (installed, half-installed, config-files).
bool dpkgKnowsSeatsim() {
    const Run query =
        run(u"dpkg-query"_s, {u"-W"_s, u"--showformat=${db:Status-Abbrev}"_s, u"seatsim"_s});
    return query.exitCode == 0 && !query.output.startsWith("un");
}

QString purgeSeatsim() {
    const Run purge = run(u"dpkg"_s, {u"--purge"_s, u"seatsim"_s}, true, kPackagingTimeoutMs);
    return purge.exitCode == 0 ? QString() : QString::fromLocal8Bit(purge.output);
}

QSet<QString> packageNames(const QString& dependsField) {
    QSet<QString> names;
    for (const QString& entry : dependsField.split(u',', Qt::SkipEmptyParts)) {
        for (const QString& alternative : entry.split(u'|'))
            names.insert(alternative.section(u'(', 0, 0).section(u':', 0, 0).trimmed());
    }
    return names;
}

} // namespace

// `cpack -G DEB` gives a package that declares what the program needs, installs it under /usr
// with its strategies, menu entry, icons and AppStream data, runs from there, and goes again
// without a trace. The package is installed on this machine: the test needs root and apt, and
// removes the package even when an assertion fails.
class TestPackage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("installing a Debian package needs root");
        for (const char* tool : {"apt-get", "dpkg", "dpkg-deb", "dpkg-query", "dpkg-shlibdeps"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(u"%1 is missing (Debian's apt, dpkg and dpkg-dev)"_s.arg(
                    QString::fromLatin1(tool))));
        }
        if (dpkgKnowsSeatsim())
            QSKIP("a seatsim package is already on this machine; the test would replace it");
        if (QFile::exists(u"/usr/bin/seatsim"_s))
            QSKIP("/usr/bin/seatsim exists already; the test would replace it");
        QVERIFY(m_packageDir.isValid());
        // apt reads a local package as the _apt account, which cannot enter a 0700 directory.
        QVERIFY(QFile::setPermissions(m_packageDir.path(),
                                      QFile::permissions(m_packageDir.path()) |
                                          QFileDevice::ExeGroup | QFileDevice::ReadGroup |
                                          QFileDevice::ExeOther | QFileDevice::ReadOther));
    }

    void cleanupTestCase() {
        if (m_installedByTest && dpkgKnowsSeatsim()) {
            const QString failure = purgeSeatsim();
            if (!failure.isEmpty())
                qWarning("could not remove the seatsim package: %s", qPrintable(failure));
        }
    }

    void packageDeclaresWhatTheProgramNeeds() {
        const Run cpack = run(QStringLiteral(SEATSIM_CPACK),
                              {u"-G"_s, u"DEB"_s, u"--config"_s,
                               QStringLiteral(SEATSIM_BUILD_DIR "/CPackConfig.cmake"), u"-B"_s,
                               m_packageDir.path()},
                              true, kPackagingTimeoutMs);
        QVERIFY2(cpack.exitCode == 0, cpack.output.constData());
        const QStringList debs =
            QDir(m_packageDir.path()).entryList({u"seatsim_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.first().startsWith(u"seatsim_"_s + QStringLiteral(SEATSIM_VERSION) + u'_'),
                 qPrintable(debs.first()));
        m_deb = m_packageDir.filePath(debs.first());

        const Run fields = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Package"_s, u"Version"_s,
                                               u"Section"_s, u"Maintainer"_s, u"Depends"_s});
        QCOMPARE(fields.exitCode, 0);
        QHash<QString, QString> field;
        for (const QString& line : QString::fromUtf8(fields.output).split(u'\n'))
            field.insert(line.section(u':', 0, 0), line.section(u':', 1).trimmed());
        QCOMPARE(field.value(u"Package"_s), u"seatsim"_s);
        QCOMPARE(field.value(u"Version"_s), QStringLiteral(SEATSIM_VERSION));
        QCOMPARE(field.value(u"Section"_s), u"education"_s);
        QVERIFY2(field.value(u"Maintainer"_s).contains(u'@'), fields.output.constData());
        const QSet<QString> depends = packageNames(field.value(u"Depends"_s));
        for (const QString& needed : {u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s,
                                      u"libqt6sql6"_s, u"libqt6charts6"_s, u"libqt6svg6"_s,
                                      u"libqt6sql6-psql"_s, u"libpq5"_s, u"postgresql"_s})
            QVERIFY2(depends.contains(needed),
                     qPrintable(needed + u" missing in Depends: "_s + field.value(u"Depends"_s)));

        const Run contents = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
        QCOMPARE(contents.exitCode, 0);
        QStringList paths;
        for (const QString& line :
             QString::fromUtf8(contents.output).split(u'\n', Qt::SkipEmptyParts))
            paths.append(line.section(u' ', -1));
        for (const QString& path : paths)
            QVERIFY2(path == u"./"_s || path.startsWith(u"./usr/"_s), qPrintable(path));
        QVERIFY2(paths.contains(u"./usr/bin/seatsim"_s), contents.output.constData());
        QVERIFY(!paths.contains(u"./usr/local/"_s));
    }

    void installedPackageRunsFromTheMenuInBothLanguages() {
        if (m_deb.isEmpty())
            QSKIP("no package was built");
        // Everything the package needs must be here already: the test installs nothing else,
        // so it needs no network and leaves no other package behind. (apt's --no-download
        // refuses local packages.)
        const Run simulation =
            run(u"apt-get"_s, {u"install"_s, u"--simulate"_s, u"--no-install-recommends"_s, m_deb},
                true, kPackagingTimeoutMs);
        QVERIFY2(simulation.exitCode == 0, simulation.output.constData());
        QStringList others;
        for (const QByteArray& line : simulation.output.split('\n')) {
            const QString name = QString::fromUtf8(line).section(u' ', 1, 1);
            if (line.startsWith("Inst ") && name != u"seatsim")
                others.append(name);
        }
        if (!others.isEmpty())
            QSKIP(qPrintable(
                u"installing the package would also install %1; install them first"_s.arg(
                    others.join(u", "_s))));

        m_installedByTest = true;
        const Run install = run(u"apt-get"_s,
                                {u"install"_s, u"-y"_s, u"--no-install-recommends"_s, u"-o"_s,
                                 u"DPkg::Lock::Timeout=300"_s, m_deb},
                                true, kPackagingTimeoutMs);
        QVERIFY2(install.exitCode == 0, install.output.constData());

        const QString program = u"/usr/bin/seatsim"_s;
        const Run version = run(program, {u"--version"_s}, false);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), QByteArray("SeatSim " SEATSIM_VERSION));

        const Run list = run(program, {u"--headless"_s, u"--list-strategies"_s}, false);
        QCOMPARE(list.exitCode, 0);
        QStringList listed;
        for (const QString& line : QString::fromUtf8(list.output).split(u'\n', Qt::SkipEmptyParts))
            listed.append(line.section(u' ', 0, 0));
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()),
                 QSet<QString>(kStrategyIds.cbegin(), kStrategyIds.cend()));
        const Run german =
            run(program, {u"--lang"_s, u"de"_s, u"--headless"_s, u"--list-strategies"_s}, false);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.output.contains("Naiv (Autocommit)"), german.output.constData());
        // The catalogue is compiled into the program (:/i18n), so nothing else is installed.
        const Run help = run(program, {u"--lang"_s, u"de"_s, u"--help"_s}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains("Sprache des Programms"), help.output.constData());

        for (const QString& id : kStrategyIds)
            QVERIFY2(QFile::exists(u"/usr/share/seatsim/strategies/%1.sql"_s.arg(id)),
                     qPrintable(id));
        QVERIFY(QFile::exists(u"/usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(kAppId)));
        for (int size : {16, 32, 48, 64, 128, 256})
            QVERIFY(QFile::exists(
                u"/usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(kAppId)));

        const QString desktop = u"/usr/share/applications/%1.desktop"_s.arg(kAppId);
        QFile desktopFile(desktop);
        QVERIFY2(desktopFile.open(QIODevice::ReadOnly), qPrintable(desktop));
        const QList<QByteArray> entries = desktopFile.readAll().split('\n');
        QVERIFY(entries.contains("Exec=seatsim"));
        QVERIFY(entries.contains("Icon=" + kAppId.toUtf8()));
        const Run desktopCheck = run(u"desktop-file-validate"_s, {desktop});
        QCOMPARE(desktopCheck.exitCode, 0);
        QVERIFY2(desktopCheck.output.trimmed().isEmpty(), desktopCheck.output.constData());
        const Run metainfoCheck =
            run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s,
                                    u"/usr/share/metainfo/%1.metainfo.xml"_s.arg(kAppId)});
        QVERIFY2(metainfoCheck.exitCode == 0, metainfoCheck.output.constData());
    }

    void removedPackageLeavesNothingBehind() {
        if (!m_installedByTest)
            QSKIP("the package was not installed");
        const QString failure = purgeSeatsim();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!dpkgKnowsSeatsim());
        QVERIFY(!QFile::exists(u"/usr/bin/seatsim"_s));
        QVERIFY(!QFile::exists(u"/usr/share/seatsim"_s));
        QVERIFY(!QFile::exists(u"/usr/share/applications/%1.desktop"_s.arg(kAppId)));
        QVERIFY(!QFile::exists(u"/usr/share/metainfo/%1.metainfo.xml"_s.arg(kAppId)));
        QVERIFY(!QFile::exists(u"/usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(kAppId)));
    }

private:
    QTemporaryDir m_packageDir;
    QString m_deb;
    bool m_installedByTest = false;
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
