#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The one order of the folders, lowest first: a folder includes itself and the folders before
// it, never one after. app/cli comes last so that no view includes it; nothing under app/
// includes ui/ (app/main.cpp, the composition root, sees both and is no folder's).
const QStringList folderOrder = {
    u"app/common"_s,   u"app/server"_s, u"app/script"_s,   u"app/python"_s,
    u"app/verdict"_s,  u"app/engine"_s, u"app/analysis"_s, u"app/results"_s,
    u"app/settings"_s, u"ui/style"_s,   u"ui/live"_s,      u"ui/output"_s,
    u"ui/race"_s,      u"ui/dialogs"_s, u"ui/window"_s,    u"app/cli"_s,
};

QString sourceDir() {
    return QStringLiteral(SEATSIM_SOURCE_DIR);
}

// "app/engine" for app/engine/loadtest.cpp; empty for a file directly in app/ or ui/.
QString folderOf(const QString& relativePath) {
    const QStringList parts = relativePath.split(u'/');
    return parts.size() > 2 ? parts.at(0) + u'/' + parts.at(1) : QString();
}

// The folder an include names ("engine" -> "app/engine"), empty when it names none of ours.
QString folderNamed(const QString& name) {
    for (const QString& folder : folderOrder)
        if (folder.section(u'/', 1) == name)
            return folder;
    return {};
}

QStringList sourceFiles() {
    QStringList files;
    for (const QString& top : {u"app"_s, u"ui"_s}) {
        QDirIterator it(sourceDir() + u'/' + top, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(sourceDir().size() + 1);
    }
    files.sort();
    return files;
}

} // namespace

// Every #include "folder/…" under app/ and ui/ goes down the folder order or stays in its own
// folder; a new folder has to be given its place. The README quotes the order.
class TestFolderOrder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFolderHasAPlaceInTheOrder() {
        QStringList missing;
        for (const QString& file : sourceFiles()) {
            const QString folder = folderOf(file);
            if (!folder.isEmpty() && !folderOrder.contains(folder) && !missing.contains(folder))
                missing << folder;
        }
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"folders without a place in folderOrder (tests/tst_folderorder.cpp): "_s +
                       missing.join(u", "_s)));
    }

    void noIncludeRunsBackInTheOrder() {
        static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"([^\"/]+)/"_s);
        QStringList violations;
        int checked = 0;
        for (const QString& file : sourceFiles()) {
            const QString folder = folderOf(file);
            if (folder.isEmpty())
                continue;
            QFile source(sourceDir() + u'/' + file);
            QVERIFY2(source.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file));
            int lineNumber = 0;
            while (!source.atEnd()) {
                ++lineNumber;
                const QString line = QString::fromUtf8(source.readLine());
                const QRegularExpressionMatch match = include.match(line);
                if (!match.hasMatch())
                    continue;
                const QString included = folderNamed(match.captured(1));
                const QString where = u"%1:%2: "_s.arg(file).arg(lineNumber);
                if (included.isEmpty()) {
                    violations << where + u"includes \"%1/…\", a folder not in the order"_s.arg(
                                              match.captured(1));
                    continue;
                }
                ++checked;
                if (folder.startsWith(u"app/"_s) && included.startsWith(u"ui/"_s))
                    violations << where + u"%1 includes %2: nothing under app/ includes ui/"_s.arg(
                                              folder, included);
                else if (folderOrder.indexOf(included) > folderOrder.indexOf(folder))
                    violations << where +
                                      u"%1 includes %2, which comes after it in the order"_s.arg(
                                          folder, included);
            }
        }
        QVERIFY(checked > 100); // the sources were found and read
        QVERIFY2(
            violations.isEmpty(),
            qPrintable(u"%1 includes run back in the folder order (%2):\n"_s.arg(violations.size())
                           .arg(folderOrder.join(u" → "_s)) +
                       violations.join(u'\n')));
    }

    void readmeQuotesTheOrder() {
        QFile readme(sourceDir() + u"/README.md"_s);
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString quoted = folderOrder.join(u" → "_s);
        QVERIFY2(QString::fromUtf8(readme.readAll()).contains(quoted),
                 qPrintable(u"README.md does not quote the folder order: "_s + quoted));
    }
};

QTEST_GUILESS_MAIN(TestFolderOrder)
#include "tst_folderorder.moc"
