#include "comparisonview.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "export.h"
#include "language.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int columnCount = 8;
} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"comparisonView"_s);
    setWindowTitle(tr("Compare strategies"));
    m_theme.baseFont = font();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"comparisonStrategies"_s);
    m_runs = new QSpinBox(this);
    m_runs->setObjectName(u"comparisonRuns"_s);
    m_runs->setRange(1, 100);
    m_runs->setValue(3);
    m_runs->setToolTip(tr("Runs of each strategy; run r of every strategy uses the same seed"));
    m_load = new QLabel(this);
    m_load->setWordWrap(true);
    m_start = new QPushButton(tr("Run comparison"), this);
    m_start->setObjectName(u"comparisonStart"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"comparisonCancel"_s);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(u"comparisonExport"_s);
    m_export->setToolTip(tr("Save the table as CSV or JSON, or the chart as PNG or SVG"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"comparisonProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(u"comparisonTimeLeft"_s);
    m_timeLeft->setWordWrap(true);

    auto* setup = new QWidget(this);
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(new QLabel(tr("Strategies to compare:"), setup));
    setupLayout->addWidget(m_list, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Runs each:"), m_runs);
    setupLayout->addLayout(form);
    setupLayout->addWidget(m_load);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    setupLayout->addLayout(buttons);
    setupLayout->addWidget(m_progress);
    setupLayout->addWidget(m_timeLeft);
    setupLayout->addWidget(m_export);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"comparisonHeading"_s);
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(0, columnCount, this);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Strategy"), tr("Inconsistent\nruns"), tr("Mean\ndrift"),
                                        tr("Dead-\nlocks"), tr("Serialization\nfailures"),
                                        tr("Retries"), tr("Attempts\nper s"), tr("Runs")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    // The names must stay readable; the numbers share what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(u"comparisonMetric"_s);
    for (Metric metric :
         {Inconsistent, MeanDrift, Deadlocks, SerializationFailures, Retries, Throughput})
        m_metric->addItem(metricName(metric), int(metric));
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ComparisonView::fillChart);

    m_brokenSet = new QBarSet(tr("✗ Broken"));
    m_safeSet = new QBarSet(tr("✓ Safe"));
    m_otherSet = new QBarSet(tr("Other scripts"));
    m_series = new QHorizontalStackedBarSeries;
    m_series->append({m_brokenSet, m_safeSet, m_otherSet});
    m_series->setBarWidth(0.7);
    auto* chart = new QChart;
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_values = new QValueAxis;
    m_values->setLabelFormat(u"%g"_s);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(u"comparisonChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 200);

    auto* metricRow = new QHBoxLayout;
    metricRow->addWidget(new QLabel(tr("Chart:"), this));
    metricRow->addWidget(m_metric, 1);
    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(metricRow);
    chartLayout->addWidget(m_chartView, 1);

    auto* results = new QSplitter(Qt::Vertical, this);
    results->setChildrenCollapsible(false);
    results->addWidget(m_table);
    results->addWidget(chartBox);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 3);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(results, 1);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    columns->addWidget(setup);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 3);
    columns->setSizes({340, 860});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(columns);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &ComparisonView::updateProgress);
    connect(m_start, &QPushButton::clicked, this, &ComparisonView::start);
    connect(m_cancel, &QPushButton::clicked, this, &ComparisonView::cancel);
    connect(m_export, &QPushButton::clicked, this, &ComparisonView::exportResults);
    connect(&m_comparison, &Comparison::runFinished, this, [this] {
        fillTable();
        fillChart();
        updateProgress();
    });
    connect(&m_comparison, &Comparison::finished, this, &ComparisonView::onFinished);
    connect(m_list, &QListWidget::itemChanged, this, &ComparisonView::updateButtons);

    applyTheme(m_theme);
    fillChart();
    updateButtons();
    resize(1200, 700);
}

ComparisonView::~ComparisonView() {
    m_comparison.cancel();
}

