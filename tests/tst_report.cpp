#include "analysis/judge.h"
#include "style/theme.h"
#include "support/testsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
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

// How high poppler measures a word set in `font` at 10 pt, drawn by Qt into a PDF.
double heightOfTenPoints(const QString& dir) {
    const QString path = dir + u"/ten-points.pdf"_s;
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10);
        painter.setFont(font);
        painter.drawText(QPointF(1000, 1000), u"Reference"_s);
    }
    const PdfText text = pdfText(path);
    return text.words.isEmpty() ? 0.0 : text.words.constFirst().box.height();
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

QTEST_MAIN(TestReport)
#include "tst_report.moc"
