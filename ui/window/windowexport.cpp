#include "window/windowexport.h"

#include "dialogs/comparisonview.h"
#include "engine/loadtest.h"
#include "live/seatschart.h"
#include "live/sessionchart.h"
#include "output/chartexport.h"
#include "output/reportwriter.h"
#include "results/export.h"
#include "results/jsonlines.h"
#include "settings/language.h"
#include "window/mainwindow.h"
#include "window/strategypanel.h"
#include "window/windowdialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr qsizetype maxSnapshots = 100'000; // about 80 minutes at 20 per second
} // namespace

WindowExport::WindowExport(MainWindow& window, const WindowDialogs& dialogs)
    : m_window(window)
    , m_dialogs(dialogs) {
    connect(window.loadTest(), &LoadTest::started, this, [this] { m_snapshots.clear(); });
    connect(window.loadTest(), &LoadTest::snapshotReady, this, [this](const Snapshot& snapshot) {
        if (snapshot.monitor.audit && m_snapshots.size() < maxSnapshots)
            m_snapshots.append(snapshot);
    });
}

void WindowExport::chooseChartsFile() {
    exportWithDialog(tr("Export the charts"), u"seatsim-charts.png"_s,
                     tr("PNG image (*.png);;SVG drawing (*.svg)"), &WindowExport::exportCharts);
}

void WindowExport::chooseRunFile() {
    exportWithDialog(tr("Export the run"), u"seatsim-run.csv"_s,
                     tr("Attempts as CSV (*.csv);;Run and summary as JSON Lines (*.json "
                        "*.jsonl)"),
                     &WindowExport::exportRun);
}

void WindowExport::chooseReportFile() {
    exportWithDialog(tr("Export a report"), u"seatsim-report.html"_s,
                     tr("HTML page (*.html);;PDF document (*.pdf)"), &WindowExport::exportReport);
}

void WindowExport::exportWithDialog(const QString& title, const QString& defaultName,
                                    const QString& filters,
                                    bool (WindowExport::*write)(const QString&, Error&)) {
    QString filter;
    QString path = QFileDialog::getSaveFileName(&m_window, title, defaultName, filters, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = filter.indexOf(u"*."_s);
        if (star >= 0)
            path += filter.mid(star + 1).section(u' ', 0, 0).remove(u')');
    }
    Error error;
    if ((this->*write)(path, error))
        m_window.statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
    else
        QMessageBox::warning(&m_window, tr("Export failed"), error.text());
}

bool WindowExport::exportCharts(const QString& path, Error& error) {
    const QList<QWidget*> charts{m_window.seatsChart(), m_window.sessionChart()};
    if (QFileInfo(path).suffix().toLower() == u"svg")
        return chartexport::saveSvg(charts, path, tr("SeatSim charts"), error);
    return chartexport::savePng(charts, path, error);
}

bool WindowExport::exportRun(const QString& path, Error& error) {
    const RunResult result = m_window.loadTest()->lastResult();
    if (result.strategy.isEmpty()) {
        error.message = tr("There is no run to export yet.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString text = suffix == u"json" || suffix == u"jsonl"
                             ? jsonlines::runsAndSummary({result})
                             : exporting::runCsv(result, m_window.loadTest()->records().since(0));
    return exporting::writeText(path, text, error);
}

bool WindowExport::exportReport(const QString& path, Error& error) {
    ReportRun run;
    run.result = m_window.loadTest()->lastResult();
    if (run.result.strategy.isEmpty()) {
        error.message = tr("There is no run to report yet.");
        return false;
    }
    run.charts = ReportWriter::charts(run.result, m_snapshots);
    Report report;
    report.runs = {run};
    report.server = m_window.server()->describe();
    ComparisonView* comparison = m_dialogs.comparison();
    if (comparison && !comparison->isRunning() && comparison->comparison()->completedRuns() > 0) {
        report.comparison = comparison->comparison()->totals();
        for (StrategyTotals& totals : report.comparison) {
            for (const StrategyScript& s : m_window.strategyPanel()->strategies()) {
                if (s.id() == totals.id)
                    totals.title = s.title(currentLanguage());
            }
        }
        report.comparisonChart = comparison->chartImage();
    }
    return ReportWriter::write(report, path, error);
}

} // namespace seatsim