void ComparisonView::prepare(const QList<StrategyScript>& strategies, const Scenario& scenario,
                             double expectedSecondsPerRun, const ConnectionSettings& connection,
                             std::function<QString()> blocked) {
    m_blocked = std::move(blocked);
    m_comparison.setConnection(connection);
    if (isRunning()) {
        updateButtons();
        return;
    }
    m_scenario = scenario;
    m_expectedSeconds = expectedSecondsPerRun;
    QStringList checked = checkedIds();
    if (checked.isEmpty()) {
        // The lecture's contrast: the seed's code against the fixes.
        checked = {u"naive"_s, u"naive-tx"_s, u"for-update"_s, u"atomic"_s, u"serializable"_s};
    }
    m_strategies = strategies;
    const QString lang = currentLanguage();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StrategyScript& strategy : strategies) {
        auto* item = new QListWidgetItem(strategy.title(lang), m_list);
        item->setData(idRole, strategy.id());
        item->setToolTip(strategy.summary(lang));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(strategy.id()) ? Qt::Checked : Qt::Unchecked);
    }
    m_load->setText(tr("%1 workers × %2 reservations, think %3 ms, pause %4 ms, seeds from %5")
                        .arg(scenario.threads)
                        .arg(scenario.perThread)
                        .arg(scenario.thinkMs)
                        .arg(scenario.pauseMs)
                        .arg(scenario.seed));
    updateButtons();
}

void ComparisonView::applyTheme(const Theme& theme) {
    m_theme = theme;
    const QFont font = theme.font();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_list, m_runs, m_load, m_start, m_cancel, m_export, m_timeLeft, m_metric})
        widget->setFont(font);
    for (QLabel* label : findChildren<QLabel*>())
        label->setFont(font);
    m_heading->setFont(theme.font(1.3, true));
    m_table->setFont(theme.font(1.1));
    m_table->horizontalHeader()->setFont(theme.font(0.95, true));
    m_table->verticalHeader()->setDefaultSectionSize(
        int(QFontMetrics(theme.font(1.1)).height() * 1.5));
    m_progress->setMinimumHeight(int(18 * theme.scale()));
    QChart* chart = m_chartView->chart();
    styleChart(chart, theme, false);
    styleAxis(m_categories, theme);
    styleAxis(m_values, theme);
    m_categories->setLabelsFont(theme.font(1.05, true));
    m_brokenSet->setColor(okabeIto::vermillion);
    m_safeSet->setColor(okabeIto::bluishGreen);
    m_otherSet->setColor(okabeIto::skyBlue);
    for (QBarSet* set : {m_brokenSet, m_safeSet, m_otherSet}) {
        set->setBorderColor(Qt::white);
        set->setLabelFont(theme.font(1.0, true));
        set->setLabelColor(Qt::white);
    }
    fillTable();
}

void ComparisonView::setChecked(const QStringList& ids) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setCheckState(ids.contains(item->data(idRole).toString()) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
}

QStringList ComparisonView::checkedIds() const {
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(idRole).toString());
    }
    return ids;
}

void ComparisonView::setRuns(int runs) {
    m_runs->setValue(runs);
}

bool ComparisonView::start() {
    if (isRunning())
        return false;
    const QString blocked = m_blocked ? m_blocked() : QString();
    if (!blocked.isEmpty()) {
        m_timeLeft->setText(blocked);
        return false;
    }
    QList<StrategyScript> chosen;
    const QStringList ids = checkedIds();
    for (const StrategyScript& strategy : std::as_const(m_strategies)) {
        if (ids.contains(strategy.id()))
            chosen.append(strategy);
    }
    if (!m_comparison.start(chosen, m_scenario, m_runs->value()))
        return false;
    m_heading->setText(tr("Comparing %n strategy(s), %1 run(s) each…", nullptr, int(chosen.size()))
                           .arg(m_runs->value()));
    fillTable();
    fillChart();
    m_ticker->start();
    updateProgress();
    updateButtons();
    Q_EMIT runningChanged(true);
    return true;
}

