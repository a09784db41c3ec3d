#include "window/windowmenus.h"

#include "settings/language.h"
#include "window/mainwindow.h"
#include "window/windowdialogs.h"
#include "window/windowexport.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace seatsim {

WindowMenus::WindowMenus(MainWindow& window, WindowDialogs& dialogs, WindowExport& exporter,
                         WindowSettings& settings)
    : m_window(window)
    , m_dialogs(dialogs)
    , m_export(exporter)
    , m_settings(settings) {
    createFileMenu();
    createRunMenu();
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
}

void WindowMenus::createFileMenu() {
    QMenu* file = m_window.menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction* newStrategy = file->addAction(tr("&New strategy…"));
    newStrategy->setObjectName(u"newStrategyAction"_s);
    newStrategy->setShortcut(QKeySequence::New);
    connect(newStrategy, &QAction::triggered, &m_dialogs, &WindowDialogs::showStrategyEditor);
    file->addAction(m_window.openStrategyAction());
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    connect(exportMenu->addAction(tr("Charts as PNG or SVG…")), &QAction::triggered, &m_export,
            &WindowExport::chooseChartsFile);
    connect(exportMenu->addAction(tr("Run as CSV or JSON…")), &QAction::triggered, &m_export,
            &WindowExport::chooseRunFile);
    connect(exportMenu->addAction(tr("Report as HTML or PDF…")), &QAction::triggered, &m_export,
            &WindowExport::chooseReportFile);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, &m_window, &QWidget::close);
}

void WindowMenus::createRunMenu() {
    QMenu* run = m_window.menuBar()->addMenu(tr("&Run"));
    run->setObjectName(u"runMenu"_s);
    // Space starts and stops; the menu shows it beside "Start or stop".
    for (QAction* action : {m_window.toggleRunAction(), m_window.startAction(),
                            m_window.stopAction(), m_window.resetAction()})
        run->addAction(action);
    run->addSeparator();
    QAction* compare = run->addAction(tr("&Compare strategies…"));
    compare->setObjectName(u"compareAction"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compare, &QAction::triggered, &m_dialogs, &WindowDialogs::showComparison);
    connect(run->addAction(tr("&Step by step…")), &QAction::triggered, &m_dialogs,
            &WindowDialogs::showStepMode);
    QAction* board = run->addAction(tr("Class &board…"));
    board->setObjectName(u"classBoardAction"_s);
    connect(board, &QAction::triggered, &m_dialogs, &WindowDialogs::showClassBoard);
}

void WindowMenus::createViewMenu() {
    QMenu* view = m_window.menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_window.projectorAction());
    view->addAction(m_window.whyViewsAction());
}

void WindowMenus::createSettingsMenu() {
    QMenu* settings = m_window.menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(u"settingsMenu"_s);
    QMenu* language = settings->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(this);
    for (const auto& [code, name] : {std::pair{u"de"_s, u"Deutsch"_s}, {u"en"_s, u"English"_s}}) {
        QAction* choice = language->addAction(name);
        choice->setObjectName(u"language_%1_Action"_s.arg(code));
        choice->setCheckable(true);
        choice->setChecked(currentLanguage() == code);
        choice->setActionGroup(group); // checking one unchecks the other
        connect(choice, &QAction::triggered, &m_settings,
                [this, code] { m_settings.chooseLanguage(code); });
        m_languages.insert(code, choice);
    }
}

void WindowMenus::createHelpMenu() {
    QMenu* help = m_window.menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction* guide = help->addAction(tr("&Guide to the exercise and the strategies"));
    guide->setObjectName(u"guideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, &m_dialogs, &WindowDialogs::showHelp);
    QAction* about = help->addAction(tr("&About SeatSim"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, &m_dialogs, &WindowDialogs::showAbout);
}

} // namespace seatsim
