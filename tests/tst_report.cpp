#include "dialogs/comparisonview.h"
#include "engine/comparison.h"
#include "output/reportwriter.h"
#include "settings/language.h"
#include "style/theme.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "verdict/judge.h"
#include "window/mainwindow.h"
#include "window/strategypanel.h"
#include "window/windowdialogs.h"
#include "window/windowexport.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

// A word of a PDF as poppler's `pdftotext -bbox` places it, in points from the page's top left.
struct Word {
    QString text;
    QRectF box;
    int page = 0;
};

struct PdfText {
    QList<QSizeF> pages;
    QList<Word> words;
};

// The standard output of a poppler tool, or nothing when it failed.
std::optional<QByteArray> runTool(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

PdfText pdfText(const QString& pdf) {
    const QString html = QString::fromUtf8(
        runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}).value_or(QByteArray()));
    PdfText text;
    static const QRegularExpression tag(
        uR"re(<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" )re"
        uR"re(xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    for (const QRegularExpressionMatch& match : tag.globalMatch(html)) {
        if (!match.captured(1).isEmpty()) {
            text.pages.append({match.captured(1).toDouble(), match.captured(2).toDouble()});
            continue;
        }
        Word word;
        word.box = QRectF(QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()),
                          QPointF(match.captured(5).toDouble(), match.captured(6).toDouble()));
        word.text = match.captured(7);
        word.text.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
        word.page = int(text.pages.size());
        text.words.append(word);
    }
    return text;
}

// How high poppler measures a word set in the application's font at `points`, drawn by Qt into
// a PDF.
double heightOfPoints(const QString& dir, double points) {
    const QString path = dir + u"/reference-%1.pdf"_s.arg(points);
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(points);
        painter.setFont(font);
        painter.drawText(QPointF(1000, 1000), u"Reference"_s);
    }
    const PdfText text = pdfText(path);
    return text.words.isEmpty() ? 0.0 : text.words.constFirst().box.height();
}

double heightOfTenPoints(const QString& dir) {
    return heightOfPoints(dir, 10);
}

// The widths in points at which the PDF's images are printed, from `pdfimages -list`.
QList<double> imageWidthsInPoints(const QString& pdf) {
    const QStringList lines =
        QString::fromUtf8(runTool(u"pdfimages"_s, {u"-list"_s, pdf}).value_or(QByteArray()))
            .split(u'\n');
    QList<double> widths;
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 14)
            widths << fields.at(3).toDouble() / fields.at(12).toDouble() * 72;
    }
    return widths;
}

// The verdict words a report must show for a run of the headless JSON.
QString expectedVerdictWord(const QJsonObject& run) {
    const QString verdict = run.value(u"verdict"_s).toString();
    if (verdict == u"correct")
        return u"correct:"_s;
    if (verdict == u"not_correct")
        return u"consistent,"_s;
    if (verdict == u"inconsistent" || !run.value(u"consistent"_s).toBool())
        return u"inconsistent:"_s;
    // No verdict field: the judge from the counters the JSON carries.
    const bool clean =
        run.value(u"deadlocks"_s).toInt() == 0 && run.value(u"failed"_s).toInt() == 0;
    return clean ? u"correct:"_s : u"consistent,"_s;
}

Verdict::Kind kindOf(const QString& word) {
    if (word == u"correct:")
        return Verdict::Kind::Correct;
    if (word == u"inconsistent:")
        return Verdict::Kind::Inconsistent;
    return Verdict::Kind::NotCorrect;
}

QList<QJsonObject> runObjects(const QByteArray& output) {
    QList<QJsonObject> runs;
    for (const QByteArray& line : output.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"run"_s) && !object.value(u"summary"_s).toBool())
            runs.append(object);
    }
    return runs;
}

QStringList serverArguments() {
    return {u"--headless"_s, u"--server-dir"_s, qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR"),
            u"--schema"_s, u"tst_report"_s};
}

const QStringList twoStrategies{u"--strategy"_s, u"naive"_s, u"--strategy"_s, u"for-update"_s,
                                u"--json"_s};

