#include "dialogs/comparisonview.h"

#include "dialogs/comparisontable.h"
#include "output/chartexport.h"
#include "results/export.h"
#include "results/jsonlines.h"
#include "results/runhistory.h"
#include "settings/language.h"
#include "style/screenfit.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr int idRole = Qt::UserRole + 1;
} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"comparisonView"_s);
    setWindowTitle(tr("Compare strategies"));
    m_theme.baseFont = font();

    // The strategies to compare in a drop-down list, so that the table has the whole width.
    m_list = new QListWidget(this);
    m_list->setObjectName(u"comparisonStrategies"_s);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* all = new QPushButton(tr("All"), this);
    auto* none = new QPushButton(tr("None"), this);
    auto* chooser = new QWidget(this);
    auto* chooserLayout = new QVBoxLayout(chooser);
    chooserLayout->addWidget(m_list);
    auto* chooserButtons = new QHBoxLayout;
    chooserButtons->addWidget(all);
    chooserButtons->addWidget(none);
    chooserButtons->addStretch(1);
    chooserLayout->addLayout(chooserButtons);
    auto* menu = new QMenu(this);
    auto* chooserAction = new QWidgetAction(menu);
    chooserAction->setDefaultWidget(chooser);
    menu->addAction(chooserAction);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"comparisonChoose"_s);
    m_choose->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        // Every entry whole: as wide as the longest title, as tall as all of them.
        int height = 2 * m_list->frameWidth();
        for (int row = 0; row < m_list->count(); ++row)
            height += m_list->sizeHintForRow(row);
        m_list->setFixedSize(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8,
                             height + 2);
    });
    auto checkAll = [this](Qt::CheckState state) {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });

    m_runs = new QSpinBox(this);
    m_runs->setObjectName(u"comparisonRuns"_s);
    m_runs->setRange(1, 100);
    m_runs->setValue(3);
    m_runs->setToolTip(tr("Runs of each strategy; run r of every strategy uses the same seed"));
    m_fast = new QRadioButton(tr("Fast (exercise's load)"), this);
    m_fast->setObjectName(u"comparisonFast"_s);
    m_watchable = new QRadioButton(tr("Watchable (window's parameters)"), this);
    m_watchable->setObjectName(u"comparisonWatchable"_s);
    auto* pace = new QButtonGroup(this);
    pace->addButton(m_fast);
    pace->addButton(m_watchable);
    m_fast->setChecked(true);
    m_start = new QPushButton(tr("Run comparison"), this);
    m_start->setObjectName(u"comparisonStart"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"comparisonCancel"_s);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(u"comparisonExport"_s);
    m_export->setToolTip(tr("Save the table as CSV, the runs as JSON, or the table as PNG or SVG"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"comparisonProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(u"comparisonTimeLeft"_s);
    m_timeLeft->setWordWrap(true);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"comparisonHeading"_s);
    m_heading->setWordWrap(true);
    m_table = new ComparisonTable(this);

    auto* setupRow = new QHBoxLayout;
    setupRow->addWidget(m_choose);
    auto* runsLabel = new QLabel(tr("Runs each:"), this);
    runsLabel->setBuddy(m_runs);
    setupRow->addSpacing(12);
    setupRow->addWidget(runsLabel);
    setupRow->addWidget(m_runs);
    setupRow->addStretch(1);
    setupRow->addWidget(m_start);
    setupRow->addWidget(m_cancel);
    setupRow->addWidget(m_export);
    auto* paceRow = new QHBoxLayout;
    paceRow->addWidget(new QLabel(tr("Pace:"), this));
    paceRow->addWidget(m_fast);
    paceRow->addWidget(m_watchable);
    paceRow->addStretch(1);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(setupRow);
    layout->addLayout(paceRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &ComparisonView::updateProgress);
    connect(m_start, &QPushButton::clicked, this, &ComparisonView::start);
    connect(m_cancel, &QPushButton::clicked, this, &ComparisonView::cancel);
    connect(m_export, &QPushButton::clicked, this, &ComparisonView::exportResults);
    connect(m_fast, &QRadioButton::toggled, this, &ComparisonView::updateLoad);
    m_comparison.loadTest()->setRunRecorder(runHistoryRecorder());
    connect(&m_comparison, &Comparison::runFinished, this, [this] {
        fillTable();
        updateProgress();
    });
    connect(&m_comparison, &Comparison::finished, this, &ComparisonView::onFinished);
    connect(m_list, &QListWidget::itemChanged, this, &ComparisonView::updateButtons);

    applyTheme(m_theme);
    updateLoad();
    updateButtons();
    fitOnScreen(this, QSize(1200, 700), parent ? parent->window() : nullptr);
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
    // At the fast pace the whole catalogue takes seconds: every strategy of the selector, the
    // student scripts opened beside the built-ins too; one that joined since is added.
    QStringList checked = checkedIds();
    QStringList listed;
    for (const StrategyScript& strategy : std::as_const(m_strategies))
        listed.append(strategy.id());
    for (const StrategyScript& strategy : strategies) {
        if (!listed.contains(strategy.id()) && !checked.contains(strategy.id()))
            checked.append(strategy.id());
    }
    m_strategies = strategies;
    const QString lang = currentLanguage();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const StrategyScript& strategy : strategies) {
            auto* item = new QListWidgetItem(strategy.title(lang), m_list);
            item->setData(idRole, strategy.id());
            item->setToolTip(strategy.summary(lang));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(strategy.id()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateLoad();
    updateButtons();
}

void ComparisonView::applyTheme(const Theme& theme) {
    m_theme = theme;
    const QFont font = theme.font();
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget != m_table && !m_table->isAncestorOf(widget))
            widget->setFont(font);
    }
    m_heading->setFont(theme.font(1.3, true));
    m_progress->setMinimumHeight(int(18 * theme.scale()));
    m_table->applyTheme(theme);
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

