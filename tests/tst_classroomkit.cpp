#include "classroomkit.h"
#include "comparisonview.h"
#include "helpdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "settings.h"
#include "strategyeditor.h"
#include "strategypanel.h"
#include "testsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr int runTimeoutMs = 120000;
const QString schema = u"tst_classroomkit"_s;

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList lines(const QString& text) {
    QStringList result = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : result)
        line = line.trimmed();
    return result;
}
} // namespace

class TestClassroomKit : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    ClassroomKit* kit() const { return m_window->classroomKit(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(settings::userStrategyDir()).removeRecursively();
        QVERIFY2(QSettings().fileName().contains(u".qttest"_s), qPrintable(QSettings().fileName()));
        QVERIFY(m_dir.isValid());
        test::installStrictMessageHandler();
        test::openWindow(m_window, schema);
    }

    void cleanupTestCase() {
        m_window.reset();
        QSettings().clear();
        QDir(settings::userStrategyDir()).removeRecursively();
    }

    void languageMenuSavesTheChoice() {
        QAction* german = kit()->action(u"language_de_Action"_s);
        QAction* english = kit()->action(u"language_en_Action"_s);
        QVERIFY(german && english);
        german->trigger();
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
        QVERIFY(german->isChecked());
        QVERIFY(!english->isChecked());
        english->trigger();
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"en"_s);
        QVERIFY(english->isChecked());
    }

    void comparisonRunsEachStrategyWithTheSameSeedsAndFillsItsTable() {
        test::setLoad(*m_window, 4, 5, 2, 0, 7);
        ComparisonView* view = kit()->showComparison();
        QVERIFY(view);
        view->setChecked({u"naive"_s, u"for-update"_s});
        view->setRuns(2);
        QSignalSpy finished(view, &ComparisonView::finished);
        QVERIFY(view->start());
        // One run at a time, and the window waits for the comparison.
        QVERIFY(view->isRunning());
        QVERIFY(!m_window->startAction()->isEnabled());
        QVERIFY(finished.wait(runTimeoutMs));

        const QList<RunResult>& results = view->comparison()->results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).strategy, u"naive"_s);
        QCOMPARE(results.at(2).strategy, u"for-update"_s);
        QCOMPARE(results.at(0).scenario.seed, 7u);
        QCOMPARE(results.at(1).scenario.seed, 8u);
        QCOMPARE(results.at(2).scenario.seed, 7u);
        QCOMPARE(results.at(3).scenario.seed, 8u);
        for (const RunResult& result : results)
            QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(results.at(2).consistent() && results.at(3).consistent());

        QTableWidget* table = view->table();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 0)->text().contains(u"Naive"_s));
        QCOMPARE(table->item(1, 1)->text(), u"0 / 2"_s);
        QCOMPARE(table->item(0, 7)->text(), u"2"_s);
        QCOMPARE(view->progressBar()->value(), view->progressBar()->maximum());
        QVERIFY(!view->timeLeftLabel()->text().isEmpty());
        QVERIFY(m_window->startAction()->isEnabled());

        // The table as CSV, the runs as the headless JSON Lines, the chart as PNG and SVG.
        QString error;
        QVERIFY2(view->exportTo(path(u"comparison.csv"_s), &error), qPrintable(error));
        const QStringList csv = lines(readAll(path(u"comparison.csv"_s)));
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv.at(0).startsWith(u"strategy,runs,inconsistent_runs"_s));
        QVERIFY(csv.at(2).startsWith(u"for-update,2,0,"_s));
        QVERIFY2(view->exportTo(path(u"comparison.json"_s), &error), qPrintable(error));
        const QStringList json = lines(readAll(path(u"comparison.json"_s)));
        QCOMPARE(json.size(), 5);
        for (const QString& line : json) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
            QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
        }
        const QJsonObject summary = QJsonDocument::fromJson(json.last().toUtf8()).object();
        QCOMPARE(summary.value(u"runs"_s).toInt(), 4);
        QCOMPARE(summary.value(u"strategies"_s).toArray().size(), 2);
        QVERIFY2(view->exportTo(path(u"comparison.png"_s), &error), qPrintable(error));
        QVERIFY(!QImage(path(u"comparison.png"_s)).isNull());
        QVERIFY2(view->exportTo(path(u"comparison.svg"_s), &error), qPrintable(error));
        QXmlStreamReader svg(readAll(path(u"comparison.svg"_s)));
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));

        test::saveScreenshot(view, u"comparison"_s);
        Theme projector;
        projector.baseFont = QApplication::font();
        projector.projector = true;
        view->applyTheme(projector);
        view->resize(1280, 720);
        test::saveScreenshot(view, u"comparison-projector"_s);
        projector.projector = false;
        view->applyTheme(projector);
    }

    void comparisonCancelStopsAndFreesTheWindow() {
        test::setLoad(*m_window, 3, 200, 20, 20);
        ComparisonView* view = kit()->showComparison();
        view->setChecked({u"naive"_s, u"atomic"_s});
        view->setRuns(3);
        QSignalSpy finished(view, &ComparisonView::finished);
        QSignalSpy progressed(view->comparison(), &Comparison::progressed);
        QVERIFY(view->start());
        QVERIFY(progressed.wait(runTimeoutMs));
        view->cancel();
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(!view->isRunning());
        QVERIFY(view->comparison()->wasCancelled());
        QVERIFY(view->comparison()->completedRuns() < 6);
        QVERIFY(m_window->startAction()->isEnabled());
        view->hide();
    }

    void editorMarksAParseErrorAtItsLine() {
        StrategyEditor* editor = kit()->showStrategyEditor();
        QVERIFY(editor);
        QVERIFY(editor->editor()->toPlainText().contains(u"UPDATE seminar_sessions"_s));
        QCOMPARE(editor->markedLine(), 0);

        QSignalSpy checked(editor, &StrategyEditor::checked);
        QStringList source = StrategyEditor::startingScript().split(u'\n');
        const int broken = int(source.indexOf(u"\\endif"_s)) + 1;
        QVERIFY(broken > 1);
        source[broken - 1] = u"\\endiff"_s;
        editor->editor()->setPlainText(source.join(u'\n'));
        QVERIFY(checked.wait(5000)); // after the debounce, without a further keystroke
        QCOMPARE(editor->markedLine(), broken);
        QVERIFY2(editor->errorLabel()->text().contains(u"my-strategy.sql:%1:"_s.arg(broken)),
                 qPrintable(editor->errorLabel()->text()));
        const QList<QTextEdit::ExtraSelection> marks = editor->editor()->extraSelections();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.first().cursor.block().blockNumber(), broken - 1);
        QVERIFY(!editor->saveButton()->isEnabled());
        test::saveScreenshot(editor, u"editor-error"_s);

        source[broken - 1] = u"\\endif"_s;
        editor->editor()->setPlainText(source.join(u'\n'));
        QVERIFY(checked.wait(5000));
        QCOMPARE(editor->markedLine(), 0);
        QVERIFY(editor->editor()->extraSelections().isEmpty());

        editor->setName(u"tst-own"_s);
        QSignalSpy saved(editor, &StrategyEditor::saved);
        QString error;
        QVERIFY2(editor->save(&error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QVERIFY(QFile::exists(settings::userStrategyDir() + u"/tst-own.sql"_s));
        QCOMPARE(m_window->strategyPanel()->current().id(), u"tst-own"_s);
        QCOMPARE(m_window->strategyPanel()->current().title(u"en"_s), u"My strategy"_s);
        editor->hide();
    }

    void exportsOfARunParseBack() {
        test::setLoad(*m_window, 3, 6, 2, 0);
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->startRun();
        QVERIFY(finished.wait(runTimeoutMs));
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.completed(), qPrintable(result.error));

        QString error;
        QVERIFY2(kit()->exportRun(path(u"run.csv"_s), &error), qPrintable(error));
        const QStringList csv = lines(readAll(path(u"run.csv"_s)));
        QCOMPARE(csv.size(), 1 + 18);
        QVERIFY(csv.at(0).startsWith(u"strategy,run,sequence,worker"_s));
        QVERIFY(csv.at(1).startsWith(u"naive,"_s));

        QVERIFY2(kit()->exportRun(path(u"run.json"_s), &error), qPrintable(error));
        const QStringList json = lines(readAll(path(u"run.json"_s)));
        QCOMPARE(json.size(), 2);
        const QJsonObject run = QJsonDocument::fromJson(json.at(0).toUtf8()).object();
        QCOMPARE(run, result.toJson());
        const QJsonObject summary = QJsonDocument::fromJson(json.at(1).toUtf8()).object();
        QCOMPARE(summary.value(u"summary"_s).toBool(), true);
        QCOMPARE(summary.value(u"attempts"_s).toInt(), 18);

        QVERIFY2(kit()->exportCharts(path(u"charts.png"_s), &error), qPrintable(error));
        const QImage png(path(u"charts.png"_s));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > png.height());
        QVERIFY2(kit()->exportCharts(path(u"charts.svg"_s), &error), qPrintable(error));
        QXmlStreamReader svg(readAll(path(u"charts.svg"_s)));
        QVERIFY(svg.readNextStartElement());
        QCOMPARE(svg.name(), u"svg"_s);
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));

        QVERIFY2(kit()->exportReport(path(u"report.html"_s), &error), qPrintable(error));
        const QString html = readAll(path(u"report.html"_s));
        QVERIFY(html.contains(u"data:image/png;base64,"_s));
        QVERIFY(html.contains(u"UPDATE seminar_sessions"_s));
        QVERIFY(html.contains(result.audit->verdict().section(u" — "_s, 0, 0).toHtmlEscaped()));
        QVERIFY2(kit()->exportReport(path(u"report.pdf"_s), &error), qPrintable(error));
        QFile pdf(path(u"report.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void passwordIsKeptOnlyWhenAskedAndNeverExported() {
        const QString secret = u"s3cret-Passw0rd"_s;
        ConnectionSettings server = ConnectionSettings::fromConnInfo(
            u"postgresql://alice@db.example.org:5433/lecture"_s, nullptr);
        server.password = secret;
        settings::saveConnectionProfile({{}, server, false});
        QSettings().sync();
        QVERIFY(!readAll(QSettings().fileName()).contains(secret));
        QCOMPARE(settings::connectionProfiles().constFirst().settings.password, QString());
        QCOMPARE(settings::connectionProfiles().constFirst().settings.host, u"db.example.org"_s);

        settings::saveConnectionProfile({{}, server, true});
        QCOMPARE(settings::connectionProfiles().size(), 1);
        QCOMPARE(settings::connectionProfiles().constFirst().settings.password, secret);
        settings::saveConnectionProfile({{}, server, false});
        QSettings().sync();
        QVERIFY(!readAll(QSettings().fileName()).contains(secret));

        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(path(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(name));
        }
    }

    void guideNamesEveryStrategy() {
        HelpDialog* help = kit()->showHelp();
        const QString text = help->browser()->toPlainText();
        for (const StrategyScript& strategy : builtinStrategies())
            QVERIFY2(text.contains(strategy.title(currentLanguage())), qPrintable(strategy.id()));
        test::saveScreenshot(help, u"guide"_s);
        help->hide();
        QVERIFY(aboutText(u"15.4"_s, u"server"_s).contains(QString::fromLatin1(qVersion())));
    }

    void settingsSurviveANewWindow() {
        test::setLoad(*m_window, 7, 11, 13, 17, 42);
        m_window->parameterPanel()->maxTries()->setValue(3);
        QVERIFY(m_window->strategyPanel()->selectId(u"for-update"_s));
        m_window->close();
        m_window.reset();

        test::openWindow(m_window, schema);
        ParameterPanel* panel = m_window->parameterPanel();
        QCOMPARE(panel->threads()->value(), 7);
        QCOMPARE(panel->perThread()->value(), 11);
        QCOMPARE(panel->thinkMs()->value(), 13);
        QCOMPARE(panel->pauseMs()->value(), 17);
        QCOMPARE(panel->seed()->value(), 42);
        QCOMPARE(panel->maxTries()->value(), 3);
        QCOMPARE(m_window->strategyPanel()->current().id(), u"for-update"_s);
        // The strategy saved from the editor is back in the selector.
        bool own = false;
        for (const StrategyScript& script : m_window->strategyPanel()->strategies())
            own = own || script.id() == u"tst-own"_s;
        QVERIFY(own);
        QVERIFY(!m_window->isProjectorMode());
    }
};

QTEST_MAIN(TestClassroomKit)
#include "tst_classroomkit.moc"
