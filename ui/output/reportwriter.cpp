#include "output/reportwriter.h"

#include "live/seatschart.h"
#include "live/sessionchart.h"
#include "output/chartexport.h"
#include "results/export.h"
#include "script/sqlscanner.h"
#include "settings/language.h"
#include "style/chartstyle.h"
#include "style/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// The charts' size in the window's pixels: about a page width at 96 dpi, so that their
// labels print near the size they have on screen.
constexpr int seatsChartWidth = 470;
constexpr int sessionChartWidth = 250;
constexpr int chartHeight = 320;
constexpr int chartGap = 8; // chartexport's between two charts
// Type large enough that the charts, scaled to the page's width, print their labels at 9 pt
// or more; the charts are drawn at the screen's 96 dpi.
constexpr double chartBasePoints = 11.0;
constexpr double chartDpi = 96.0;

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString row(const QString& key, const QString& value) {
    return u"<tr><th align=\"left\">%1</th><td>%2</td></tr>\n"_s.arg(esc(key), esc(value));
}

QString cell(const QString& text, bool header = false) {
    return header ? u"<th align=\"left\">%1</th>"_s.arg(esc(text))
                  : u"<td>%1</td>"_s.arg(esc(text));
}

QString number(qint64 value) {
    return QLocale().toString(value);
}

QString colorOf(Verdict::Kind kind) {
    return Theme().verdictColor(kind).name();
}

QString strategyTitle(const RunResult& result, const QString& lang) {
    const StrategyScript& strategy = result.scenario.strategy;
    const QString title = strategy.isNull() ? QString() : strategy.title(lang);
    return title.isEmpty() || title == result.strategy ? result.strategy
                                                       : u"%1 (%2)"_s.arg(title, result.strategy);
}

QString coloured(const QString& text, Verdict::Kind kind) {
    return u"<span style=\"color:%1;font-weight:bold\">%2</span>"_s.arg(colorOf(kind), esc(text));
}

// The verdict as the window's banner shows it: white words on the judge's colour.
QString verdictBox(const Verdict& verdict) {
    return u"<table width=\"100%\" cellspacing=\"0\" bgcolor=\"%1\" style=\"margin-top:6px;"
           "margin-bottom:6px\"><tr><td bgcolor=\"%1\" style=\"padding:8px 10px\"><span "
           "style=\"color:#ffffff;font-size:14pt;font-weight:bold\">%2</span></td></tr></table>\n"_s
               .arg(colorOf(verdict.kind), esc(verdict.headline()));
}

QString scenarioTable(const RunResult& result, const QString& lang) {
    const Scenario& scenario = result.scenario;
    QStringList capacities;
    for (int seats : scenario.capacities)
        capacities.append(QString::number(seats));
    QString html = u"<table width=\"100%\" cellpadding=\"2\">\n"_s;
    html += row(ReportWriter::tr("Strategy"), strategyTitle(result, lang));
    html += row(ReportWriter::tr("Workers"), QString::number(scenario.threads));
    if (scenario.durationMs > 0)
        html += row(ReportWriter::tr("Duration"), ReportWriter::tr("%1 s").arg(QLocale().toString(
                                                      scenario.durationMs / 1000.0, 'f', 1)));
    else
        html += row(ReportWriter::tr("Reservations each"), QString::number(scenario.perThread));
    html += row(ReportWriter::tr("Think time"), ReportWriter::tr("%1 ms").arg(scenario.thinkMs));
    html += row(ReportWriter::tr("Pause"), ReportWriter::tr("%1 ms").arg(scenario.pauseMs));
    html += row(ReportWriter::tr("Seed"), QString::number(scenario.seed));
    html += row(ReportWriter::tr("Max tries"), QString::number(scenario.maxTries));
    html += row(ReportWriter::tr("Sessions (seats)"),
                u"%1 = %2"_s.arg(capacities.join(u" + "_s)).arg(scenario.capacity()));
    return html + u"</table>\n"_s;
}