bool ran(int exitCode) {
    return exitCode == 0 || exitCode == 3 || exitCode == 4;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headlessPdfHandoutIsA4ReadableAndShowsEachVerdictInItsColour() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"handout.pdf"_s);
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + twoStrategies + QStringList{u"--report"_s, pdf}, &output, &errors);
        QVERIFY2(ran(code), errors.constData());
        const QList<QJsonObject> runs = runObjects(output);
        QCOMPARE(runs.size(), 2);
        QVERIFY2(QFile::exists(pdf), errors.constData());

        const PdfText text = pdfText(pdf);
        QVERIFY(text.pages.size() >= 3); // the summary, then a page per run
        for (const QSizeF& page : text.pages) {
            QVERIFY2(qAbs(page.width() - 595) < 1 && qAbs(page.height() - 842) < 1,
                     qPrintable(u"%1 × %2 pt is not A4"_s.arg(page.width()).arg(page.height())));
        }

        // Every word at least as high as 10 pt of the body's font; the title larger still.
        const double tenPoints = heightOfTenPoints(dir.path());
        QVERIFY(tenPoints > 5);
        for (const Word& word : text.words) {
            QVERIFY2(word.box.height() >= tenPoints - 0.05,
                     qPrintable(u"\"%1\" on page %2 is %3 pt high, 10 pt is %4"_s.arg(word.text)
                                    .arg(word.page)
                                    .arg(word.box.height())
                                    .arg(tenPoints)));
        }
        QCOMPARE(text.words.constFirst().text, u"SeatSim"_s);
        QVERIFY(text.words.constFirst().box.height() >= 1.6 * tenPoints);

        QStringList all;
        for (const Word& word : text.words)
            all << word.text;
        QVERIFY(all.contains(u"naive"_s));
        QVERIFY(all.contains(u"for-update"_s));

        // Each run's verdict in words on its own page, on a box in the judge's colour.
        const QString pngBase = dir.filePath(u"page"_s);
        QVERIFY(runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"72"_s, pdf, pngBase}));
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QString expected = expectedVerdictWord(runs.at(i));
            const int page = int(i) + 2;
            const auto word =
                std::find_if(text.words.cbegin(), text.words.cend(),
                             [&](const Word& w) { return w.page == page && w.text == expected; });
            QVERIFY2(word != text.words.cend(),
                     qPrintable(u"page %1 lacks \"%2\""_s.arg(page).arg(expected)));
            const QImage image(u"%1-%2.png"_s.arg(pngBase).arg(page));
            QVERIFY(!image.isNull());
            const QPoint inPadding(qRound(word->box.left() - 3), qRound(word->box.center().y()));
            const QColor seen = image.pixelColor(inPadding);
            const QColor wanted = Theme().verdictColor(kindOf(expected));
            QVERIFY2(qAbs(seen.red() - wanted.red()) < 10 &&
                         qAbs(seen.green() - wanted.green()) < 10 &&
                         qAbs(seen.blue() - wanted.blue()) < 10,
                     qPrintable(u"the verdict on page %1 is on %2, not %3"_s.arg(page).arg(
                         seen.name(), wanted.name())));
        }

        // One chart per run, spanning most of the page's width.
        const QStringList images =
            QString::fromUtf8(runTool(u"pdfimages"_s, {u"-list"_s, pdf}).value_or(QByteArray()))
                .split(u'\n');
        int charts = 0;
        for (const QString& line : images.mid(2)) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() < 14)
                continue;
            const double widthPt = fields.at(3).toDouble() / fields.at(12).toDouble() * 72;
            QVERIFY2(widthPt >= 0.8 * 595, qPrintable(line));
            ++charts;
        }
        QCOMPARE(charts, 2);
    }

    // The window's handout, in English and German: a verdict column in the comparison, no
    // word broken across a line, the sessions' table on one page, every word and the charts'
    // labels at 9 pt or more.
    void windowPdfHandoutHasVerdictsWholeWordsWholeTablesAndNinePointType() {
        std::unique_ptr<MainWindow> window;
        test::openWindow(window, u"tst_report_window"_s, QSize(1280, 720));
        QVERIFY(window);
        QVERIFY(window->strategyPanel()->selectId(u"naive"_s));
        test::setLoad(*window, 5, 4, 0, 0);
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        window->startRun();
        QVERIFY(finished.wait(120000));
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.completed(), qPrintable(result.error));

        const QStringList ids{u"naive"_s, u"serializable"_s, u"for-update"_s, u"multi-ordered"_s};
        ComparisonView* comparison = window->dialogs()->showComparison();
        comparison->setChecked(ids);
        comparison->setRuns(1);
        comparison->setPace(ComparisonView::Pace::Fast);
        QSignalSpy compared(comparison, &ComparisonView::finished);
        QVERIFY(comparison->start());
        QVERIFY(compared.wait(600000));
        QCOMPARE(comparison->comparison()->totals().size(), ids.size());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const double ninePoints = heightOfPoints(dir.path(), 9);
        QVERIFY(ninePoints > 4);
        for (const bool german : {false, true}) {
            std::unique_ptr<test::GermanCatalogue> inGerman;
            if (german) {
                inGerman =
                    std::make_unique<test::GermanCatalogue>(QStringLiteral(SEATSIM_GERMAN_QM));
                QVERIFY(inGerman->loaded());
            }
            const QString pdf = dir.filePath(german ? u"window-de.pdf"_s : u"window-en.pdf"_s);
            Error error;
            QVERIFY2(window->exporter()->exportReport(pdf, error), qPrintable(error.text()));
            const PdfText text = pdfText(pdf);
            QVERIFY(!text.words.isEmpty());
            QStringList all;
            for (const Word& word : text.words) {
                all << word.text;
                QVERIFY2(word.box.height() >= ninePoints - 0.05,
                         qPrintable(u"\"%1\" on page %2 is %3 pt high, 9 pt is %4"_s.arg(word.text)
                                        .arg(word.page)
                                        .arg(word.box.height())
                                        .arg(ninePoints)));
            }
            // Whole words in the comparison's table: its headers and every strategy's title.
            const QString heading = ReportWriter::tr("Comparison");
            const auto comparisonStart =
                std::find_if(text.words.cbegin(), text.words.cend(),
                             [&](const Word& w) { return w.text == heading; });
            QVERIFY(comparisonStart != text.words.cend());
            QStringList comparisonWords;
            for (auto w = comparisonStart; w != text.words.cend(); ++w)
                comparisonWords << w->text;
            QStringList expected{ReportWriter::tr("Verdict"),      ReportWriter::tr("Runs"),
                                 ReportWriter::tr("Inconsistent"), ReportWriter::tr("Deadlocks"),
                                 ReportWriter::tr("Retries"),      ReportWriter::tr("Attempts/s")};
            for (const StrategyScript& strategy : window->strategyPanel()->strategies()) {
                if (ids.contains(strategy.id()))
                    expected << strategy.title(currentLanguage()).split(u' ', Qt::SkipEmptyParts);
            }
            for (const QString& word : std::as_const(expected)) {
                for (const QString& part : word.split(u' ', Qt::SkipEmptyParts))
                    QVERIFY2(comparisonWords.contains(part),
                             qPrintable(u"\"%1\" is not a whole word of the handout"_s.arg(part)));
            }
            // The verdict of each compared strategy in words.
            QVERIFY(comparisonWords.contains(Verdict::word(Verdict::Kind::Correct)));
            QVERIFY(comparisonWords.contains(Verdict::word(Verdict::Kind::Inconsistent)));
            // The sessions' table on one page: its header and its last row (session 8 of 3).
            const QString occupied = ReportWriter::tr("Occupied");
            const auto header = std::find_if(text.words.cbegin(), text.words.cend(),
                                             [&](const Word& w) { return w.text == occupied; });
            QVERIFY(header != text.words.cend());
            bool lastRow = false;
            for (auto a = header; !lastRow && a + 1 != text.words.cend(); ++a) {
                const auto b = a + 1;
                if (a->text == u"8" && b->text == u"3" && a->page == b->page &&
                    qAbs(a->box.top() - b->box.top()) < 1) {
                    QCOMPARE(a->page, header->page);
                    lastRow = true;
                }
            }
            QVERIFY(lastRow);
            // The charts, printed across the page, label at 9 pt or more.
            const QList<double> widths = imageWidthsInPoints(pdf);
            QVERIFY(!widths.isEmpty());
            const double labels = ReportWriter::smallestChartLabelPoints(widths.constFirst());
            QVERIFY2(labels >= 9, qPrintable(u"chart labels %1 pt"_s.arg(labels)));
        }
    }

    void headlessHtmlHandoutNamesEveryVerdict() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"handout.html"_s);
        QByteArray output, errors;
        const int code = test::runSeatsim(
            serverArguments() + twoStrategies + QStringList{u"--report"_s, path}, &output, &errors);
        QVERIFY2(ran(code), errors.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"data:image/png;base64,"_s));
        QVERIFY(html.contains(u"UPDATE seminar_sessions"_s));
        const QList<QJsonObject> runs = runObjects(output);
        QCOMPARE(runs.size(), 2);
        for (const QJsonObject& run : runs)
            QVERIFY2(html.contains(u">"_s + expectedVerdictWord(run)),
                     qPrintable(run.value(u"strategy"_s).toString()));
        QVERIFY(html.contains(u"for-update"_s));
    }

    void reportNeedsHeadlessAndAKnownSuffix() {
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim({u"--report"_s, u"x.pdf"_s}, &output, &errors), 2);
        QVERIFY(errors.contains("--headless"));
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--report"_s, u"x.txt"_s}, &output, &errors),
                 2);
        QVERIFY(errors.contains("x.txt"));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestReport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_report.moc"
