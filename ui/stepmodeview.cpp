#include "stepmodeview.h"

#include "lockgraphview.h"
#include "lostupdates.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "strategypanel.h"
#include "waitgraph.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
using Status = StepWorkerState::Status;
const Qt::Key stepKeys[StepSession::maxWorkers] = {Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4};
} // namespace

StepModeView::StepModeView(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(u"stepModeView"_s);
    setWindowTitle(tr("SeatSim — step by step"));

    m_strategy = new QComboBox;
    m_strategy->setObjectName(u"stepStrategy"_s);
    m_strategy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_strategy->setMinimumContentsLength(14);
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
    controls->addSpacing(12);
    controls->addWidget(m_lostUpdate);
    controls->addWidget(m_deadlock);
    auto* flow = new QHBoxLayout;
    m_explanation = new QLabel;
    m_explanation->setObjectName(u"stepExplanation"_s);
    m_explanation->setWordWrap(true);
    flow->addWidget(m_explanation, 1);
    flow->addWidget(m_next);
    flow->addWidget(m_play);
    flow->addWidget(m_stop);

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
        column.sql = new QPlainTextEdit;
        column.sql->setReadOnly(true);
        column.sql->setObjectName(u"stepSql%1"_s.arg(worker));
        column.sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        column.sql->setMinimumHeight(50);
        column.sql->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        column.detail = new QLabel;
        column.detail->setWordWrap(true);
        column.step = new QPushButton(tr("Step ▶  (F%1)").arg(worker));
        column.step->setObjectName(u"stepButton%1"_s.arg(worker));
        column.step->setMinimumHeight(44);
        column.step->setToolTip(tr("Let worker %1 run its next statement").arg(worker));
        auto* layout = new QVBoxLayout(column.frame);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(column.title);
        layout->addWidget(column.status);
        layout->addWidget(column.sql);
        layout->addWidget(column.detail);
        layout->addStretch(1);
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
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(flow);
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
    connect(&m_session, &StepSession::finished, this, &StepModeView::onFinished);

    setStrategies(builtinStrategies());
    m_explanation->setText(tr("Pick a strategy and start, or replay a preset. Each worker waits "
                              "before every statement until you press its Step button."));
    applyTheme(m_theme);
    showStates();
    resize(1280, 720);
}

StepModeView::~StepModeView() = default;

StepModeView* StepModeView::showFor(MainWindow* window) {
    auto* view = window->findChild<StepModeView*>(QString(), Qt::FindDirectChildrenOnly);
    if (!view) {
        view = new StepModeView(window);
        connect(view, &StepModeView::busyChanged, window, [window](bool busy) {
            window->setBusyElsewhere(busy ? tr("Step-by-step mode is using the server")
                                          : QString());
        });
    }
    if (!view->session()->isRunning()) {
        view->setConnection(window->server()->settings());
        view->setStrategies(window->strategyPanel()->strategies(),
                            window->strategyPanel()->current().isNull()
                                ? QString()
                                : window->strategyPanel()->current().id());
    }
    Theme theme;
    theme.baseFont = QApplication::font();
    theme.projector = window->isProjectorMode();
    view->applyTheme(theme);
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

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
    for (QPushButton* button : {m_start, m_lostUpdate, m_deadlock, m_next, m_play, m_stop})
        button->setFont(m_theme.font(1.0, true));
    m_explanation->setFont(m_theme.font(0.95));
    m_outcome->setFont(m_theme.font(1.1, true));
    QFont mono = m_theme.font(1.05);
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    for (const Column& column : std::as_const(m_columns)) {
        column.title->setFont(m_theme.font(1.2, true));
        column.status->setFont(m_theme.font(1.1, true));
        column.sql->setFont(mono);
        column.sql->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 5 + 12);
        column.detail->setFont(m_theme.font(0.9));
        column.step->setFont(m_theme.font(1.3, true));
        column.step->setMinimumHeight(int(44 * m_theme.scale()));
    }
    m_lockGraph->applyTheme(m_theme);
    showStates();
}

QPushButton* StepModeView::stepButton(int worker) const {
    return worker >= 1 && worker <= m_columns.size() ? m_columns.at(worker - 1).step : nullptr;
}