QString countersTable(const RunResult& result, const Verdict& verdict) {
    const RunCounters& counters = result.counters;
    QString html = u"<table width=\"100%\" cellpadding=\"2\">\n"_s;
    if (result.audit) {
        html += row(ReportWriter::tr("Audit"), result.audit->verdict().section(u" — "_s, 0, 0));
        html += row(ReportWriter::tr("Drift"), QString::number(result.audit->drift()));
    }
    html += row(ReportWriter::tr("Attempts"), number(counters.attempts));
    html += row(ReportWriter::tr("Reserved seats"), number(counters.reserved));
    html += row(ReportWriter::tr("Refused: no seat free"), number(counters.rejectedFull));
    html += row(ReportWriter::tr("Failed attempts"), number(counters.failed));
    html += row(ReportWriter::tr("Retries"), number(counters.retries));
    html += row(ReportWriter::tr("Deadlocks (40P01)"), number(counters.deadlocks));
    html += row(ReportWriter::tr("Serialization failures (40001)"),
                number(counters.serializationFailures));
    if (verdict.wrongRefusals > 0)
        html +=
            row(ReportWriter::tr("Refusals while seats were free"), number(verdict.wrongRefusals));
    if (verdict.unreportedBookings > 0)
        html += row(ReportWriter::tr("Bookings not reported"), number(verdict.unreportedBookings));
    if (verdict.firstFailure.isSet())
        html += row(ReportWriter::tr("First failure"), verdict.firstFailure.text());
    html +=
        row(ReportWriter::tr("Duration"),
            ReportWriter::tr("%1 s").arg(QLocale().toString(result.durationMs / 1000.0, 'f', 1)));
    html += row(ReportWriter::tr("Throughput"),
                ReportWriter::tr("%1 attempts/s")
                    .arg(QLocale().toString(result.attemptsPerSecond(), 'f', 1)));
    return html + u"</table>\n"_s;
}

