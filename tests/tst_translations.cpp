#include "common/childprocess.h"
#include "settings/language.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Every user-visible string of the program has a German translation: lupdate runs over the
// sources into a copy of the catalogue, and any message it adds or leaves unfinished fails.
class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySourceStringHasAGermanTranslation() {
        const QString source = QStringLiteral(SEATSIM_SOURCE_DIR);
        QTemporaryDir dir;
        const QString catalogue = dir.filePath(u"seatsim_de.ts"_s);
        QVERIFY(QFile::copy(source + u"/resources/translations/seatsim_de.ts"_s, catalogue));
        QFile::setPermissions(catalogue, QFile::ReadOwner | QFile::WriteOwner);

        seatsim::ChildProcess::Options options;
        options.workingDirectory = source;
        QByteArray output;
        QVERIFY2(seatsim::runProgram(QStringLiteral(SEATSIM_LUPDATE),
                                     {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"app"_s,
                                      u"ui"_s, u"-ts"_s, catalogue},
                                     &output, 120000, options) == 0,
                 output.constData());

        QFile file(catalogue);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, sourceText;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                sourceText = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || text.trimmed().isEmpty())
                    missing << context + u": "_s + sourceText;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"%1 strings lack a German translation (run "_s
                       "`cmake --build build --target update_translations` and translate "
                       "them in resources/translations/seatsim_de.ts):\n"_s.arg(missing.size()) +
                       missing.join(u'\n')));
    }

    // German words come with German numbers ("0,8 s", "1.234"), and English ones with the
    // system's own (here not German), also after German was chosen before.
    void numbersFollowTheProgramsLanguage() {
        if (QLocale::system().language() == QLocale::German)
            QSKIP("needs a system locale that is not German");
        const QString english = QLocale::system().toString(0.5, 'f', 1);
        seatsim::installTranslations(u"de"_s);
        QCOMPARE(QLocale().toString(0.5, 'f', 1), u"0,5"_s);
        QCOMPARE(QLocale().toString(1234), u"1.234"_s);
        seatsim::installTranslations(u"en"_s);
        QCOMPARE(QLocale().toString(0.5, 'f', 1), english);
        QCOMPARE(QLocale().toString(0.5, 'f', 1), u"0.5"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