void ComparisonView::cancel() {
    if (!isRunning())
        return;
    m_comparison.cancel();
    m_timeLeft->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ComparisonView::setMetric(Metric metric) {
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void ComparisonView::updateProgress() {
    const double done = m_comparison.progress();
    m_progress->setValue(qRound(done * 1000));
    if (!isRunning())
        return;
    const int seconds = qCeil(m_comparison.secondsLeft(m_expectedSeconds));
    const QString left = seconds >= 60
                             ? tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60)
                             : tr("about %n second(s) left", nullptr, seconds);
    m_timeLeft->setText(tr("Run %1 of %2 — %3")
                            .arg(qMin(m_comparison.completedRuns() + 1, m_comparison.totalRuns()))
                            .arg(m_comparison.totalRuns())
                            .arg(left));
}

void ComparisonView::onFinished() {
    m_ticker->stop();
    updateProgress();
    fillTable();
    fillChart();
    const QList<RunResult>& results = m_comparison.results();
    QString failure;
    if (!results.isEmpty() && !results.constLast().completed())
        failure = results.constLast().error;
    if (m_comparison.wasCancelled())
        m_timeLeft->setText(
            tr("Cancelled after %n run(s).", nullptr, int(m_comparison.completedRuns())));
    else if (!failure.isEmpty())
        m_timeLeft->setText(tr("A run failed: %1").arg(failure));
    else
        m_timeLeft->setText(tr("Done: %n run(s).", nullptr, int(m_comparison.completedRuns())));
    m_heading->setText(tr("%n run(s) each, %1 workers × %2 reservations, think %3 ms", nullptr,
                          m_comparison.runsEach())
                           .arg(m_scenario.threads)
                           .arg(m_scenario.perThread)
                           .arg(m_scenario.thinkMs));
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT finished();
}

QString ComparisonView::title(const QString& id) const {
    for (const StrategyScript& strategy : m_strategies) {
        if (strategy.id() == id)
            return strategy.title(currentLanguage());
    }
    return id;
}

double ComparisonView::value(const StrategyTotals& totals, Metric metric) const {
    switch (metric) {
    case Inconsistent:
        return qRound(totals.inconsistentShare() * 1000) / 10.0;
    case MeanDrift:
        return qRound(totals.meanDrift() * 10) / 10.0;
    case Deadlocks:
        return double(totals.counters.deadlocks);
    case SerializationFailures:
        return double(totals.counters.serializationFailures);
    case Retries:
        return double(totals.counters.retries);
    case Throughput:
        return qRound(totals.attemptsPerSecond() * 10) / 10.0;
    }
    return 0;
}

QString ComparisonView::metricName(Metric metric) const {
    switch (metric) {
    case Inconsistent:
        return tr("Inconsistent runs (%)");
    case MeanDrift:
        return tr("Mean drift (free + occupied − capacity)");
    case Deadlocks:
        return tr("Deadlocks (40P01)");
    case SerializationFailures:
        return tr("Serialization failures (40001)");
    case Retries:
        return tr("Retries");
    case Throughput:
        return tr("Throughput (attempts/s)");
    }
    return {};
}

void ComparisonView::fillTable() {
    const QList<StrategyTotals> totals = m_comparison.totals();
    m_table->setRowCount(int(totals.size()));
    const QFont bold = m_theme.font(1.1, true);
    for (int row = 0; row < totals.size(); ++row) {
        const StrategyTotals& t = totals.at(row);
        const bool audited = t.runs - t.failedRuns > 0;
        const QStringList cells{
            title(t.id),
            t.runs > 0 ? u"%1 / %2"_s.arg(t.inconsistentRuns).arg(t.runs) : u"…"_s,
            audited ? QLocale().toString(t.meanDrift(), 'f', 1) : u"–"_s,
            QString::number(t.counters.deadlocks),
            QString::number(t.counters.serializationFailures),
            QString::number(t.counters.retries),
            t.durationMs > 0 ? QLocale().toString(t.attemptsPerSecond(), 'f', 1) : u"–"_s,
            QString::number(t.runs)};
        for (int column = 0; column < columnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignCenter);
            if (column == 1 && t.runs > 0) {
                item->setFont(bold);
                item->setForeground(Qt::white);
                item->setBackground(t.inconsistentRuns > 0 || t.failedRuns > 0 ? m_theme.bad()
                                                                               : m_theme.good());
            }
            if ((column == 3 && t.counters.deadlocks > 0) ||
                (column == 4 && t.counters.serializationFailures > 0))
                item->setForeground(m_theme.bad());
            m_table->setItem(row, column, item);
        }
    }
}

