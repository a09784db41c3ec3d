#include "reportwriter.h"

#include "chartexport.h"
#include "export.h"
#include "language.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
QString row(const QString& key, const QString& value) {
    return u"<tr><th align=\"left\">%1</th><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(),
                                                                   value.toHtmlEscaped());
}
} // namespace

QString ReportWriter::html(const Report& report, bool dataUris) {
    const QString lang = currentLanguage();
    const RunResult& result = report.result;
    const Scenario& scenario = result.scenario;
    const QString title = report.strategy.isNull() ? result.strategy : report.strategy.title(lang);
    const bool good = result.consistent();
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(lang);
    html += u"<title>%1</title>"_s.arg(tr("SeatSim report: %1").arg(title).toHtmlEscaped());
    html += u"<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;}"
            "pre{background:#f4f4f4;padding:6px;font-size:9pt;}"
            "table{border-collapse:collapse;}th,td{padding:2px 10px 2px 0;}"
            ".verdict{color:white;padding:8px;font-size:14pt;font-weight:bold;}"
            "img{max-width:100%;}</style></head><body>\n"_s;
    html += u"<h1>%1</h1>\n"_s.arg(tr("SeatSim report: %1").arg(title).toHtmlEscaped());
    html += u"<p>%1</p>\n"_s.arg(
        tr("%1 on %2")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                 report.server)
            .toHtmlEscaped());
    html += u"<table class=\"verdict\" width=\"100%\" bgcolor=\"%1\"><tr><td class=\"verdict\">"
            "%2<br><span style=\"font-size:10pt;font-weight:normal\">%3</span></td></tr>"
            "</table>\n"_s.arg(good ? u"#007A57"_s : u"#B83F00"_s,
                               report.verdictHeadline.toHtmlEscaped(),
                               report.verdictDetail.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));

    html += u"<h2>%1</h2>\n<table>"_s.arg(tr("Scenario").toHtmlEscaped());
    html += row(tr("Strategy"), u"%1 (%2)"_s.arg(title, result.strategy));
    html += row(tr("Workers"), QString::number(scenario.threads));
    html += row(tr("Reservations each"), QString::number(scenario.perThread));
    html += row(tr("Think time"), tr("%1 ms").arg(scenario.thinkMs));
    html += row(tr("Pause"), tr("%1 ms").arg(scenario.pauseMs));
    html += row(tr("Seed"), QString::number(scenario.seed));
    html += row(tr("Max tries"), QString::number(scenario.maxTries));
    QStringList capacities;
    for (int seats : scenario.capacities)
        capacities.append(QString::number(seats));
    html += row(tr("Sessions (seats)"),
                u"%1 = %2"_s.arg(capacities.join(u" + "_s)).arg(scenario.capacity()));
    html += u"</table>\n"_s;

    html += u"<h2>%1</h2>\n<table>"_s.arg(tr("Result").toHtmlEscaped());
    if (result.audit) {
        html +=
            row(tr("Free + occupied"), u"%1 + %2 = %3"_s.arg(result.audit->free())
                                           .arg(result.audit->occupied())
                                           .arg(result.audit->free() + result.audit->occupied()));
        html += row(tr("Drift"), QString::number(result.audit->drift()));
    }
    html += row(tr("Attempts"), QString::number(result.counters.attempts));
    html += row(tr("Reserved seats"), QString::number(result.counters.reserved));
    html += row(tr("Retries"), QString::number(result.counters.retries));
    html += row(tr("Deadlocks (40P01)"), QString::number(result.counters.deadlocks));
    html += row(tr("Serialization failures (40001)"),
                QString::number(result.counters.serializationFailures));
    html += row(tr("Duration"), tr("%1 s").arg(result.durationMs / 1000.0, 0, 'f', 1));
    html += row(tr("Throughput"), tr("%1 attempts/s").arg(result.attemptsPerSecond(), 0, 'f', 1));
    html += u"</table>\n"_s;

    if (!report.charts.isNull()) {
        const QString source =
            dataUris ? chartexport::pngDataUri(report.charts) : u"seatsim:charts.png"_s;
        const int width = qMin(900, int(report.charts.width() / report.charts.devicePixelRatio()));
        html += u"<h2>%1</h2>\n<p><img src=\"%2\" width=\"%3\" alt=\"%4\"></p>\n"_s.arg(
            tr("Charts").toHtmlEscaped(), source, QString::number(width),
            tr("Seats over time and per session").toHtmlEscaped());
    }

    if (!report.comparison.isEmpty()) {
        html += u"<h2>%1</h2>\n<table border=\"1\"><tr>"_s.arg(tr("Comparison").toHtmlEscaped());
        for (const QString& header :
             {tr("Strategy"), tr("Runs"), tr("Inconsistent"), tr("Mean drift"), tr("Deadlocks"),
              tr("Serialization failures"), tr("Retries"), tr("Attempts/s")})
            html += u"<th>%1</th>"_s.arg(header.toHtmlEscaped());
        html += u"</tr>\n"_s;
        for (const StrategyTotals& totals : report.comparison) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3 %</td><td>%4</td><td>%5</td><td>%6</td>"
                    "<td>%7</td><td>%8</td></tr>\n"_s.arg(
                        (totals.title.isEmpty() ? totals.id : totals.title).toHtmlEscaped(),
                        QString::number(totals.runs),
                        QString::number(qRound(totals.inconsistentShare() * 100)),
                        QString::number(totals.meanDrift(), 'f', 1),
                        QString::number(totals.counters.deadlocks),
                        QString::number(totals.counters.serializationFailures),
                        QString::number(totals.counters.retries),
                        QString::number(totals.attemptsPerSecond(), 'f', 1));
        }
        html += u"</table>\n"_s;
        if (!report.comparisonChart.isNull()) {
            const QString source = dataUris ? chartexport::pngDataUri(report.comparisonChart)
                                            : u"seatsim:comparison.png"_s;
            html += u"<p><img src=\"%1\" width=\"%2\"></p>\n"_s.arg(
                source, QString::number(qMin(900, int(report.comparisonChart.width() /
                                                      report.comparisonChart.devicePixelRatio()))));
        }
    }

    if (!report.strategy.isNull()) {
        html += u"<h2>%1</h2>\n"_s.arg(tr("The SQL that ran").toHtmlEscaped());
        html += u"<p>%1</p>\n"_s.arg(report.strategy.summary(lang).toHtmlEscaped());
        html += u"<pre>%1</pre>\n"_s.arg(report.strategy.source().toHtmlEscaped());
    }
    html += u"</body></html>\n"_s;
    return html;
}

bool ReportWriter::writeHtml(const Report& report, const QString& path, QString* error) {
    return exporting::writeText(path, html(report, true), error);
}

bool ReportWriter::writePdf(const Report& report, const QString& path, QString* error) {
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4))) {
        if (error)
            *error = tr("Could not write %1").arg(path);
        return false;
    }
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("SeatSim report"));
    writer.setCreator(u"SeatSim"_s);
    QTextDocument document;
    if (!report.charts.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(u"seatsim:charts.png"_s),
                             report.charts);
    if (!report.comparisonChart.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(u"seatsim:comparison.png"_s),
                             report.comparisonChart);
    document.setHtml(html(report, false));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

} // namespace seatsim
