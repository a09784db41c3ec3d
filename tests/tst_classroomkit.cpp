#include "dialogs/comparisontable.h"
#include "dialogs/comparisonview.h"
#include "dialogs/helpdialog.h"
#include "dialogs/strategyeditor.h"
#include "settings/language.h"
#include "settings/settings.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"
#include "window/windowdialogs.h"
#include "window/windowexport.h"
#include "window/windowmenus.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
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

bool containsColor(const QImage& image, const QColor& color) {
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                return true;
        }
    }
    return false;
}

// Every row of a finished comparison: its name, its verdict in words and colour, every figure;
// a figure of zero written as "0" (with no bar), never left blank.
void checkCatalogueRows(ComparisonView* view) {
    ComparisonTable* table = view->table();
    const QList<StrategyTotals> totals = view->comparison()->totals();
    QCOMPARE(table->rowCount(), int(totals.size()));
    int zeros = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString id = totals.at(row).id;
        QCOMPARE(table->item(row, ComparisonTable::NameColumn)->text(),
                 builtinStrategy(id).title(currentLanguage()));
        const Verdict verdict = totals.at(row).verdict;
        QVERIFY2(verdict.kind != Verdict::Kind::Unjudged, qPrintable(id));
        const QTableWidgetItem* verdictCell = table->item(row, ComparisonTable::VerdictColumn);
        QCOMPARE(verdictCell->text(), ComparisonTable::verdictWord(verdict.kind));
        QCOMPARE(verdictCell->background().color(), view->theme().verdictColor(verdict.kind));
        for (int column = ComparisonTable::InconsistentColumn;
             column < ComparisonTable::ColumnCount; ++column) {
            const QTableWidgetItem* cell = table->item(row, column);
            QVERIFY2(cell && !cell->text().isEmpty() && cell->text() != u"…"_s, qPrintable(id));
            const QVariant bar = cell->data(ComparisonTable::barRole);
            QVERIFY2(bar.isValid(), qPrintable(id));
            const bool zero =
                cell->text() == u"0"_s || cell->text() == u"0 / 3"_s || cell->text() == u"0 / 1"_s;
            QCOMPARE(bar.toDouble() == 0.0, zero);
            zeros += zero ? 1 : 0;
        }
        QCOMPARE(table->item(row, ComparisonTable::DeadlocksColumn)->text(),
                 QString::number(totals.at(row).counters.deadlocks));
        QCOMPARE(table->item(row, ComparisonTable::FailuresColumn)->text(),
                 QString::number(totals.at(row).counters.failed));
        QCOMPARE(table->item(row, ComparisonTable::RetriesColumn)->text(),
                 QString::number(totals.at(row).counters.retries));
    }
    QVERIFY(zeros > 0); // the safe strategies' deadlocks at least
}

// The drop-down list of strategies shows every title whole.
void checkChooserFits(ComparisonView* view, const QString& name) {
    auto* choose = view->findChild<QPushButton*>(u"comparisonChoose"_s);
    QVERIFY(choose && choose->menu());
    choose->menu()->popup(choose->mapToGlobal(QPoint(0, choose->height())));
    QVERIFY(QTest::qWaitForWindowExposed(choose->menu()));
    auto* list = view->findChild<QListWidget*>(u"comparisonStrategies"_s);
    QVERIFY(list && list->isVisible());
    QVERIFY2(!list->horizontalScrollBar()->isVisible(), qPrintable(name));
    QVERIFY2(!list->verticalScrollBar()->isVisible(), qPrintable(name));
    for (int row = 0; row < list->count(); ++row) {
        const QRect rect = list->visualItemRect(list->item(row));
        const int textWidth = QFontMetrics(list->font()).horizontalAdvance(list->item(row)->text());
        QVERIFY2(rect.right() < list->viewport()->width() && textWidth < rect.width(),
                 qPrintable(name + u": "_s + list->item(row)->text()));
        QVERIFY2(rect.bottom() < list->viewport()->height(), qPrintable(list->item(row)->text()));
    }
    test::saveScreenshot(choose->menu(), name + u"-strategies"_s);
    choose->menu()->hide();
}

