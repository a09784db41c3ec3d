#include "classroomkit.h"

#include "chartexport.h"
#include "comparisonview.h"
#include "export.h"
#include "helpdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "reportwriter.h"
#include "seatschart.h"
#include "serverinfo.h"
#include "sessionchart.h"
#include "settings.h"
#include "stepmodeview.h"
#include "strategyeditor.h"
#include "strategypanel.h"
#include "verdictbanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
bool isBuiltin(const StrategyScript& script) {
    return script.fileName().startsWith(u":/"_s);
}
} // namespace

ClassroomKit::ClassroomKit(MainWindow* window, const CommandLine& commandLine)
    : QObject(window)
    , m_window(window) {
    setObjectName(u"classroomKit"_s);
    createMenus();
    restoreSettings(commandLine);
    connect(window->parameterPanel(), &ParameterPanel::changed, this, [this] {
        if (m_restoring)
            return;
        Scenario scenario;
        m_window->parameterPanel()->fill(&scenario);
        settings::setScenario(scenario);
    });
    connect(window->strategyPanel(), &StrategyPanel::currentChanged, this,
            &ClassroomKit::rememberStrategy);
    connect(window->projectorAction(), &QAction::toggled, this,
            [](bool on) { settings::setProjectorMode(on); });
    window->installEventFilter(this);
}

ClassroomKit::~ClassroomKit() {
    if (m_comparison && m_comparison->isRunning()) {
        m_comparison->cancel();
        m_comparison->comparison()->loadTest()->waitForFinished();
    }
    delete m_comparison;
    delete m_editor;
    delete m_help;
}

QAction* ClassroomKit::action(const QString& objectName) const {
    return m_window->findChild<QAction*>(objectName);
}

