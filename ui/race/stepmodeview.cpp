#include "race/stepmodeview.h"

#include "analysis/lostupdates.h"
#include "analysis/waitgraph.h"
#include "common/sqlstate.h"
#include "race/lockgraphview.h"
#include "settings/language.h"
#include "style/screenfit.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
using Status = StepWorkerState::Status;
const Qt::Key stepKeys[StepSession::maxWorkers] = {Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4};

// The window's client area: 1280×720 with a title bar, panel and frame to spare.
constexpr QSize preferredSize(1240, 660);

QString oneLine(const QString& sql) {
    return sql.simplified();
}
} // namespace

StepModeView::StepModeView(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(u"stepModeView"_s);
    setWindowTitle(tr("SeatSim — step by step"));

    m_strategy = new QComboBox;
    m_strategy->setObjectName(u"stepStrategy"_s);
    m_strategy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workers = new QSpinBox;
    m_workers->setObjectName(u"stepWorkers"_s);
    m_workers->setRange(2, StepSession::maxWorkers);
    m_workers->setValue(2);
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(u"stepStart"_s);
    m_start->setToolTip(tr("Reset the tables and start the workers, each held before its first "
                           "statement"));
    m_lostUpdate = new QPushButton(tr("Preset: lost update"));
    m_lostUpdate->setObjectName(u"stepPresetLostUpdate"_s);
    m_lostUpdate->setToolTip(tr("naive, 2 workers: both read, then both write"));
    m_deadlock = new QPushButton(tr("Preset: deadlock"));
    m_deadlock->setObjectName(u"stepPresetDeadlock"_s);
    m_deadlock->setToolTip(tr("for-share, 2 workers: both lock, then each wants the other's lock"));
    // The second exercise's preset, in the isolation level that lets it through and the one
    // that stops it.
    m_writeSkew = new QPushButton(tr("Preset: write skew"));
    m_writeSkew->setObjectName(u"stepPresetWriteSkew"_s);
    m_writeSkew->setToolTip(
        tr("two-seats, 2 workers: both count student 7's seat, then both book"));
    auto* levels = new QMenu(m_writeSkew);
    connect(levels->addAction(tr("in REPEATABLE READ: both commit")), &QAction::triggered, this,
            [this] { startPreset(StepSession::Preset::WriteSkewRepeatableRead); });
    connect(levels->addAction(tr("in SERIALIZABLE: one gets 40001")), &QAction::triggered, this,
            [this] { startPreset(StepSession::Preset::WriteSkewSerializable); });
    m_writeSkew->setMenu(levels);
    m_next = new QPushButton(tr("Next (F5)"));
    m_next->setObjectName(u"stepNext"_s);
    m_next->setToolTip(tr("The next statement of the preset's interleaving"));
    m_play = new QPushButton(tr("Play to the end"));
    m_play->setObjectName(u"stepPlay"_s);
    m_play->setToolTip(tr("The rest of the preset, or every worker to its end"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(u"stepStop"_s);

    auto* strategyLabel = new QLabel(tr("Strategy:"));
    auto* workersLabel = new QLabel(tr("Workers:"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(strategyLabel);
    controls->addWidget(m_strategy, 1);
    controls->addWidget(workersLabel);
    controls->addWidget(m_workers);
    controls->addWidget(m_start);
    controls->addWidget(m_writeSkew); // the row below has no room left on a projector
    // The presets beside Next: the strategy's title has the first row to itself.
    auto* flow = new QHBoxLayout;
    m_explanation = new QLabel;
    m_explanation->setObjectName(u"stepExplanation"_s);
    m_explanation->setWordWrap(true);
    flow->addWidget(m_explanation, 1);
    flow->addWidget(m_lostUpdate);
    flow->addWidget(m_deadlock);
    flow->addSpacing(12);
    flow->addWidget(m_next);
    flow->addWidget(m_play);
    flow->addWidget(m_stop);
    m_hint = new QLabel;
    m_hint->setObjectName(u"stepHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_table = new QLabel;
    m_table->setObjectName(u"stepTable"_s);
    m_table->setWordWrap(true);
    m_table->setTextFormat(Qt::PlainText);

    auto* columns = new QWidget;
    auto* columnLayout = new QHBoxLayout(columns);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    for (int worker = 1; worker <= StepSession::maxWorkers; ++worker) {
        Column column;
        column.frame = new QFrame;
        column.frame->setObjectName(u"stepColumn%1"_s.arg(worker));
        column.frame->setFrameShape(QFrame::StyledPanel);
        column.title = new QLabel(tr("Worker %1").arg(worker));
        column.status = new QLabel;
        column.status->setObjectName(u"stepStatus%1"_s.arg(worker));
        column.status->setWordWrap(true);
        column.status->setAlignment(Qt::AlignCenter);
        column.history = new QTextEdit;
        column.history->setReadOnly(true);
        column.history->setObjectName(u"stepHistory%1"_s.arg(worker));
        column.history->setLineWrapMode(QTextEdit::WidgetWidth);
        column.history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        column.history->setMinimumHeight(60);
        column.detail = new QLabel;
        column.detail->setWordWrap(true);
        column.step = new QPushButton(tr("Step ▶  (F%1)").arg(worker));
        column.step->setObjectName(u"stepButton%1"_s.arg(worker));
        column.step->setMinimumHeight(44);
        column.step->setToolTip(tr("Let worker %1 run its next statement").arg(worker));
        auto* layout = new QVBoxLayout(column.frame);
        layout->setContentsMargins(6, 6, 6, 6);
        auto* heading = new QHBoxLayout;
        heading->addWidget(column.title);
        heading->addWidget(column.status, 1);
        layout->addLayout(heading);
        layout->addWidget(column.history, 1);
        layout->addWidget(column.detail);
        layout->addWidget(column.step);
        columnLayout->addWidget(column.frame, 1);
        connect(column.step, &QPushButton::clicked, this, [this, worker] { stepWorker(worker); });
        auto* key = new QShortcut(QKeySequence(stepKeys[worker - 1]), this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, [this, worker] { stepWorker(worker); });
        m_columns.append(column);
    }
    auto* nextKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(nextKey, &QShortcut::activated, this, &StepModeView::next);

    m_outcome = new QLabel;
    m_outcome->setObjectName(u"stepOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lockGraph = new LockGraphView;

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_outcome);
    bottomLayout->addWidget(m_lockGraph, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(columns);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(flow);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addWidget(splitter, 1);

    connect(m_start, &QPushButton::clicked, this, &StepModeView::startChosen);
    connect(m_lostUpdate, &QPushButton::clicked, this,
            [this] { startPreset(StepSession::Preset::LostUpdate); });
    connect(m_deadlock, &QPushButton::clicked, this,
            [this] { startPreset(StepSession::Preset::Deadlock); });
    connect(m_next, &QPushButton::clicked, this, &StepModeView::next);
    connect(m_play, &QPushButton::clicked, this, &StepModeView::playRest);
    connect(m_stop, &QPushButton::clicked, &m_session, &StepSession::stop);
    connect(m_workers, &QSpinBox::valueChanged, this, [this] {
        if (!m_session.isRunning())
            showStates();
    });
    connect(&m_session, &StepSession::started, this, &StepModeView::onStarted);
    connect(&m_session, &StepSession::stateChanged, this, &StepModeView::showStates);
    connect(&m_session, &StepSession::tableRead, this, [this] {
        showTable();
        updateButtons();
    });
    connect(&m_session, &StepSession::finished, this, &StepModeView::onFinished);

    setStrategies(builtinStrategies());
    m_explanation->setText(tr("Pick a strategy and start, or replay a preset. Each worker waits "
                              "before every statement until you press its Step button."));
    applyTheme(m_theme);
    showStates();
    resize(preferredSize);
}

StepModeView::~StepModeView() = default;

void StepModeView::setConnection(const ConnectionSettings& settings) {
    m_session.setConnection(settings);
}

void StepModeView::setStrategies(const QList<StrategyScript>& strategies,
                                 const QString& currentId) {
    m_strategies = strategies;
    const QString keep = currentId.isEmpty() ? chosenStrategy().id() : currentId;
    m_strategy->clear();
    for (const StrategyScript& script : strategies) {
        m_strategy->addItem(script.title(strategyLanguage()));
        if (script.id() == keep)
            m_strategy->setCurrentIndex(m_strategy->count() - 1);
    }
}

StrategyScript StepModeView::chosenStrategy() const {
    const int index = m_strategy ? m_strategy->currentIndex() : -1;
    return index >= 0 && index < m_strategies.size() ? m_strategies.at(index) : StrategyScript();
}

void StepModeView::applyTheme(const Theme& theme) {
    m_theme = theme;
    if (m_theme.baseFont == QFont())
        m_theme.baseFont = QApplication::font();
    setFont(m_theme.font());
    for (QPushButton* button :
         {m_start, m_lostUpdate, m_deadlock, m_writeSkew, m_next, m_play, m_stop})
        button->setFont(m_theme.font(1.0, true));
    // On a projector every line costs 1.6 times the height: the secondary text shrinks back.
    const double secondary = m_theme.projector ? 0.7 : 0.95;
    m_explanation->setFont(m_theme.font(secondary));
    m_hint->setFont(m_theme.font(m_theme.projector ? 0.9 : 1.05, true));
    m_hint->setStyleSheet(u"QLabel { background: %1; color: black; border-radius: 4px; "
                          "padding: 4px; }"_s.arg(okabeIto::yellow.name()));
    m_table->setFont(m_theme.font(m_theme.projector ? 0.8 : 1.05, true));
    m_outcome->setFont(m_theme.font(m_theme.projector ? 0.9 : 1.1, true));
    QFont mono = m_theme.font(m_theme.projector ? 0.8 : 0.95);
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    for (const Column& column : std::as_const(m_columns)) {
        column.title->setFont(m_theme.font(m_theme.projector ? 0.9 : 1.2, true));
        column.status->setFont(m_theme.font(m_theme.projector ? 0.9 : 1.1, true));
        column.history->setFont(mono);
        column.history->document()->setDefaultFont(mono);
        column.detail->setFont(m_theme.font(m_theme.projector ? 0.6 : 0.9));
        column.step->setFont(m_theme.font(m_theme.projector ? 0.9 : 1.3, true));
        column.step->setMinimumHeight(40);
    }
    m_lockGraph->applyTheme(m_theme);
    for (Column& column : m_columns)
        column.html.clear(); // the colours of the history change with the theme
    showStates();
}

QPushButton* StepModeView::stepButton(int worker) const {
    return worker >= 1 && worker <= m_columns.size() ? m_columns.at(worker - 1).step : nullptr;
}

QLabel* StepModeView::statusLabel(int worker) const {
    return worker >= 1 && worker <= m_columns.size() ? m_columns.at(worker - 1).status : nullptr;
}

QTextEdit* StepModeView::historyView(int worker) const {
    return worker >= 1 && worker <= m_columns.size() ? m_columns.at(worker - 1).history : nullptr;
}

void StepModeView::startSession(const StepSettings& settings, const QList<int>& plan) {
    if (m_session.isRunning())
        return;
    m_plan = plan;
    m_planIndex = 0;
    m_lostUpdates = 0;
    m_victims.clear();
    m_lockGraph->clear(settings.workers);
    m_outcome->setStyleSheet({});
    m_outcome->setText(tr("Resetting the tables…"));
    m_hint->setText(tr("Resetting the tables…"));
    m_table->clear();
    if (!m_session.start(settings)) {
        m_outcome->setText(tr("The session could not start: %1").arg(m_session.error()));
        return;
    }
    Q_EMIT busyChanged(true);
    updateButtons();
}

void StepModeView::startChosen() {
    StepSettings settings;
    settings.strategy = chosenStrategy();
    if (settings.strategy.isNull())
        return;
    settings.workers = m_workers->value();
    m_presetName.clear();
    m_explanation->setText(tr("%1 with %2 workers on one session of 5 seats. Step the workers in "
                              "any order (F1–F4).")
                               .arg(settings.strategy.title(strategyLanguage()))
                               .arg(settings.workers));
    startSession(settings, {});
}

void StepModeView::startPreset(StepSession::Preset preset) {
    const StepSettings settings = StepSession::presetSettings(preset);
    m_workers->setValue(settings.workers);
    for (int i = 0; i < m_strategies.size(); ++i) {
        if (m_strategies[i].id() == settings.strategy.id())
            m_strategy->setCurrentIndex(i);
    }
    switch (preset) {
    case StepSession::Preset::LostUpdate:
        m_presetName = tr("lost update");
        m_explanation->setText(tr("Lost update (naive): worker 1 reads, worker 2 reads the same "
                                  "seats, then both write. Press Next (F5) for each statement."));
        break;
    case StepSession::Preset::Deadlock:
        m_presetName = tr("deadlock");
        m_explanation->setText(tr("Deadlock (for-share): both take a share lock on the session, "
                                  "then each UPDATE waits for the other's lock. Press Next (F5) "
                                  "for each statement."));
        break;
    case StepSession::Preset::WriteSkewRepeatableRead:
    case StepSession::Preset::WriteSkewSerializable:
        m_presetName = tr("write skew");
        m_explanation->setText(settings.strategy.summary(strategyLanguage()) + u' ' +
                               tr("Press Next (F5) for each statement."));
        break;
    }
    startSession(settings, StepSession::presetPlan(preset));
}

void StepModeView::stepWorker(int worker) {
    if (!m_session.isRunning() || m_session.isPlaying() || m_stepInFlight)
        return;
    if (m_session.step(worker)) {
        m_stepInFlight = true; // until the session publishes the worker's new state
        // Stepping by hand leaves the preset's script.
        if (m_planIndex < m_plan.size() && m_plan.at(m_planIndex) == worker)
            ++m_planIndex;
        else
            m_plan.clear();
    }
    updateButtons();
}

// The preset's next worker; after the preset, or without one, the first worker held.
int StepModeView::nextWorker() const {
    if (m_planIndex < m_plan.size())
        return m_plan.at(m_planIndex);
    return m_session.firstHeldWorker();
}

void StepModeView::next() {
    if (!m_session.isRunning() || m_session.isPlaying() || m_stepInFlight)
        return;
    if (const int worker = nextWorker(); worker > 0)
        stepWorker(worker);
    updateButtons();
}

void StepModeView::playRest() {
    if (!m_session.isRunning() || m_session.isPlaying())
        return;
    const QList<int> rest = m_plan.mid(m_planIndex);
    m_planIndex = int(m_plan.size());
    if (rest.isEmpty())
        m_session.releaseAll();
    else
        m_session.play(rest, true);
    updateButtons();
}

void StepModeView::onStarted() {
    m_outcome->setText(tr("The verdict follows once every worker's last statement has ended."));
    showStates();
}

void StepModeView::showStates() {
    m_stepInFlight = false;
    const int workers = m_session.isRunning() || m_session.workerCount() > 0
                            ? m_session.workerCount()
                            : m_workers->value();
    const QList<StepWorkerState> states = m_session.states();
    for (int worker = 1; worker <= StepSession::maxWorkers; ++worker) {
        const Column& column = m_columns.at(worker - 1);
        column.frame->setVisible(worker <= qMax(workers, 2));
        StepWorkerState state;
        state.worker = worker;
        if (worker <= states.size())
            state = states.at(worker - 1);
        showColumn(worker, state);
    }
    if (m_session.isRunning())
        m_lockGraph->addSample(m_session.lastSample());
    updateButtons();
}

void StepModeView::showTable() {
    const QList<StepTableReading> readings = m_session.readings();
    if (readings.isEmpty()) {
        m_table->clear();
        return;
    }
    const StepTableReading& last = readings.last();
    if (!last.error.isEmpty()) {
        m_table->setText(tr("Seats in the table: could not be read: %1").arg(last.error));
        return;
    }
    QStringList sessions;
    for (auto it = last.seats.cbegin(); it != last.seats.cend(); ++it) {
        QStringList trail;
        for (const StepTableReading& reading : readings) {
            if (reading.seats.contains(it.key()))
                trail << QString::number(reading.seats.value(it.key()));
        }
        constexpr int shownSteps = 12;
        if (trail.size() > shownSteps)
            trail = QStringList{u"…"_s} + trail.mid(trail.size() - shownSteps);
        sessions << tr("session %1: seats = %2 (after each step: %3)")
                        .arg(it.key())
                        .arg(it.value())
                        .arg(trail.join(u" → "_s));
    }
    const QString when = last.atEnd       ? tr("at the end, after every worker's last statement")
                         : last.step == 0 ? tr("before the first step")
                                          : tr("after step %1, worker %2: %3")
                                                .arg(last.step)
                                                .arg(last.worker)
                                                .arg(oneLine(last.sql));
    m_table->setText(tr("Seats in the table: %1 — %2").arg(sessions.join(u"; "_s), when));
}

void StepModeView::showHint() {
    if (!m_session.isRunning()) {
        m_hint->setText(m_session.workerCount() > 0
                            ? tr("Finished: the verdict below was taken after every worker's "
                                 "last statement.")
                            : tr("Start a strategy or a preset; each worker waits before every "
                                 "statement."));
        return;
    }
    if (m_session.isPlaying()) {
        m_hint->setText(tr("Playing the rest of the preset…"));
        return;
    }
    const QList<StepWorkerState> states = m_session.states();
    if (std::any_of(states.cbegin(), states.cend(),
                    [](const StepWorkerState& s) { return s.status == Status::Starting; })) {
        m_hint->setText(tr("Starting the workers…"));
        return;
    }
    if (m_stepInFlight || !m_session.isSettled()) {
        m_hint->setText(tr("Running…"));
        return;
    }
    const int worker = nextWorker();
    const StepWorkerState state = m_session.state(worker);
    if (worker == 0) {
        m_hint->setText(tr("No worker is held: each waits for a lock."));
        return;
    }
    if (state.status == Status::Waiting) {
        m_hint->setText(
            tr("Next: worker %1 waits for a lock; it goes on once the lock is free.").arg(worker));
        return;
    }
    if (state.status != Status::Held) {
        m_hint->setText(tr("Next: worker %1 is not held yet…").arg(worker));
        return;
    }
    const QString runs = tr("Next (F5): worker %1 runs %2").arg(worker).arg(oneLine(state.sql));
    m_hint->setText(
        m_plan.isEmpty()
            ? runs + tr(" — or step any held worker with F1–F%1").arg(m_session.workerCount())
            : runs);
}

void StepModeView::showColumn(int worker, const StepWorkerState& state) {
    const Column& column = m_columns.at(worker - 1);
    QString text;
    QColor background = QColor(0xE8, 0xE8, 0xE8);
    QColor foreground = m_theme.text();
    const bool active = m_session.isRunning() || m_session.workerCount() > 0;
    switch (state.status) {
    case Status::Starting:
        text = !state.error.isEmpty() ? state.error : active ? tr("starting…") : tr("not started");
        break;
    case Status::Held:
        text = tr("HELD before the statement below");
        background = okabeIto::blue;
        foreground = Qt::white;
        break;
    case Status::Running:
        text = tr("▶ running");
        background = okabeIto::skyBlue;
        break;
    case Status::Waiting: {
        QStringList blockers;
        for (int blocker : state.blockedBy)
            blockers << (blocker > 0 ? tr("worker %1").arg(blocker) : tr("another session"));
        text = blockers.isEmpty() ? tr("WAITING for a lock")
                                  : tr("WAITING for a lock of %1").arg(blockers.join(u", "_s));
        background = okabeIto::reddishPurple;
        foreground = Qt::black;
        break;
    }
    case Status::Finished:
        if (!state.error.isEmpty()) {
            text = tr("✗ %1").arg(state.error);
            background = m_theme.bad();
        } else if (sqlStateKind(state.sqlState) == SqlStateKind::Deadlock) {
            text = tr("✗ deadlock victim (40P01): rolled back");
            background = m_theme.bad();
        } else if (state.outcome == AttemptOutcome::Reserved) {
            text = tr("✓ finished: reserved a seat");
            background = m_theme.good();
        } else {
            text = state.sqlState.isEmpty()
                       ? tr("finished: %1").arg(outcomeWord(state.outcome))
                       : tr("✗ finished: %1 (%2)").arg(outcomeWord(state.outcome), state.sqlState);
            background = state.sqlState.isEmpty() ? m_theme.neutral() : m_theme.bad();
        }
        foreground = Qt::white;
        break;
    }
    column.status->setText(text);
    column.status->setStyleSheet(
        u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 6px; }"_s.arg(
            background.name(), QColor(foreground).name()));
    showHistory(worker, state);
    column.detail->setText(
        active
            ? tr("statements run: %1 · attempts done: %2").arg(state.statements).arg(state.attempts)
            : QString());
    const bool next =
        m_planIndex < m_plan.size() && m_plan.at(m_planIndex) == worker && m_session.isRunning();
    column.step->setStyleSheet(
        next ? u"QPushButton { border: 3px solid %1; border-radius: 4px; background: %2; }"_s.arg(
                   m_theme.text().name(), okabeIto::yellow.name())
             : QString());
}

// The statements the worker ran, each with what it returned, and the one it is held before.
void StepModeView::showHistory(int worker, const StepWorkerState& state) {
    Column& column = m_columns[worker - 1];
    QString html;
    const auto paragraph = [](const QString& style, const QString& text) {
        return u"<p style=\"margin:0; %1\">%2</p>"_s.arg(style, text.toHtmlEscaped());
    };
    for (const StepStatement& entry : state.history) {
        const QString colour = (entry.failed ? m_theme.bad() : m_theme.good()).name();
        if (entry.sql.isEmpty()) {
            html += paragraph(u"color:%1; font-style:italic; margin-bottom:4px;"_s.arg(
                                  entry.failed ? colour : m_theme.neutral().name()),
                              entry.result);
            continue;
        }
        html += paragraph(u"color:%1;"_s.arg(m_theme.text().name()), oneLine(entry.sql));
        html += paragraph(
            u"color:%1; font-weight:bold; margin-left:16px; margin-bottom:4px;"_s.arg(colour),
            u"→ "_s + entry.result);
    }
    QString pending;
    switch (state.status) {
    case Status::Held:
        pending = tr("▶ next: %1").arg(oneLine(state.sql));
        break;
    case Status::Running:
        pending = tr("running: %1").arg(oneLine(state.sql));
        break;
    case Status::Waiting:
        pending = tr("waiting: %1").arg(oneLine(state.sql));
        break;
    case Status::Starting:
    case Status::Finished:
        break;
    }
    if (!pending.isEmpty())
        html += paragraph(
            u"background-color:%1; color:black; font-weight:bold;"_s.arg(okabeIto::yellow.name()),
            pending);
    if (html == column.html)
        return;
    column.html = html;
    column.history->setHtml(html);
    column.history->verticalScrollBar()->setValue(column.history->verticalScrollBar()->maximum());
}

void StepModeView::updateButtons() {
    const bool running = m_session.isRunning();
    const bool playing = m_session.isPlaying() || m_stepInFlight;
    m_start->setEnabled(!running);
    m_lostUpdate->setEnabled(!running);
    m_deadlock->setEnabled(!running);
    m_writeSkew->setEnabled(!running);
    m_strategy->setEnabled(!running);
    m_workers->setEnabled(!running);
    m_stop->setEnabled(running);
    m_play->setEnabled(running && !playing);
    bool anyHeld = false;
    bool settled = true; // no statement on its way: the next step of a plan may go
    for (int worker = 1; worker <= StepSession::maxWorkers; ++worker) {
        const Status status = m_session.state(worker).status;
        const bool held =
            running && !playing && status == Status::Held && worker <= m_session.workerCount();
        anyHeld = anyHeld || held;
        if (worker <= m_session.workerCount())
            settled = settled && (status == Status::Held || status == Status::Waiting ||
                                  status == Status::Finished);
        m_columns.at(worker - 1).step->setEnabled(held);
    }
    const int next = nextWorker();
    m_next->setEnabled(running && !playing && settled && m_session.isSettled() && anyHeld &&
                       next > 0 && m_session.state(next).status == Status::Held);
    showHint();
}

void StepModeView::onFinished() {
    Q_EMIT busyChanged(false);
    showStates();
    const QList<AttemptRecord> records = m_session.records().since(0);
    const StrategyScript script = m_session.settings().strategy;
    const QList<LostUpdate> lost = LostUpdates::find(records, script);
    QStringList lines;
    for (const LostUpdate& update : lost)
        m_lostUpdates += update.lost();
    for (const LostUpdate& update : lost)
        lines << update.text;
    const auto workerOfPid = [this](int pid) {
        return m_session.workerOfPid(pid);
    };
    for (const StepWorkerState& state : m_session.states()) {
        if (sqlStateKind(state.sqlState) != SqlStateKind::Deadlock)
            continue;
        m_victims << state.worker;
        WaitCycle cycle = WaitGraph::parseDeadlockDetail(state.serverText, workerOfPid);
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->worker == state.worker && it->failedTriesWith(QLatin1StringView("40P01")) > 0) {
                cycle.attachSessions(*it);
                break;
            }
        }
        m_lockGraph->setDeadlock(cycle, state.serverText);
        lines << tr("Deadlock: %1. The server rolled back worker %2 (40P01) so that the other "
                    "could go on.")
                     .arg(cycle.isEmpty() ? tr("a cycle of waits") : cycle.describe())
                     .arg(state.worker);
    }
    m_lockGraph->showRunSummary();
    if (!m_session.error().isEmpty() && m_session.error() != tr("stopped"))
        lines.prepend(tr("The session ended: %1").arg(m_session.error()));
    if (!lost.isEmpty())
        lines.prepend(tr("Updates lost: %1").arg(m_lostUpdates));
    const Verdict verdict = m_session.verdict();
    lines.prepend(verdict.headline());
    m_outcome->setText(lines.join(u'\n'));
    m_outcome->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 6px; }"_s.arg(
            m_theme.verdictColor(verdict.kind).name()));
    m_plan.clear();
    updateButtons();
}

void StepModeView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_placed) {
        m_placed = true;
        placeOnScreen();
    }
}

void StepModeView::placeOnScreen() {
    fitOnScreen(this, preferredSize, parentWidget() ? parentWidget()->window() : nullptr);
}

void StepModeView::closeEvent(QCloseEvent* event) {
    if (m_session.isRunning())
        m_session.stop();
    event->accept();
}

} // namespace seatsim