// No sideways scrolling, the sixth row whole on screen, no header or cell cut.
void checkTableFits(ComparisonView* view, const QString& name) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    ComparisonTable* table = view->table();
    const QByteArray where = name.toUtf8();
    QVERIFY2(!table->horizontalScrollBar()->isVisible(), where.constData());
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(), where.constData());
    QVERIFY2(table->rowCount() >= 6, where.constData());
    QVERIFY2(table->rowViewportPosition(5) >= 0 &&
                 table->rowViewportPosition(5) + table->rowHeight(5) <= table->viewport()->height(),
             where.constData());
    QHeaderView* header = table->horizontalHeader();
    const int headerMargin =
        2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics headerMetrics(header->font());
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        const QStringList headerLines = text.split(u'\n');
        for (const QString& line : headerLines)
            QVERIFY2(headerMetrics.horizontalAdvance(line) + headerMargin <=
                         header->sectionSize(column),
                     qPrintable(name + u": header "_s + line));
        QVERIFY2(headerMetrics.lineSpacing() * headerLines.size() <= header->height(),
                 qPrintable(name + u": header "_s + text));
    }
    const int margin =
        2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem* cell = table->item(row, column);
            const QFontMetrics metrics(cell->font());
            const int width = table->columnWidth(column) - margin;
            // Wrapped at spaces at most, never cut: every line as wide as the column allows,
            // all lines within the row.
            const QRect needed =
                metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, cell->text());
            QVERIFY2(needed.width() <= width && needed.height() <= table->rowHeight(row),
                     qPrintable(name + u": "_s + cell->text()));
        }
    }
}
} // namespace

