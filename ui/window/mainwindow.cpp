#include "window/mainwindow.h"

#include "live/eventlogview.h"
#include "live/sqlview.h"
#include "race/raceviews.h"
#include "results/runhistory.h"
#include "settings/language.h"
#include "style/screenfit.h"
#include "window/exercisechoice.h"
#include "window/parameterpanel.h"
#include "window/runcharts.h"
#include "window/serverchoice.h"
#include "window/spacekey.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"
#include "window/windowdialogs.h"
#include "window/windowexport.h"
#include "window/windowmenus.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

MainWindow::MainWindow(const StartOptions& commandLine, QWidget* parent)
    : QMainWindow(parent)
    , m_loadTest(std::make_unique<LoadTest>()) {
    setObjectName(u"mainWindow"_s);
    // Workers yield the CPU to the GUI thread, so the window stays smooth under 64 of them.
    m_loadTest->setWorkerNice(19);
    m_loadTest->setRunRecorder(runHistoryRecorder());
    setWindowTitle(tr("SeatSim — concurrent seat reservations"));
    m_theme.baseFont = QApplication::font();

    createActions();
    createLayout();

    m_exercise->setCurrent(commandLine.load.exercise);
    m_strategies->setStrategies(builtinStrategies(commandLine.load.exercise));
    for (const QString& strategy : commandLine.strategies) {
        if (m_strategies->selectId(strategy))
            break;
        Error error; // shown by openStrategyFile() itself
        if (QFileInfo(strategy).isFile() && openStrategyFile(strategy, error))
            break;
    }
    Scenario scenario = ParameterPanel::defaults();
    scenario.capacities = m_capacities = commandLine.load.capacities;
    scenario.maxTries = maxTriesOf(commandLine.load.exercise);
    m_parameters->setScenario(scenario);
    showStrategy(m_strategies->current());

    connect(m_exercise, &ExerciseChoice::changed, this, &MainWindow::setExercise);
    connect(m_strategies, &StrategyPanel::currentChanged, this, &MainWindow::showStrategy);
    connect(m_strategies, &StrategyPanel::openFileRequested, this, &MainWindow::chooseStrategyFile);
    connect(m_loadTest.get(), &LoadTest::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_loadTest.get(), &LoadTest::finished, this, &MainWindow::onFinished);
    connect(&m_server, &ServerConnection::stateChanged, this, &MainWindow::showServerState);
    new SpaceKey(this, [this] { toggleRun(); });

    applyTheme();
    fitOnScreen(this, QSize(1280, 720));

    m_serverChoice = std::make_unique<ServerChoice>(m_server, commandLine, this);
    m_serverChoice->start();
    showServerState();
    m_dialogs = std::make_unique<WindowDialogs>(*this, m_theme);
    m_export = std::make_unique<WindowExport>(*this, *m_dialogs);
    m_settings = std::make_unique<WindowSettings>(*this, commandLine);
    m_menus = std::make_unique<WindowMenus>(*this, *m_dialogs, *m_export, *m_settings);
}

MainWindow::~MainWindow() {
    m_menus.reset();
    m_settings.reset();
    m_export.reset();
    m_dialogs.reset(); // ends a comparison and step mode before the server goes
    // Stops and joins a run that is still going, before its server goes away.
    m_loadTest.reset();
    m_server.shutdown();
}