void ClassroomKit::createMenus() {
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction* newStrategy = file->addAction(tr("&New strategy…"));
    newStrategy->setObjectName(u"newStrategyAction"_s);
    newStrategy->setShortcut(QKeySequence::New);
    connect(newStrategy, &QAction::triggered, this, &ClassroomKit::showStrategyEditor);
    if (QAction* open = m_window->findChild<QAction*>(u"openStrategyAction"_s))
        file->addAction(open);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    connect(exportMenu->addAction(tr("Charts as PNG or SVG…")), &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export the charts"), u"seatsim-charts.png"_s,
                         tr("PNG image (*.png);;SVG drawing (*.svg)"), &ClassroomKit::exportCharts);
    });
    connect(exportMenu->addAction(tr("Run as CSV or JSON…")), &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export the run"), u"seatsim-run.csv"_s,
                         tr("Attempts as CSV (*.csv);;Run and summary as JSON Lines (*.json "
                            "*.jsonl)"),
                         &ClassroomKit::exportRun);
    });
    connect(exportMenu->addAction(tr("Report as HTML or PDF…")), &QAction::triggered, this, [this] {
        exportWithDialog(tr("Export a report"), u"seatsim-report.html"_s,
                         tr("HTML page (*.html);;PDF document (*.pdf)"),
                         &ClassroomKit::exportReport);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);

    QMenu* run = bar->addMenu(tr("&Run"));
    run->setObjectName(u"runMenu"_s);
    for (QAction* action :
         {m_window->startAction(), m_window->stopAction(), m_window->resetAction()})
        run->addAction(action);
    run->addSeparator();
    QAction* compare = run->addAction(tr("&Compare strategies…"));
    compare->setObjectName(u"compareAction"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compare, &QAction::triggered, this, &ClassroomKit::showComparison);
    connect(run->addAction(tr("&Step by step…")), &QAction::triggered, this,
            [this] { StepModeView::showFor(m_window); });

    QMenu* view = bar->addMenu(tr("&Settings"));
    view->setObjectName(u"settingsMenu"_s);
    view->addAction(m_window->projectorAction());
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(this);
    for (const auto& [code, name] : {std::pair{u"de"_s, u"Deutsch"_s}, {u"en"_s, u"English"_s}}) {
        QAction* choice = language->addAction(name);
        choice->setObjectName(u"language_%1_Action"_s.arg(code));
        choice->setCheckable(true);
        choice->setChecked(currentLanguage() == code);
        choice->setActionGroup(group);
        connect(choice, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction* guide = help->addAction(tr("&Guide to the exercise and the strategies"));
    guide->setObjectName(u"guideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &ClassroomKit::showHelp);
    QAction* about = help->addAction(tr("&About SeatSim"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &ClassroomKit::showAbout);
}

void ClassroomKit::restoreSettings(const CommandLine& commandLine) {
    m_restoring = true;
    StrategyPanel* panel = m_window->strategyPanel();
    QList<StrategyScript> strategies = panel->strategies();
    const StrategyScript chosen = panel->current();
    QStringList problems;
    strategies += settings::userStrategies(&problems);
    for (const QString& path : settings::openedStrategyFiles()) {
        if (!QFileInfo(path).isFile())
            continue;
        ScriptError error;
        const StrategyScript script =
            StrategyScript::load(path, standardProvidedVariables(), &error);
        const bool known =
            std::any_of(strategies.cbegin(), strategies.cend(),
                        [&](const StrategyScript& s) { return s.fileName() == path; });
        if (!script.isNull() && !known)
            strategies.append(script);
    }
    panel->setStrategies(strategies);

    // The command line names a strategy only when it differs from its default.
    const bool commandLineChose = commandLine.strategies != QStringList{u"naive"_s};
    const QString remembered = commandLineChose ? chosen.fileName() : settings::lastStrategy();
    bool selected = false;
    for (int i = 0; i < strategies.size() && !remembered.isEmpty() && !selected; ++i) {
        if (strategies.at(i).id() == remembered || strategies.at(i).fileName() == remembered)
            selected = panel->selectIndex(i);
    }
    if (!selected && !chosen.isNull())
        panel->selectId(chosen.id());

    m_window->parameterPanel()->setScenario(settings::scenario(ParameterPanel::defaults()));
    const QByteArray geometry = settings::windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (settings::projectorMode())
        m_window->setProjectorMode(true);
    if (!problems.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Own strategies not loaded: %1").arg(problems.join(u"; "_s)), 15000);
    m_restoring = false;
}

void ClassroomKit::rememberStrategy() {
    const StrategyScript script = m_window->strategyPanel()->current();
    if (m_restoring || script.isNull())
        return;
    settings::setLastStrategy(isBuiltin(script) ? script.id() : script.fileName());
    const QString userDir = QFileInfo(settings::userStrategyDir()).absoluteFilePath();
    if (!isBuiltin(script) && !script.fileName().startsWith(userDir))
        settings::addOpenedStrategyFile(script.fileName());
}

void ClassroomKit::saveSettings() {
    Scenario scenario;
    m_window->parameterPanel()->fill(&scenario);
    settings::setScenario(scenario);
    rememberStrategy();
    settings::setProjectorMode(m_window->isProjectorMode());
    settings::setWindowGeometry(m_window->saveGeometry());
}

bool ClassroomKit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Close) {
        saveSettings();
        if (m_comparison && m_comparison->isRunning())
            m_comparison->cancel();
    }
    return QObject::eventFilter(watched, event);
}

void ClassroomKit::chooseLanguage(const QString& language) {
    saveLanguage(language);
    for (const QString& code : {u"de"_s, u"en"_s}) {
        if (QAction* choice = action(u"language_%1_Action"_s.arg(code)))
            choice->setChecked(code == language);
    }
    if (language == currentLanguage())
        return;
    const QString text = language == u"de" ? u"SeatSim spricht nach einem Neustart Deutsch."_s
                                           : u"SeatSim will speak English after a restart."_s;
    m_window->statusBar()->showMessage(text, 10000);
    if (!m_window->isInteractive())
        return;
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The language changes after a restart.") + u"\n\n"_s + text,
                    QMessageBox::NoButton, m_window);
    QPushButton* now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    now->setEnabled(!m_window->isRunning());
    box.exec();
    if (box.clickedButton() == now)
        restart();
}

void ClassroomKit::restart() {
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang would override the choice just saved.
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == u"--lang")
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(u"--lang="_s))
            arguments.remove(i);
        else
            ++i;
    }
    if (!m_window->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

ComparisonView* ClassroomKit::showComparison() {
    if (!m_comparison) {
        m_comparison = new ComparisonView(m_window);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_comparison, &ComparisonView::runningChanged, this, [this](bool running) {
            m_window->setBusyElsewhere(running ? tr("A comparison is running") : QString());
        });
    }
    Scenario scenario;
    m_window->parameterPanel()->fill(&scenario);
    MainWindow* window = m_window;
    m_comparison->prepare(m_window->strategyPanel()->strategies(), scenario,
                          m_window->parameterPanel()->expectedSeconds(),
                          m_window->server()->settings(), [window] {
                              if (window->isRunning())
                                  return tr("A run is going in the main window: stop it first.");
                              if (window->server()->state() != ServerConnection::State::Ready)
                                  return tr("The server is not ready.");
                              return QString();
                          });
    Theme theme;
    theme.baseFont = QApplication::font();
    theme.projector = m_window->isProjectorMode();
    m_comparison->applyTheme(theme);
    if (theme.projector)
        m_comparison->showMaximized();
    else
        m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

StrategyEditor* ClassroomKit::showStrategyEditor() {
    if (!m_editor) {
        m_editor = new StrategyEditor(m_window);
        connect(m_editor, &StrategyEditor::saved, this, [this](const QString& path) {
            if (m_window->isRunning())
                return;
            QString error;
            if (!m_window->openStrategyFile(path, &error))
                m_window->statusBar()->showMessage(error, 10000);
        });
    }
    Theme theme;
    theme.baseFont = QApplication::font();
    theme.projector = m_window->isProjectorMode();
    m_editor->applyTheme(theme);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

HelpDialog* ClassroomKit::showHelp() {
    if (!m_help)
        m_help = new HelpDialog(builtinStrategies(), m_window);
    Theme theme;
    theme.baseFont = QApplication::font();
    theme.projector = m_window->isProjectorMode();
    m_help->applyTheme(theme);
    m_help->show();
    m_help->raise();
    return m_help;
}

void ClassroomKit::showAbout() {
    QString version;
    if (m_window->server()->state() == ServerConnection::State::Ready) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        version = serverVersion(m_window->server()->settings());
        QApplication::restoreOverrideCursor();
    }
    QMessageBox::about(m_window, tr("About SeatSim"),
                       aboutText(version, m_window->server()->describe()));
}

void ClassroomKit::exportWithDialog(const QString& title, const QString& defaultName,
                                    const QString& filters,
                                    bool (ClassroomKit::*write)(const QString&, QString*)) {
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, title, defaultName, filters, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = filter.indexOf(u"*."_s);
        if (star >= 0)
            path += filter.mid(star + 1).section(u' ', 0, 0).remove(u')');
    }
    QString error;
    if ((this->*write)(path, &error))
        m_window->statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
    else
        QMessageBox::warning(m_window, tr("Export failed"), error);
}