QString sessionsTable(const Audit& audit) {
    const QList<SessionAudit> failing = audit.inconsistentSessions();
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"_s;
    for (const QString& header :
         {ReportWriter::tr("Session"), ReportWriter::tr("Seats"), ReportWriter::tr("Free"),
          ReportWriter::tr("Occupied"), ReportWriter::tr("Free + occupied")})
        html += cell(header, true);
    html += u"</tr></thead>\n"_s;
    for (const SessionAudit& session : audit.sessions) {
        const bool bad = !session.consistent();
        const int sum = session.free + session.registrations;
        const QString sumText = sum == session.capacity
                                    ? QString::number(sum)
                                    : u"%1 ≠ %2"_s.arg(sum).arg(session.capacity);
        html += u"<tr>"_s + cell(QString::number(session.id)) +
                cell(QString::number(session.capacity)) + cell(QString::number(session.free)) +
                cell(QString::number(session.registrations)) +
                (bad ? u"<td>%1</td>"_s.arg(coloured(sumText, Verdict::Kind::Inconsistent))
                     : cell(sumText)) +
                u"</tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString summaryTables(const Report& report) {
    QList<RunResult> results;
    for (const ReportRun& run : report.runs)
        results.append(run.result);
    QString html = u"<h2>%1</h2>\n"_s.arg(esc(ReportWriter::tr("Summary")));
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"_s;
    for (const QString& header :
         {ReportWriter::tr("Strategy"), ReportWriter::tr("Runs"), ReportWriter::tr("Verdict"),
          ReportWriter::tr("Inconsistent"), ReportWriter::tr("Deadlocks"),
          ReportWriter::tr("Failed"), ReportWriter::tr("Retries"), ReportWriter::tr("Attempts/s")})
        html += cell(header, true);
    html += u"</tr></thead>\n"_s;
    for (const StrategyTotals& totals : StrategyTotals::perStrategy(results)) {
        const Verdict& verdict = totals.verdict;
        html += u"<tr>"_s + cell(totals.id) + cell(QString::number(totals.runs)) +
                u"<td>%1</td>"_s.arg(coloured(Verdict::word(verdict.kind), verdict.kind)) +
                cell(ReportWriter::tr("%1 of %2").arg(totals.inconsistentRuns).arg(totals.runs)) +
                cell(number(totals.counters.deadlocks)) + cell(number(totals.counters.failed)) +
                cell(number(totals.counters.retries)) +
                cell(QLocale().toString(totals.attemptsPerSecond(), 'f', 1)) + u"</tr>\n"_s;
    }
    html += u"</table>\n"_s;

    html += u"<h3>%1</h3>\n"_s.arg(esc(ReportWriter::tr("Runs")));
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"_s;
    for (const QString& header : {ReportWriter::tr("Run"), ReportWriter::tr("Strategy"),
                                  ReportWriter::tr("Seed"), ReportWriter::tr("Verdict")})
        html += cell(header, true);
    html += u"</tr></thead>\n"_s;
    for (const RunResult& result : std::as_const(results)) {
        const Verdict& verdict = result.verdict;
        html += u"<tr>"_s + cell(QString::number(result.run)) + cell(result.strategy) +
                cell(QString::number(result.scenario.seed)) +
                u"<td>%1</td>"_s.arg(
                    coloured(verdict.headline().section(u" — "_s, 0, 0), verdict.kind)) +
                u"</tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

// Short words in 9 pt with little padding, so that no word is broken across a line: the
// verdict second, as the comparison shows it. The comparison's own chart goes into the HTML
// page only: printed across a page its labels would be below 9 pt, and the table has its figures.
QString comparisonTable(const Report& report, bool dataUris, int imageWidth) {
    // A one-word header is not broken at its "/" either ("Versuche/|s").
    const auto small = [](const QString& text, bool header = false) {
        const bool oneWord = header && !text.contains(u' ');
        return u"<%1 align=\"left\" style=\"font-size:9pt;padding:2px 4px 2px 0%3\">%2</%1>"_s.arg(
            header ? u"th"_s : u"td"_s, text, oneWord ? u";white-space:nowrap"_s : QString());
    };
    QString html = u"<h2>%1</h2>\n<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                   "cellpadding=\"2\"><thead><tr>"_s.arg(esc(ReportWriter::tr("Comparison")));
    for (const QString& header : {ReportWriter::tr("Strategy"), ReportWriter::tr("Verdict"),
                                  ReportWriter::tr("Runs"), ReportWriter::tr("Inconsistent"),
                                  ReportWriter::tr("Deadlocks"), ReportWriter::tr("40001 failures"),
                                  ReportWriter::tr("Retries"), ReportWriter::tr("Attempts/s")})
        html += small(esc(header), true);
    html += u"</tr></thead>\n"_s;
    for (const StrategyTotals& totals : report.comparison) {
        html += u"<tr>"_s + small(esc(totals.title.isEmpty() ? totals.id : totals.title)) +
                small(coloured(Verdict::word(totals.verdict.kind), totals.verdict.kind)) +
                small(QString::number(totals.runs)) +
                small(esc(u"%1 %"_s.arg(qRound(totals.inconsistentShare() * 100)))) +
                small(number(totals.counters.deadlocks)) +
                small(number(totals.counters.serializationFailures)) +
                small(number(totals.counters.retries)) +
                small(esc(QLocale().toString(totals.attemptsPerSecond(), 'f', 1))) + u"</tr>\n"_s;
    }
    html += u"</table>\n"_s;
    if (dataUris && !report.comparisonChart.isNull())
        html += u"<p><img src=\"%1\" width=\"%2\"></p>\n"_s
                    .arg(chartexport::pngDataUri(report.comparisonChart))
                    .arg(imageWidth);
    return html;
}

// A table shorter than a page that a page break would cut starts on the next page, with the
// heading above it; the layout is redone after each move.
void keepTablesTogether(QTextDocument& document) {
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    for (int round = 0; round < 50; ++round) {
        document.documentLayout()->documentSize(); // lays the document out
        bool moved = false;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            const QRectF box = document.documentLayout()->frameBoundingRect(table);
            if (box.height() >= pageHeight ||
                int(box.top() / pageHeight) == int((box.bottom() - 1) / pageHeight))
                continue;
            // The block before the table's frame: its heading, or what stands above it.
            QTextBlock heading = document.findBlock(table->firstPosition() - 1);
            for (int step = 0; step < 2 && heading.isValid() &&
                               (table->cellAt(heading.position()).isValid() ||
                                heading.text().trimmed().isEmpty());
                 ++step)
                heading = heading.previous();
            QTextCursor cursor(document.rootFrame()->firstCursorPosition());
            if (heading.isValid() && !heading.text().trimmed().isEmpty() &&
                !QTextCursor(heading).currentTable()) {
                if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                cursor.setPosition(heading.position());
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
            } else {
                QTextTableFormat format = table->format();
                if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

// The script without its header comment, whose title and summary the report prints as text.
QString withoutHeader(const QString& source) {
    return source.mid(scriptBodyStart(source));
}

} // namespace

QString ReportWriter::html(const Report& report, bool dataUris, int imageWidth) {
    const QString lang = currentLanguage();
    const bool several = report.runs.size() > 1;
    const QString title =
        report.runs.size() == 1
            ? tr("SeatSim report: %1").arg(strategyTitle(report.runs.constFirst().result, lang))
            : tr("SeatSim report");
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(lang);
    html += u"<title>%1</title>"_s.arg(esc(title));
    html += u"<style>body{font-family:sans-serif;font-size:10.5pt;}"
            "h1{font-size:20pt;}h2{font-size:15pt;margin-top:14px;}h3{font-size:12pt;}"
            "pre{background:#f4f4f4;padding:6px;font-size:10pt;white-space:pre-wrap;}"
            "table{border-collapse:collapse;}th,td{padding:2px 10px 2px 0;}"
            "img{max-width:100%;}</style></head><body>\n"_s;
    html += u"<h1>%1</h1>\n"_s.arg(esc(title));
    html += u"<p>%1</p>\n"_s.arg(
        esc(tr("%1 on %2")
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                     report.server)));
    if (several)
        html += summaryTables(report);

    for (qsizetype i = 0; i < report.runs.size(); ++i) {
        const ReportRun& run = report.runs.at(i);
        const RunResult& result = run.result;
        const Verdict& verdict = result.verdict;
        if (several)
            html += u"<h2 style=\"page-break-before:always\">%1</h2>\n"_s.arg(
                esc(tr("Run %1: %2").arg(result.run).arg(strategyTitle(result, lang))));
        html += verdictBox(verdict);
        if (!run.charts.isNull()) {
            const QString source =
                dataUris ? chartexport::pngDataUri(run.charts) : u"seatsim:charts-%1.png"_s.arg(i);
            html += u"<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n"_s.arg(
                source, QString::number(imageWidth), esc(tr("Seats over time and per session")));
        }
        html += u"<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"42%\" "
                "valign=\"top\">"_s;
        html += u"<h3>%1</h3>\n"_s.arg(esc(tr("Scenario"))) + scenarioTable(result, lang);
        html += u"</td><td width=\"58%\" valign=\"top\">"_s;
        html += u"<h3>%1</h3>\n"_s.arg(esc(tr("Result"))) + countersTable(result, verdict);
        html += u"</td></tr></table>\n"_s;
        if (result.audit)
            html += u"<h3>%1</h3>\n"_s.arg(esc(tr("Sessions"))) + sessionsTable(*result.audit);
    }

    if (!report.comparison.isEmpty())
        html += comparisonTable(report, dataUris, imageWidth);

    QStringList shown;
    for (const ReportRun& run : report.runs) {
        const StrategyScript& strategy = run.result.scenario.strategy;
        if (strategy.isNull() || shown.contains(run.result.strategy))
            continue;
        shown << run.result.strategy;
        html += u"<h2%1>%2</h2>\n"_s.arg(
            several && shown.size() == 1 ? u" style=\"page-break-before:always\""_s : QString(),
            esc(tr("The SQL that ran: %1").arg(strategyTitle(run.result, lang))));
        html += u"<p>%1</p>\n"_s.arg(esc(strategy.summary(lang)));
        html += u"<pre>%1</pre>\n"_s.arg(esc(withoutHeader(strategy.source())));
    }
    html += u"</body></html>\n"_s;
    return html;
}

bool ReportWriter::writeHtml(const Report& report, const QString& path, Error& error) {
    return exporting::writeText(path, html(report, true), error);
}

bool ReportWriter::writePdf(const Report& report, const QString& path, Error& error) {
    {
        QPdfWriter writer(path);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(tr("SeatSim report"));
        writer.setCreator(u"SeatSim"_s);
        QTextDocument document;
        // Laid out on the writer itself: point sizes and lengths resolve at its resolution
        // and a page of the document is the writer's printable area, so print() draws it 1:1.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        QFont font = document.defaultFont();
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        // Lines break between words only: a narrow column grows to its longest word rather
        // than splitting it ("Durchläu|fe").
        QTextOption wrap = document.defaultTextOption();
        wrap.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(wrap);
        for (qsizetype i = 0; i < report.runs.size(); ++i) {
            if (!report.runs.at(i).charts.isNull())
                document.addResource(QTextDocument::ImageResource,
                                     QUrl(u"seatsim:charts-%1.png"_s.arg(i)),
                                     report.runs.at(i).charts);
        }
        // Image widths are CSS pixels, which the layout scales from the screen's resolution
        // to the writer's: the page width in those pixels.
        const QScreen* screen = QGuiApplication::primaryScreen();
        const qreal screenDpi = screen ? screen->logicalDotsPerInchY() : 96.0;
        const int pageWidth =
            int(writer.pageLayout().paintRect(QPageLayout::Inch).width() * qRound(screenDpi));
        document.setHtml(html(report, false, pageWidth));
        keepTablesTogether(document);
        document.print(&writer);
    }
    if (QFileInfo(path).size() > 0)
        return true;
    error.message = tr("Could not write %1").arg(path);
    return false;
}

bool ReportWriter::write(const Report& report, const QString& path, Error& error) {
    if (QFileInfo(path).suffix().toLower() == u"pdf")
        return writePdf(report, path, error);
    return writeHtml(report, path, error);
}

Theme ReportWriter::chartTheme() {
    Theme theme;
    theme.baseFont = QGuiApplication::font();
    theme.baseFont.setPointSizeF(chartBasePoints);
    return theme;
}

double ReportWriter::smallestChartLabelPoints(double imageWidthPoints) {
    const Theme theme = chartTheme();
    // The smallest type the charts use: the axes' titles (0.9) and tick labels (0.95).
    const double pixels = theme.font(0.9).pointSizeF() * chartDpi / 72.0;
    return pixels * imageWidthPoints / (seatsChartWidth + sessionChartWidth + chartGap);
}

QImage ReportWriter::charts(const RunResult& result, const QList<Snapshot>& snapshots) {
    SeatsChart seats;
    seats.applyTheme(chartTheme());
    seats.resize(seatsChartWidth, chartHeight);
    seats.clear(result.scenario.capacity(), qMax<qint64>(result.durationMs, 1) / 1000.0);
    // A run starts on freshly reset tables: every seat free.
    Audit reset;
    for (int i = 0; i < result.scenario.capacities.size(); ++i)
        reset.sessions.append(
            {i + 1, result.scenario.capacities.at(i), result.scenario.capacities.at(i), 0});
    seats.addAudit(0, reset);
    // Snapshots published after the workers ended would draw past the final audit.
    for (const Snapshot& snapshot : snapshots) {
        if (snapshot.elapsedMs <= result.durationMs)
            seats.addSnapshot(snapshot);
    }
    SessionChart sessions;
    sessions.applyTheme(chartTheme());
    sessions.resize(sessionChartWidth, chartHeight);
    sessions.setCapacities(result.scenario.capacities);
    if (result.audit) {
        seats.addAudit(result.durationMs, *result.audit);
        sessions.setAudit(*result.audit);
    }
    // The time axis ends with the run, however short: a live chart's shortest axis (0.5 s)
    // would squeeze a 0.2 s run into its left part.
    const QList<QAbstractAxis*> time = seats.chart()->axes(Qt::Horizontal);
    if (auto* axis = time.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(time.constFirst())) {
        const double end = qMax<qint64>(result.durationMs, 10) / 1000.0;
        const double step = niceInterval(end, 5);
        axis->setTickInterval(step);
        axis->setRange(0, end);
        axis->setLabelFormat(step < 0.1 ? u"%.2f"_s : step < 1 ? u"%.1f"_s : u"%.0f"_s);
    }
    return chartexport::image({&seats, &sessions});
}

} // namespace seatsim