void ComparisonView::fillChart() {
    const auto metric = Metric(m_metric->currentData().toInt());
    QList<StrategyTotals> totals = m_comparison.totals();
    // Horizontal bars list the first category at the bottom; the table's order reads top down.
    std::reverse(totals.begin(), totals.end());
    QStringList names;
    QList<qreal> broken, safe, other;
    double highest = 0;
    for (const StrategyTotals& t : std::as_const(totals)) {
        const double v = t.runs > 0 ? value(t, metric) : 0.0;
        // The value beside the name: a bar of length 0 says nothing on its own.
        names.append(t.runs > 0 ? u"%1   %2%3"_s.arg(title(t.id), QLocale().toString(v),
                                                     metric == Inconsistent ? u" %"_s : QString())
                                : title(t.id));
        highest = qMax(highest, v);
        broken.append(t.kind == StrategyScript::Kind::Broken ? v : 0);
        safe.append(t.kind == StrategyScript::Kind::Safe ? v : 0);
        other.append(t.kind == StrategyScript::Kind::Unspecified ? v : 0);
    }
    for (auto [set, values] : {std::pair{m_brokenSet, broken}, std::pair{m_safeSet, safe},
                               std::pair{m_otherSet, other}}) {
        set->remove(0, set->count());
        set->append(values);
    }
    m_categories->clear();
    m_categories->append(names);
    if (metric == Inconsistent)
        highest = 100;
    const double interval = niceInterval(qMax(1.0, highest), 5);
    m_values->setRange(qMin(0.0, highest), qMax(1.0, qCeil(highest / interval) * interval));
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setTickInterval(interval);
    m_chartView->chart()->setTitle(metricName(metric));
    QLegend* legend = m_chartView->chart()->legend();
    for (auto [set, values] : {std::pair{m_brokenSet, broken}, std::pair{m_safeSet, safe},
                               std::pair{m_otherSet, other}}) {
        const bool used = std::any_of(totals.cbegin(), totals.cend(), [&](const StrategyTotals& t) {
            return (set == m_brokenSet && t.kind == StrategyScript::Kind::Broken) ||
                   (set == m_safeSet && t.kind == StrategyScript::Kind::Safe) ||
                   (set == m_otherSet && t.kind == StrategyScript::Kind::Unspecified);
        });
        for (QLegendMarker* marker : legend->markers(m_series)) {
            if (static_cast<QBarLegendMarker*>(marker)->barset() == set)
                marker->setVisible(used);
        }
    }
}

void ComparisonView::updateButtons() {
    const bool running = isRunning();
    m_start->setEnabled(!running && !checkedIds().isEmpty());
    m_cancel->setEnabled(running);
    m_list->setEnabled(!running);
    m_runs->setEnabled(!running);
    m_export->setEnabled(!running && m_comparison.completedRuns() > 0);
}

bool ComparisonView::exportTo(const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return exporting::writeText(path, exporting::comparisonCsv(m_comparison.totals()), error);
    if (suffix == u"json" || suffix == u"jsonl")
        return exporting::writeText(path, exporting::jsonLines(m_comparison.jsonLines()), error);
    if (suffix == u"svg")
        return chartexport::saveSvg({m_chartView}, path, m_chartView->chart()->title(), error);
    return chartexport::savePng({m_chartView}, path, error);
}

void ComparisonView::exportResults() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the comparison"), u"seatsim-comparison.csv"_s,
        tr("Table as CSV (*.csv);;Runs and summary as JSON Lines (*.json *.jsonl);;"
           "Chart as PNG (*.png);;Chart as SVG (*.svg)"),
        &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace seatsim