class TestClassroomKit : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    WindowMenus* menus() const { return m_window->menus(); }
    WindowDialogs* dialogs() const { return m_window->dialogs(); }
    WindowExport* exporter() const { return m_window->exporter(); }
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
        QAction* german = menus()->languageAction(u"de"_s);
        QAction* english = menus()->languageAction(u"en"_s);
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
        ComparisonView* view = dialogs()->showComparison();
        QVERIFY(view);
        view->setChecked({u"naive"_s, u"for-update"_s});
        view->setRuns(2);
        view->setPace(ComparisonView::Pace::Watchable);
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
        // The watchable pace runs the window's load.
        QCOMPARE(results.at(0).scenario.threads, 4);
        QCOMPARE(results.at(0).scenario.perThread, 5);
        QCOMPARE(results.at(0).scenario.thinkMs, 2);
        for (const RunResult& result : results)
            QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(results.at(2).consistent() && results.at(3).consistent());

        QTableWidget* table = view->table();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, ComparisonTable::NameColumn)->text().contains(u"Naive"_s));
        QCOMPARE(table->item(1, ComparisonTable::InconsistentColumn)->text(), u"0 / 2"_s);
        QVERIFY(table->item(0, ComparisonTable::InconsistentColumn)->text().endsWith(u" / 2"_s));
        QCOMPARE(view->progressBar()->value(), view->progressBar()->maximum());
        QVERIFY(!view->timeLeftLabel()->text().isEmpty());
        QVERIFY(m_window->startAction()->isEnabled());

        // The table as CSV, the runs as the headless JSON Lines, the table as PNG and SVG;
        // each carries the judge's verdict.
        const Verdict forUpdate = view->comparison()->totals().at(1).verdict;
        QVERIFY(forUpdate.kind != Verdict::Kind::Unjudged);
        Error error;
        QVERIFY2(view->exportTo(path(u"comparison.csv"_s), error), qPrintable(error.text()));
        const QStringList csv = lines(readAll(path(u"comparison.csv"_s)));
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv.at(0).startsWith(u"strategy,runs,inconsistent_runs"_s));
        QVERIFY(csv.at(0).endsWith(u",verdict,reasons"_s));
        QVERIFY(csv.at(2).startsWith(u"for-update,2,0,"_s));
        QVERIFY2(csv.at(2).contains(u","_s + forUpdate.kindId() + u","_s), qPrintable(csv.at(2)));
        QVERIFY2(view->exportTo(path(u"comparison.json"_s), error), qPrintable(error.text()));
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
        QCOMPARE(summary.value(u"strategies"_s).toArray().at(1).toObject().value(u"verdict"_s),
                 forUpdate.kindId());
        for (int run = 0; run < 4; ++run)
            QCOMPARE(QJsonDocument::fromJson(json.at(run).toUtf8()).object().value(u"verdict"_s),
                     results.at(run).verdict.kindId());
        QVERIFY2(view->exportTo(path(u"comparison.png"_s), error), qPrintable(error.text()));
        const QImage png(path(u"comparison.png"_s));
        QVERIFY(!png.isNull());
        const QString screenshots = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
        QDir().mkpath(screenshots);
        QFile::remove(screenshots + u"/comparison-export.png"_s);
        QVERIFY(QFile::copy(path(u"comparison.png"_s), screenshots + u"/comparison-export.png"_s));
        // The picture holds the verdict column in its colour.
        QVERIFY(containsColor(png, view->theme().verdictColor(forUpdate.kind)));
        QVERIFY2(view->exportTo(path(u"comparison.svg"_s), error), qPrintable(error.text()));
        const QString svgText = readAll(path(u"comparison.svg"_s));
        QVERIFY(svgText.contains(ComparisonTable::verdictWord(forUpdate.kind).toHtmlEscaped()));
        QXmlStreamReader svg(svgText);
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        view->setPace(ComparisonView::Pace::Fast);
    }

    void comparisonOfTheCatalogueAtTheFastDefaultShowsEveryVerdictAndFigure() {
        {
            ComparisonView fresh;
            QCOMPARE(fresh.pace(), ComparisonView::Pace::Fast);
        }
        test::setLoad(*m_window, 5, 20, 30, 250, 1);
        ComparisonView* view = dialogs()->showComparison();
        QCOMPARE(view->pace(), ComparisonView::Pace::Fast);
        view->setChecked(builtinStrategyIds());
        view->setRuns(3);
        QSignalSpy finished(view, &ComparisonView::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(view->start());
        QVERIFY(finished.wait(10 * runTimeoutMs));
        // Measured and reported, not asserted.
        qInfo("catalogue (%d strategies) x 3 runs at the fast pace: %.1f s",
              int(builtinStrategyIds().size()), clock.elapsed() / 1000.0);

        const QList<RunResult>& results = view->comparison()->results();
        QCOMPARE(results.size(), int(builtinStrategyIds().size()) * 3);
        for (const RunResult& result : results) {
            QVERIFY2(result.completed(), qPrintable(result.error));
            // The exercise's load, not the window's watchable one.
            QCOMPARE(result.scenario.threads, 5);
            QCOMPARE(result.scenario.perThread, 20);
            QCOMPARE(result.scenario.thinkMs, 5);
            QCOMPARE(result.scenario.pauseMs, 0);
        }
        checkCatalogueRows(view);

        // 1280×720 and 1920×1080 less the title and task bars, projector mode off and on.
        const auto checkAt = [&](ComparisonView* shown, const QString& language) {
            for (const QSize screen : {QSize(1280, 720), QSize(1920, 1080)}) {
                for (const bool projector : {false, true}) {
                    Theme theme;
                    theme.baseFont = QApplication::font();
                    theme.projector = projector;
                    shown->applyTheme(theme);
                    const QSize client(screen.width() - 20, screen.height() - 40);
                    shown->resize(projector ? client : client.boundedTo(QSize(1200, 700)));
                    const QString name =
                        u"comparison-%1%2"_s.arg(language, projector ? u"-projector"_s : QString());
                    checkTableFits(shown, name);
                    test::saveScreenshot(shown, name);
                    checkChooserFits(shown, name);
                }
            }
            Theme plain;
            plain.baseFont = QApplication::font();
            shown->applyTheme(plain);
        };
        checkAt(view, u"en"_s);

        // In German, in a comparison window opened after the language was switched.
        const test::GermanCatalogue inGerman(QStringLiteral(SEATSIM_GERMAN_QM));
        QVERIFY(inGerman.loaded());
        {
            ComparisonView german(m_window.get());
            QVERIFY(german.startButton()->text() != u"Run comparison"_s);
            german.prepare(builtinStrategies(), Scenario{}, 1.0, m_window->server()->settings(),
                           {});
            german.setChecked(builtinStrategyIds());
            german.setRuns(1);
            german.show();
            QSignalSpy germanFinished(&german, &ComparisonView::finished);
            QVERIFY(german.start());
            QVERIFY(germanFinished.wait(10 * runTimeoutMs));
            QCOMPARE(german.comparison()->results().size(), int(builtinStrategyIds().size()));
            checkCatalogueRows(&german);
            checkAt(&german, u"de"_s);
        }
        view->hide();
    }

    void comparisonCancelStopsAndFreesTheWindow() {
        test::setLoad(*m_window, 3, 200, 20, 20);
        ComparisonView* view = dialogs()->showComparison();
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
        StrategyEditor* editor = dialogs()->showStrategyEditor();
        QVERIFY(editor);
        QVERIFY(editor->editor()->toPlainText().contains(u"UPDATE seminar_sessions"_s));
        QCOMPARE(editor->markedLine(), 0);

        QSignalSpy checked(editor, &StrategyEditor::checked);
        QStringList source = StrategyEditor::startingScript().split(u'\n');
        const int broken = int(source.indexOf(u"\\endif"_s)) + 1;
        QVERIFY(broken > 1);
        source[broken - 1] = u"\\endiff"_s;
        editor->editor()->setPlainText(source.join(u'\n'));
        QVERIFY(checked.wait(30000)); // after the debounce, without a further keystroke
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
        QVERIFY(checked.wait(30000));
        QCOMPARE(editor->markedLine(), 0);
        QVERIFY(editor->editor()->extraSelections().isEmpty());

        editor->setName(u"tst-own"_s);
        QSignalSpy saved(editor, &StrategyEditor::saved);
        Error error;
        QVERIFY2(editor->save(error), qPrintable(error.text()));
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

        Error error;
        QVERIFY2(exporter()->exportRun(path(u"run.csv"_s), error), qPrintable(error.text()));
        const QStringList csv = lines(readAll(path(u"run.csv"_s)));
        QCOMPARE(csv.size(), 1 + 18);
        QVERIFY(csv.at(0).startsWith(u"strategy,run,sequence,worker"_s));
        QVERIFY(csv.at(1).startsWith(u"naive,"_s));

        QVERIFY2(exporter()->exportRun(path(u"run.json"_s), error), qPrintable(error.text()));
        const QStringList json = lines(readAll(path(u"run.json"_s)));
        QCOMPARE(json.size(), 2);
        const QJsonObject run = QJsonDocument::fromJson(json.at(0).toUtf8()).object();
        QCOMPARE(run, result.toJson());
        const QJsonObject summary = QJsonDocument::fromJson(json.at(1).toUtf8()).object();
        QCOMPARE(summary.value(u"summary"_s).toBool(), true);
        QCOMPARE(summary.value(u"attempts"_s).toInt(), 18);

        QVERIFY2(exporter()->exportCharts(path(u"charts.png"_s), error), qPrintable(error.text()));
        const QImage png(path(u"charts.png"_s));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > png.height());
        QVERIFY2(exporter()->exportCharts(path(u"charts.svg"_s), error), qPrintable(error.text()));
        QXmlStreamReader svg(readAll(path(u"charts.svg"_s)));
        QVERIFY(svg.readNextStartElement());
        QCOMPARE(svg.name(), u"svg"_s);
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));

        QVERIFY2(exporter()->exportReport(path(u"report.html"_s), error), qPrintable(error.text()));
        const QString html = readAll(path(u"report.html"_s));
        QVERIFY(html.contains(u"data:image/png;base64,"_s));
        QVERIFY(html.contains(u"UPDATE seminar_sessions"_s));
        QVERIFY(html.contains(result.audit->verdict().section(u" — "_s, 0, 0).toHtmlEscaped()));
        QVERIFY2(exporter()->exportReport(path(u"report.pdf"_s), error), qPrintable(error.text()));
        QFile pdf(path(u"report.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void passwordIsKeptOnlyWhenAskedAndNeverExported() {
        const QString secret = u"s3cret-Passw0rd"_s;
        Error error;
        ConnectionSettings server = ConnectionSettings::fromConnInfo(
                                        u"postgresql://alice@db.example.org:5433/lecture"_s, error)
                                        .value();
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

    void runMenuShowsSpaceForStartAndStop() {
        QMenu* run = nullptr;
        for (QAction* action : m_window->menuBar()->actions()) {
            if (action->menu() && action->menu()->actions().contains(m_window->startAction()))
                run = action->menu();
        }
        QVERIFY(run);
        QVERIFY(run->actions().contains(m_window->toggleRunAction()));
        QCOMPARE(m_window->toggleRunAction()->shortcut(), QKeySequence(Qt::Key_Space));
        QVERIFY(!m_window->toggleRunAction()->text().isEmpty());
    }

    void guideNamesEveryStrategy() {
        HelpDialog* help = dialogs()->showHelp();
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
        m_window->parameterPanel()->keepLoad()->setChecked(true); // kept on purpose
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
        QVERIFY(panel->keepLoad()->isChecked());
    }

    // Issue 21: a load typed once does not change the next lecture's lessons.
    void aLaunchStartsFromTheDemoLoadUnlessTheLoadIsKept() {
        m_window->parameterPanel()->keepLoad()->setChecked(false);
        test::setLoad(*m_window, 7, 11, 13, 17, 42);
        QVERIFY(m_window->strategyPanel()->selectId(u"multi-ordered"_s));
        m_window->close();
        m_window.reset();

        test::openWindow(m_window, schema);
        ParameterPanel* panel = m_window->parameterPanel();
        QCOMPARE(m_window->strategyPanel()->current().id(), u"multi-ordered"_s);
        QVERIFY(!panel->keepLoad()->isChecked());
        const DemoLoad demo = m_window->strategyPanel()->current().demoLoad();
        const Scenario defaults = ParameterPanel::defaults();
        QCOMPARE(panel->threads()->value(), demo.threads.value_or(defaults.threads));
        QCOMPARE(panel->perThread()->value(), demo.perThread.value_or(defaults.perThread));
        QCOMPARE(panel->thinkMs()->value(), demo.thinkMs.value_or(defaults.thinkMs));
        QCOMPARE(panel->thinkMs()->value(), 150); // multi-unordered's demo load
        QCOMPARE(panel->pauseMs()->value(), demo.pauseMs.value_or(defaults.pauseMs));
        QCOMPARE(panel->seed()->value(), 42);
    }
};

QTEST_MAIN(TestClassroomKit)
#include "tst_classroomkit.moc"