QLabel* StepModeView::statusLabel(int worker) const {
    return worker >= 1 && worker <= m_columns.size() ? m_columns.at(worker - 1).status : nullptr;
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
    m_presetName = preset == StepSession::Preset::LostUpdate ? tr("lost update") : tr("deadlock");
    m_explanation->setText(
        preset == StepSession::Preset::LostUpdate
            ? tr("Lost update (naive): worker 1 reads, worker 2 reads the same seats, then both "
                 "write. Press Next (F5) for each statement.")
            : tr("Deadlock (for-share): both take a share lock on the session, then each UPDATE "
                 "waits for the other's lock. Press Next (F5) for each statement."));
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

void StepModeView::next() {
    if (!m_session.isRunning() || m_session.isPlaying() || m_stepInFlight)
        return;
    if (m_planIndex < m_plan.size()) {
        stepWorker(m_plan.at(m_planIndex));
    } else {
        m_session.releaseAll();
        m_stepInFlight = true;
    }
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
    m_outcome->setText(m_plan.isEmpty()
                           ? tr("Every worker is held before its first statement: press its Step "
                                "button (F1–F4) to let exactly that statement run.")
                           : tr("Every worker is held before its first statement: press Next (F5) "
                                "for the preset's next statement, or Play to the end."));
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
        } else if (state.sqlState == u"40P01") {
            text = tr("✗ deadlock victim (40P01): rolled back");
            background = m_theme.bad();
        } else if (state.outcome == AttemptOutcome::Reserved) {
            text = tr("✓ finished: reserved a seat");
            background = m_theme.good();
        } else {
            text = state.sqlState.isEmpty()
                       ? tr("finished: %1").arg(toString(state.outcome))
                       : tr("✗ finished: %1 (%2)").arg(toString(state.outcome), state.sqlState);
            background = state.sqlState.isEmpty() ? m_theme.neutral() : m_theme.bad();
        }
        foreground = Qt::white;
        break;
    }
    column.status->setText(text);
    column.status->setStyleSheet(
        u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 6px; }"_s.arg(
            background.name(), QColor(foreground).name()));
    const bool showSql = state.status == Status::Held || state.status == Status::Running ||
                         state.status == Status::Waiting;
    const QString sql = showSql ? state.sql.trimmed() : QString();
    if (column.sql->toPlainText() != sql)
        column.sql->setPlainText(sql);
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

void StepModeView::updateButtons() {
    const bool running = m_session.isRunning();
    const bool playing = m_session.isPlaying() || m_stepInFlight;
    m_start->setEnabled(!running);
    m_lostUpdate->setEnabled(!running);
    m_deadlock->setEnabled(!running);
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
    const bool planned = m_planIndex < m_plan.size();
    m_next->setEnabled(
        running && !playing && settled &&
        (planned ? m_session.state(m_plan.at(m_planIndex)).status == Status::Held : anyHeld));
    m_next->setText(planned || m_plan.isEmpty() ? tr("Next (F5)") : tr("Let all finish (F5)"));
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
        if (state.sqlState != u"40P01")
            continue;
        m_victims << state.worker;
        const WaitCycle cycle = WaitGraph::parseDeadlockDetail(state.serverText, workerOfPid);
        m_lockGraph->setDeadlock(cycle, state.serverText);
        lines << tr("Deadlock: %1. The server rolled back worker %2 (40P01) so that the other "
                    "could go on.")
                     .arg(cycle.isEmpty() ? tr("a cycle of waits") : cycle.describe())
                     .arg(state.worker);
    }
    m_lockGraph->showRunSummary();
    if (!m_session.error().isEmpty() && m_session.error() != tr("stopped"))
        lines.prepend(tr("The session ended: %1").arg(m_session.error()));
    if (lines.isEmpty())
        lines << tr("Finished: no update was lost and no deadlock happened.");
    else if (!lost.isEmpty())
        lines.prepend(tr("Updates lost: %1").arg(m_lostUpdates));
    if (const auto audit = m_session.lastSample().audit)
        lines << audit->verdict();
    const bool trouble = !lost.isEmpty() || !m_victims.isEmpty();
    m_outcome->setText(lines.join(u'\n'));
    m_outcome->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 6px; }"_s.arg(
            (trouble ? m_theme.bad() : m_theme.good()).name()));
    m_plan.clear();
    updateButtons();
}

void StepModeView::closeEvent(QCloseEvent* event) {
    if (m_session.isRunning())
        m_session.stop();
    event->accept();
}

} // namespace seatsim
