#pragma once

#include "common/error.h"
#include "engine/comparison.h"
#include "engine/runresult.h"
#include "engine/snapshot.h"
#include "script/strategyscript.h"
#include "style/theme.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace seatsim {

// One run of a report and its charts (seats over time beside seats per session), if any.
struct ReportRun {
    RunResult result;
    QImage charts;
};

// A report of one or more runs: with several, a summary first; then one section per run with
// its verdict in the judge's colour and words, the load, the counters, the sessions and the
// charts; last the SQL of each strategy. The server is named by ConnectionSettings::describe(),
// which never includes a password.
struct Report {
    QList<ReportRun> runs;
    QString server;
    QList<StrategyTotals> comparison; // optional: the comparison's result table
    QImage comparisonChart;
};

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // imageWidth: how wide the charts are drawn, in CSS pixels. Images as data: URIs (a single
    // self-contained HTML file, with the comparison's chart), or as resources named
    // "seatsim:charts-N.png" (N = index of the run) for a QTextDocument.
    static QString html(const Report& report, bool dataUris = true, int imageWidth = 900);
    static bool writeHtml(const Report& report, const QString& path, Error& error);
    // A4, 10 pt body text and larger headings, the charts across the page.
    static bool writePdf(const Report& report, const QString& path, Error& error);
    // By the suffix of `path`: .pdf, else HTML.
    static bool write(const Report& report, const QString& path, Error& error);

    // The run's charts drawn offscreen by the window's chart widgets from the snapshots the
    // run published (and its final audit): needs a QApplication, no window.
    static QImage charts(const RunResult& result, const QList<Snapshot>& snapshots);
    // The type of those charts, and the size in points of their smallest labels when the image
    // is printed `imageWidthPoints` wide.
    static Theme chartTheme();
    static double smallestChartLabelPoints(double imageWidthPoints);
};

} // namespace seatsim