bool ClassroomKit::exportCharts(const QString& path, QString* error) {
    const QList<QWidget*> charts{m_window->seatsChart(), m_window->sessionChart()};
    if (QFileInfo(path).suffix().toLower() == u"svg")
        return chartexport::saveSvg(charts, path, tr("SeatSim charts"), error);
    return chartexport::savePng(charts, path, error);
}

bool ClassroomKit::exportRun(const QString& path, QString* error) {
    const RunResult result = m_window->loadTest()->lastResult();
    if (result.strategy.isEmpty()) {
        if (error)
            *error = tr("There is no run to export yet.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json" || suffix == u"jsonl")
        return exporting::writeText(path, exporting::jsonLines(exporting::runJsonLines(result)),
                                    error);
    return exporting::writeText(
        path, exporting::runCsv(result, m_window->loadTest()->records().since(0)), error);
}

bool ClassroomKit::exportReport(const QString& path, QString* error) {
    Report report;
    report.result = m_window->loadTest()->lastResult();
    if (report.result.strategy.isEmpty()) {
        if (error)
            *error = tr("There is no run to report yet.");
        return false;
    }
    report.strategy = report.result.scenario.strategy;
    report.server = m_window->server()->describe();
    report.charts = chartexport::image({m_window->seatsChart(), m_window->sessionChart()});
    report.verdictHeadline = m_window->verdictBanner()->headline();
    report.verdictDetail = m_window->verdictBanner()->detail();
    if (m_comparison && !m_comparison->isRunning() &&
        m_comparison->comparison()->completedRuns() > 0) {
        report.comparison = m_comparison->comparison()->totals();
        for (StrategyTotals& totals : report.comparison) {
            for (const StrategyScript& s : m_window->strategyPanel()->strategies()) {
                if (s.id() == totals.id)
                    totals.title = s.title(currentLanguage());
            }
        }
        report.comparisonChart = chartexport::image({m_comparison->chartView()});
    }
    if (QFileInfo(path).suffix().toLower() == u"pdf")
        return ReportWriter::writePdf(report, path, error);
    return ReportWriter::writeHtml(report, path, error);
}

} // namespace seatsim