void MainWindow::createActions() {
    const auto action = [this](QStyle::StandardPixmap icon, const QString& text,
                               const QString& name, const QString& toolTip) {
        auto* made = new QAction(style()->standardIcon(icon), text, this);
        made->setObjectName(name);
        made->setToolTip(toolTip);
        return made;
    };
    m_start = action(QStyle::SP_MediaPlay, tr("Start"), u"startAction"_s,
                     tr("Reset the tables and run the load test (Space)"));
    connect(m_start, &QAction::triggered, this, &MainWindow::startRun);
    m_stop = action(QStyle::SP_MediaStop, tr("Stop"), u"stopAction"_s, tr("Stop the run (Space)"));
    connect(m_stop, &QAction::triggered, this, &MainWindow::stopRun);
    m_reset = action(QStyle::SP_BrowserReload, tr("Reset"), u"resetAction"_s,
                     tr("Recreate the tables with all 40 seats free (Ctrl+R)"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reset, &QAction::triggered, this, &MainWindow::resetTables);

    // Space works wherever the focus is in this window; spin boxes are handled in
    // SpaceKey, since they claim the key for typing.
    m_toggle = new QAction(tr("Start or stop"), this);
    m_toggle->setObjectName(u"toggleRunAction"_s);
    m_toggle->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    connect(m_toggle, &QAction::triggered, this, &MainWindow::toggleRun);
    addAction(m_toggle);

    m_projector = action(QStyle::SP_TitleBarMaxButton, tr("Projector"), u"projectorAction"_s,
                         tr("Full screen, large type and thick lines for the lecture hall (F11)"));
    m_projector->setCheckable(true);
    m_projector->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_projector, &QAction::toggled, this, &MainWindow::setProjectorMode);

    // The views that show why a run went wrong; on the projector they wait behind one key.
    m_whyViews = new QAction(tr("Why? (log, timeline, locks)"), this);
    m_whyViews->setIconText(tr("Why?")); // the toolbar's short name
    m_whyViews->setObjectName(u"whyViewsAction"_s);
    m_whyViews->setCheckable(true);
    m_whyViews->setChecked(true);
    m_whyViews->setShortcut(QKeySequence(Qt::Key_W));
    m_whyViews->setShortcutContext(Qt::WindowShortcut);
    m_whyViews->setToolTip(tr("Show or hide the event log, timeline, lost updates and locks (W)"));
    connect(m_whyViews, &QAction::toggled, this, &MainWindow::showWhyViews);

    m_connect = action(QStyle::SP_DriveNetIcon, tr("Server…"), u"connectAction"_s,
                       tr("Connect to another PostgreSQL server, or back to the private one"));
    connect(m_connect, &QAction::triggered, this, &MainWindow::connectToServer);
    m_open = action(QStyle::SP_DialogOpenButton, tr("Open strategy file…"), u"openStrategyAction"_s,
                    QString());
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseStrategyFile);
    addAction(m_open);

    auto* quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    for (int i = 0; i < 10; ++i) {
        auto* pick = new QAction(this);
        pick->setShortcut(QKeySequence(i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0));
        pick->setShortcutContext(Qt::WindowShortcut);
        connect(pick, &QAction::triggered, this, [this, i] {
            if (m_activity == Activity::Idle)
                m_strategies->selectIndex(i);
        });
        addAction(pick);
    }
}

void MainWindow::createLayout() {
    m_toolBar = addToolBar(tr("Run"));
    m_toolBar->setObjectName(u"runToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_start);
    m_toolBar->addAction(m_stop);
    m_toolBar->addAction(m_reset);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_projector);
    m_toolBar->addAction(m_whyViews);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_connect);
    m_toolBar->widgetForAction(m_start)->setObjectName(u"startButton"_s);
    m_toolBar->widgetForAction(m_stop)->setObjectName(u"stopButton"_s);
    m_toolBar->widgetForAction(m_reset)->setObjectName(u"resetButton"_s);
    m_toolBar->widgetForAction(m_projector)->setObjectName(u"projectorButton"_s);
    m_toolBar->widgetForAction(m_whyViews)->setObjectName(u"whyViewsButton"_s);

    m_exercise = new ExerciseChoice;
    m_toolBar->addSeparator();
    m_exerciseAction = m_toolBar->addWidget(m_exercise);
    m_strategies = new StrategyPanel;
    m_sql = new SqlView;
    m_sqlTitle = new QLabel;
    m_sqlTitle->setObjectName(u"sqlTitle"_s);
    m_sqlTitle->setWordWrap(true); // a long file name never widens the column
    m_parameters = new ParameterPanel;
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 6, 6);
    leftLayout->addWidget(m_strategies);
    leftLayout->addWidget(m_sqlTitle);
    leftLayout->addWidget(m_sql, 1);
    m_loadSummary = new QLabel;
    m_loadSummary->setObjectName(u"loadSummary"_s);
    m_loadSummary->setWordWrap(true);
    leftLayout->addWidget(m_parameters);
    connect(m_parameters, &ParameterPanel::changed, this, [this] {
        m_loadSummary->setText(m_parameters->describe());
        // A run's views under another load would tell the room about a run it did not see.
        if (m_activity == Activity::Idle && m_parameters->describe() != m_viewsLoad) {
            clearRunViews();
            showReadyMessage();
        }
    });
    m_sql->setMinimumHeight(140);
    auto* leftScroll = new QScrollArea;
    leftScroll->setObjectName(u"leftPanel"_s);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_verdict = new VerdictBanner;
    m_charts = new RunCharts;
    m_eventLog = new EventLogView;

    m_rightRows = new QSplitter(Qt::Vertical);
    m_rightRows->setChildrenCollapsible(false);
    m_rightRows->addWidget(m_charts);
    m_race = new RaceViews(m_eventLog);
    m_rightRows->addWidget(m_race);
    m_rightRows->setStretchFactor(0, 3);
    m_rightRows->setStretchFactor(1, 1);
    m_eventLog->setMinimumHeight(90);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_rightRows, 1);

    m_columns = new QSplitter(Qt::Horizontal);
    m_columns->setObjectName(u"columns"_s);
    m_columns->setChildrenCollapsible(false);
    m_columns->addWidget(leftScroll);
    m_columns->addWidget(right);
    m_columns->setStretchFactor(0, 1);
    m_columns->setStretchFactor(1, 2);
    m_columns->setSizes({440, 840});
    for (QSplitter* splitter : {m_columns, m_rightRows})
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userArranged = true; });
    setCentralWidget(m_columns);

    m_serverState = new QLabel;
    m_serverState->setObjectName(u"serverState"_s);
    statusBar()->addPermanentWidget(m_serverState, 1);
    statusBar()->addPermanentWidget(m_loadSummary, 1); // the projector's, in the server's place
    m_keysHint = new QLabel;
    m_keysHint->setObjectName(u"keysHint"_s);
    statusBar()->addPermanentWidget(m_keysHint);
}