void ComparisonView::setPace(Pace pace) {
    (pace == Pace::Fast ? m_fast : m_watchable)->setChecked(true);
}

ComparisonView::Pace ComparisonView::pace() const {
    return m_fast->isChecked() ? Pace::Fast : Pace::Watchable;
}

Scenario ComparisonView::load() const {
    return pace() == Pace::Fast ? Comparison::fastLoad(m_scenario) : m_scenario;
}

double ComparisonView::expectedSecondsPerRun() const {
    if (pace() == Pace::Watchable)
        return m_expectedSeconds;
    const Scenario scenario = load();
    return scenario.perThread * (scenario.thinkMs + scenario.pauseMs + 1) / 1000.0;
}

QString ComparisonView::describe(const Scenario& scenario) const {
    return tr("%1 workers × %2 reservations, think %3 ms, pause %4 ms, seeds from %5")
        .arg(scenario.threads)
        .arg(scenario.perThread)
        .arg(scenario.thinkMs)
        .arg(scenario.pauseMs)
        .arg(scenario.seed);
}

void ComparisonView::updateLoad() {
    m_fast->setToolTip(describe(Comparison::fastLoad(m_scenario)));
    m_watchable->setToolTip(describe(m_scenario));
    // The heading names what the table shows; before the first run, what will run.
    if (!isRunning() && m_comparison.completedRuns() == 0)
        m_heading->setText(describe(load()));
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
    if (!m_comparison.start(chosen, load(), m_runs->value()))
        return false;
    m_heading->setText(tr("Comparing %n strategy(s), %1 run(s) each…", nullptr, int(chosen.size()))
                           .arg(m_runs->value()));
    fillTable();
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

void ComparisonView::updateProgress() {
    const double done = m_comparison.progress();
    m_progress->setValue(qRound(done * 1000));
    if (!isRunning())
        return;
    const int seconds = qCeil(m_comparison.secondsLeft(expectedSecondsPerRun()));
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
        m_timeLeft->setText(
            tr("Done: %n run(s) in %1 s.", nullptr, int(m_comparison.completedRuns()))
                .arg(QLocale().toString(m_comparison.elapsedSeconds(), 'f', 1)));
    const Scenario scenario = m_comparison.scenario();
    m_heading->setText(tr("%n run(s) each, %1 workers × %2 reservations, think %3 ms", nullptr,
                          m_comparison.runsEach())
                           .arg(scenario.threads)
                           .arg(scenario.perThread)
                           .arg(scenario.thinkMs));
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

void ComparisonView::fillTable() {
    QList<ComparisonTable::Row> rows;
    for (const StrategyTotals& totals : m_comparison.totals())
        rows.append({title(totals.id), totals});
    m_table->setRows(rows);
}

void ComparisonView::updateButtons() {
    const bool running = isRunning();
    const QStringList checked = checkedIds();
    m_choose->setText(tr("Strategies: %1 of %2").arg(checked.size()).arg(m_list->count()));
    m_start->setEnabled(!running && !checked.isEmpty());
    m_cancel->setEnabled(running);
    m_choose->setEnabled(!running);
    m_runs->setEnabled(!running);
    m_fast->setEnabled(!running);
    m_watchable->setEnabled(!running);
    m_export->setEnabled(!running && m_comparison.completedRuns() > 0);
}

QImage ComparisonView::chartImage() const {
    const std::unique_ptr<QWidget> sheet = m_table->sheet(m_heading->text());
    return chartexport::image({sheet.get()});
}

bool ComparisonView::exportTo(const QString& path, Error& error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return exporting::writeText(path, exporting::comparisonCsv(m_comparison.totals()), error);
    if (suffix == u"json" || suffix == u"jsonl")
        return exporting::writeText(path, jsonlines::runsAndSummary(m_comparison.results()), error);
    const std::unique_ptr<QWidget> sheet = m_table->sheet(m_heading->text());
    if (suffix == u"svg")
        return chartexport::saveSvg({sheet.get()}, path, m_heading->text(), error);
    return chartexport::savePng({sheet.get()}, path, error);
}

void ComparisonView::exportResults() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the comparison"), u"seatsim-comparison.csv"_s,
        tr("Table as CSV (*.csv);;Runs and summary as JSON Lines (*.json *.jsonl);;"
           "Table as PNG (*.png);;Table as SVG (*.svg)"),
        &filter);
    if (path.isEmpty())
        return;
    Error error;
    if (!exportTo(path, error))
        QMessageBox::warning(this, tr("Export failed"), error.text());
}

} // namespace seatsim