void MainWindow::setProjectorMode(bool on) {
    if (m_projector->isChecked() != on) {
        m_projector->setChecked(on); // comes back through toggled()
        return;
    }
    if (m_theme.projector == on)
        return;
    m_theme.projector = on;
    // The room first reads verdict and charts; W brings the why-views in, in either mode.
    m_whyViews->setChecked(!on);
    showWhyViews(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        keepOnScreen(this); // the geometry full screen leaves behind for the way back
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    applyTheme();
}

void MainWindow::applyTheme() {
    m_theme.screenHeight = screen() ? screen()->geometry().height() : 0;
    const QFont font = m_theme.font();
    m_toolBar->setFont(m_theme.font(1.0, true));
    const int icon = m_theme.iconPixels(style()->pixelMetric(QStyle::PM_ToolBarIconSize));
    m_toolBar->setIconSize(QSize(icon, icon));
    statusBar()->setFont(font);
    menuBar()->setFont(font);
    m_serverState->setFont(font);
    m_sqlTitle->setFont(m_theme.font(0.9, true));
    m_loadSummary->setFont(m_theme.font(0.9, true));
    m_loadSummary->setText(m_parameters->describe());
    // On the projector the room reads verdict, charts and code; the knobs wait in normal mode.
    m_loadSummary->setVisible(m_theme.projector);
    m_serverState->setVisible(!m_theme.projector);
    m_sqlTitle->setVisible(!m_theme.projector); // the strategy's title is right above
    m_parameters->setVisible(!m_theme.projector);
    m_exercise->applyTheme(m_theme);
    // Chosen before the lecture; on the projector the tool bar's room is the run's.
    m_exerciseAction->setVisible(!m_theme.projector);
    m_strategies->applyTheme(m_theme);
    m_sql->applyTheme(m_theme);
    m_parameters->applyTheme(m_theme);
    m_charts->applyTheme(m_theme);
    m_verdict->applyTheme(m_theme);
    m_eventLog->applyTheme(m_theme);
    m_race->applyTheme(m_theme);
    showKeysHint();
    if (m_dialogs)
        m_dialogs->applyTheme();
    // Start carries the colour of going ahead, also on a projector.
    if (auto* start = m_toolBar->widgetForAction(m_start)) {
        start->setStyleSheet(
            u"QToolButton:enabled { color: white; background: %1; border-radius: 4px; "
            "padding: 2px 10px; }"
            "QToolButton:enabled:hover { background: %2; }"_s.arg(
                m_theme.good().name(), m_theme.good().darker(120).name()));
        start->setFont(m_theme.font(1.0, true));
    }
    arrangeSplitters();
}

void MainWindow::arrangeSplitters() {
    const int leftWidth = m_theme.projector ? width() * 39 / 100 : width() * 9 / 26;
    m_columns->setSizes({leftWidth, width() - leftWidth});
    const int rows = qMax(100, m_rightRows->height());
    m_rightRows->setSizes({rows * 3 / 4, rows - rows * 3 / 4});
}

void MainWindow::showWhyViews(bool shown) {
    m_race->setVisible(shown);
    // On the projector they take the charts' place, at the size the room reads.
    m_charts->setVisible(!shown || !m_theme.projector);
    showKeysHint();
    if (!m_userArranged)
        arrangeSplitters();
}

void MainWindow::showKeysHint() {
    m_keysHint->setFont(m_theme.font(0.9, true));
    m_keysHint->setText(m_theme.projector ? (m_whyViews->isChecked()
                                                 ? tr("W hides the why-views · F11 ends projector")
                                                 : tr("W shows why: log, timeline, locks · F11 "
                                                      "ends projector"))
                                          : tr("F11 projector"));
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // A restored or default size that does not fit this screen, title bar included, shrinks.
    keepOnScreen(this);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // Full screen on another projector: type for that screen's height.
    if (m_theme.projector && screen() && screen()->geometry().height() != m_theme.screenHeight) {
        applyTheme();
        return;
    }
    // Proportions that suit the window's size, until the user drags a splitter.
    if (!m_userArranged)
        arrangeSplitters();
}

void MainWindow::showServerState() {
    QString text;
    switch (m_server.state()) {
    case ServerConnection::State::Idle:
    case ServerConnection::State::Starting:
        text = m_server.isEmbedded() ? tr("Starting the private PostgreSQL server…")
                                     : tr("Connecting to the PostgreSQL server…");
        break;
    case ServerConnection::State::Ready:
        // The private server's socket path is long; the tooltip has it.
        text =
            m_server.isEmbedded()
                ? tr("Server ready: the private server, schema %1").arg(m_server.settings().schema)
                : tr("Server ready: schema %1 on another server").arg(m_server.settings().schema);
        break;
    case ServerConnection::State::Failed:
        text = tr("Server not available: %1").arg(m_server.errorText().simplified());
        break;
    }
    m_serverState->setText(text);
    m_serverState->setToolTip(m_server.errorText().isEmpty() ? m_server.describe()
                                                             : m_server.errorText());
    if (m_activity == Activity::Idle) {
        switch (m_server.state()) {
        case ServerConnection::State::Ready:
            // Another server or schema: the views of a run elsewhere do not stay.
            showReadyMessage();
            clearRunViews();
            break;
        case ServerConnection::State::Failed:
            m_verdict->setFailure(tr("✗ The server is not available"),
                                  tr("%1\nUse “Server…” to retry or to connect to another server.")
                                      .arg(m_server.errorText().trimmed()));
            break;
        default:
            m_verdict->setMessage(text, tr("Start becomes available once the server is ready."));
            break;
        }
    }
    updateActions();
}

void MainWindow::updateActions() {
    const bool ready = m_server.state() == ServerConnection::State::Ready;
    const bool idle = m_activity == Activity::Idle && m_busyElsewhere.isEmpty();
    const bool haveStrategy = !m_strategies->current().isNull();
    m_start->setEnabled(ready && idle && haveStrategy);
    m_reset->setEnabled(ready && idle && haveStrategy);
    m_stop->setEnabled(m_activity == Activity::Running);
    m_connect->setEnabled(idle);
    m_open->setEnabled(idle);
    m_strategies->setSelectionEnabled(idle);
    m_exercise->setChoiceEnabled(idle);
    m_parameters->setEnabled(idle);
    QString reason;
    if (!m_busyElsewhere.isEmpty())
        reason = m_busyElsewhere;
    else if (!idle)
        reason = tr("A run is going: stop it first (Space)");
    else if (m_server.state() == ServerConnection::State::Failed)
        reason = tr("Start is unavailable: the server is not available");
    else if (!ready)
        reason = tr("Start is unavailable until the server is ready");
    else if (!haveStrategy)
        reason = tr("Pick a strategy first");
    m_start->setToolTip(reason.isEmpty() ? tr("Reset the tables and run the load test (Space)")
                                         : reason);
}

void MainWindow::setCapacities(const QList<int>& capacities) {
    if (capacities.isEmpty() || m_activity != Activity::Idle)
        return;
    m_capacities = capacities;
    clearRunViews();
}

void MainWindow::setExercise(Exercise exercise) {
    if (m_activity != Activity::Idle || !m_busyElsewhere.isEmpty()) {
        m_exercise->setCurrent(this->exercise()); // the choice waits, as the strategy's does
        return;
    }
    m_exercise->setCurrent(exercise);
    // The other exercise's built-ins give way; a student's own scripts serve both.
    QList<StrategyScript> strategies = builtinStrategies(exercise);
    for (const StrategyScript& script : m_strategies->strategies()) {
        if (!script.fileName().startsWith(u":/"_s))
            strategies.append(script);
    }
    m_parameters->setMaxTries(maxTriesOf(exercise));
    m_strategies->setStrategies(strategies); // shows the first one, and clears every view
    clearRunViews();
    Q_EMIT exerciseChanged(exercise);
}

bool MainWindow::isRunning() const {
    return m_activity != Activity::Idle;
}

void MainWindow::toggleRun() {
    if (m_activity == Activity::Running)
        stopRun();
    else if (m_activity == Activity::Idle)
        startRun();
}

void MainWindow::setBusyElsewhere(const QString& reason) {
    m_busyElsewhere = reason;
    updateActions();
}

void MainWindow::startRun() {
    if (m_activity != Activity::Idle || !m_busyElsewhere.isEmpty())
        return;
    if (m_server.state() != ServerConnection::State::Ready) {
        statusBar()->showMessage(tr("Start is unavailable until the server is ready."), 5000);
        return;
    }
    const StrategyScript strategy = m_strategies->current();
    if (strategy.isNull())
        return;
    if (m_interactive && !m_serverChoice->confirm(tr("run a load test")))
        return;
    Scenario scenario;
    m_parameters->fill(&scenario);
    scenario.exercise = exercise();
    scenario.capacities = m_capacities;
    scenario.strategy = strategy;
    scenario.python = m_opened.python(strategy.fileName());
    clearRunViews();
    m_race->start(strategy, scenario.threads, scenario.exercise);
    m_strategies->showError({});
    m_loadTest->setConnection(m_server.settings());
    m_running = strategy;
    m_activity = Activity::Running;
    m_verdict->setMessage(tr("▶ Starting %1…").arg(strategyTitle(strategy)),
                          tr("Resetting the tables to %1 free seats").arg(scenario.capacity()));
    if (!m_loadTest->start(scenario, m_runNumber + 1)) {
        m_activity = Activity::Idle;
        m_verdict->setFailure(tr("✗ The run could not start"), {});
    } else {
        ++m_runNumber;
        statusBar()->showMessage(tr("Run %1: %2").arg(m_runNumber).arg(strategyTitle(strategy)));
    }
    updateActions();
}

void MainWindow::stopRun() {
    if (m_activity != Activity::Running)
        return;
    m_loadTest->stop();
    m_stop->setEnabled(false);
    statusBar()->showMessage(tr("Stopping…"));
}

void MainWindow::resetTables() {
    if (m_activity != Activity::Idle || m_server.state() != ServerConnection::State::Ready ||
        !m_busyElsewhere.isEmpty())
        return;
    if (m_interactive && !m_serverChoice->confirm(tr("reset the tables")))
        return;
    // A run without reservations resets the tables and audits them, in LoadTest's threads.
    Scenario scenario;
    scenario.exercise = exercise();
    scenario.capacities = m_capacities;
    scenario.strategy = m_strategies->current();
    scenario.threads = 1;
    scenario.perThread = 0;
    m_loadTest->setConnection(m_server.settings());
    m_activity = Activity::Resetting;
    m_verdict->setMessage(tr("Resetting the tables…"));
    if (!m_loadTest->start(scenario)) {
        m_activity = Activity::Idle;
        m_verdict->setFailure(tr("✗ The tables could not be reset"), {});
    }
    updateActions();
}

void MainWindow::connectToServer() {
    if (m_activity == Activity::Idle && m_serverChoice->chooseAnother(m_theme))
        showServerState();
}

void MainWindow::chooseStrategyFile() {
    if (m_activity != Activity::Idle)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a strategy script or a Python answer"), {},
        tr("Strategy scripts (*.sql);;Python answers (*.py *.ipynb);;All files (*)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!openStrategyFile(path, error))
        reportError(tr("The script has an error"), error.text());
}

bool MainWindow::openStrategyFile(const QString& path, Error& error) {
    const StrategyScript script = m_opened.open(path, error);
    if (script.isNull()) {
        m_strategies->showError(tr("Not loaded: %1").arg(error.text()));
        statusBar()->showMessage(error.text(), 10000);
        return false;
    }
    m_strategies->addStrategy(script);
    statusBar()->showMessage(tr("Opened %1").arg(script.fileName()), 5000);
    return true;
}

void MainWindow::showStrategy(const StrategyScript& script) {
    const PythonAnswer python = m_opened.python(script.fileName());
    if (python.isNull())
        m_sql->setScript(script);
    else
        m_sql->setPythonCode(python.code());
    m_parameters->setDemoLoad(script.demoLoad());
    const QString file = QFileInfo(script.fileName()).fileName();
    m_sqlTitle->setText(script.isNull()   ? QString()
                        : python.isNull() ? tr("The SQL that runs — %1").arg(file)
                                          : tr("The Python that runs — %1").arg(file));
    // The verdict of the strategy before, and its run's views, do not stay next to this one's
    // code.
    if (m_activity == Activity::Idle) {
        showReadyMessage();
        clearRunViews();
    }
    updateActions();
}

void MainWindow::showReadyMessage() {
    if (m_activity == Activity::Idle && m_server.state() == ServerConnection::State::Ready)
        m_verdict->setMessage(tr("Ready — press Space or Start to run %1")
                                  .arg(strategyTitle(m_strategies->current())),
                              m_server.describe());
}

void MainWindow::clearRunViews() {
    Scenario scenario;
    m_parameters->fill(&scenario);
    scenario.exercise = exercise();
    scenario.capacities = m_capacities;
    m_charts->clear(scenario, m_parameters->expectedSeconds());
    m_eventLog->clear(scenario.threads);
    m_race->clear(m_strategies->current(), scenario.threads, scenario.exercise);
    m_viewsLoad = m_parameters->describe();
}

void MainWindow::onSnapshot(const Snapshot& snapshot) {
    if (m_activity != Activity::Running)
        return;
    if (snapshot.waitingForOtherRun) {
        m_verdict->setMessage(tr("Waiting for another SeatSim run…"),
                              tr("Another window or program runs in schema “%1” on this "
                                 "server. This run starts when that one ends.")
                                  .arg(m_loadTest->connection().schema));
        return;
    }
    m_charts->addSnapshot(snapshot);
    if (snapshot.running)
        m_verdict->setSnapshot(strategyTitle(m_running), snapshot);
    m_eventLog->pull(m_loadTest->records());
    m_race->addSnapshot(snapshot, m_loadTest->records());
}

void MainWindow::onFinished(const RunResult& result) {
    const Activity activity = m_activity;
    m_activity = Activity::Idle;
    if (activity == Activity::Resetting) {
        clearRunViews();
        if (result.audit) {
            m_charts->showAudit(*result.audit);
            m_verdict->setMessage(
                tr("Tables reset — %1").arg(result.audit->verdict()),
                tr("Press Space or Start to run %1").arg(strategyTitle(m_strategies->current())));
        } else {
            m_verdict->setFailure(tr("✗ The tables could not be reset"), result.error);
            reportError(tr("Reset failed"), result.error);
        }
        updateActions();
        Q_EMIT resetFinished(result);
        return;
    }
    if (activity != Activity::Running)
        return;
    m_eventLog->pull(m_loadTest->records());
    m_race->finish(result, m_loadTest->records());
    m_charts->finish(result, m_loadTest->snapshot().monitor.waitsSeen);
    m_verdict->setResult(strategyTitle(m_running), result);
    if (result.scriptError.isSet())
        m_strategies->showError(tr("Script error: %1").arg(result.scriptError.text()));
    statusBar()->showMessage(result.completed()
                                 ? tr("Run %1 finished in %2 s")
                                       .arg(m_runNumber)
                                       .arg(QLocale().toString(result.durationMs / 1000.0, 'f', 1))
                                 : tr("Run %1 ended: %2").arg(m_runNumber).arg(result.error));
    if (!result.error.isEmpty() && !result.stoppedByUser) {
        QString text = result.error;
        if (!result.problems.isEmpty())
            text += u"\n\n"_s + result.problems.mid(0, 5).join(u'\n');
        reportError(tr("The run did not finish"), text);
        if (m_server.isEmbedded())
            m_server.recoverInBackground();
    }
    updateActions();
    Q_EMIT runFinished(result);
}

void MainWindow::reportError(const QString& title, const QString& text) {
    statusBar()->showMessage(u"%1: %2"_s.arg(title, text.simplified()), 15000);
    if (!m_interactive)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::strategyTitle(const StrategyScript& script) const {
    return script.isNull() ? tr("no strategy") : script.title(strategyLanguage());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings->save();
    m_dialogs->cancelComparison();
    if (m_activity != Activity::Idle)
        m_loadTest->stop();
    event->accept();
}

} // namespace seatsim
