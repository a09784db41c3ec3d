#include "window/windowdialogs.h"

#include "dialogs/classboardview.h"
#include "python/pythonanswer.h"

#include "dialogs/comparisonview.h"
#include "dialogs/helpdialog.h"
#include "dialogs/strategyeditor.h"
#include "race/stepmodeview.h"
#include "server/serverinfo.h"
#include "style/screenfit.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>

namespace seatsim {

WindowDialogs::WindowDialogs(MainWindow& window, const Theme& theme)
    : m_window(window)
    , m_theme(theme) {
}

WindowDialogs::~WindowDialogs() {
    if (m_comparison && m_comparison->isRunning()) {
        m_comparison->cancel();
        m_comparison->comparison()->loadTest()->waitForFinished();
    }
    delete m_comparison;
    delete m_editor;
    delete m_stepMode;
    delete m_help;
}

ComparisonView* WindowDialogs::comparison() const {
    return m_comparison;
}

void WindowDialogs::cancelComparison() {
    if (m_comparison && m_comparison->isRunning())
        m_comparison->cancel();
}

void WindowDialogs::applyTheme() {
    if (m_comparison)
        m_comparison->applyTheme(m_theme);
    if (m_editor)
        m_editor->applyTheme(m_theme);
    if (m_stepMode)
        m_stepMode->applyTheme(m_theme);
    if (m_classBoard)
        m_classBoard->applyTheme(m_theme);
    if (m_help)
        m_help->applyTheme(m_theme);
}

ComparisonView* WindowDialogs::showComparison() {
    if (!m_comparison) {
        m_comparison = new ComparisonView(&m_window);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_comparison, &ComparisonView::runningChanged, this, [this](bool running) {
            m_window.setBusyElsewhere(running ? tr("A comparison is running") : QString());
        });
    }
    Scenario scenario;
    m_window.parameterPanel()->fill(&scenario);
    MainWindow* window = &m_window;
    m_comparison->prepare(m_window.strategyPanel()->strategies(), scenario,
                          m_window.parameterPanel()->expectedSeconds(),
                          m_window.server()->settings(), [window] {
                              if (window->isRunning())
                                  return tr("A run is going in the main window: stop it first.");
                              if (window->server()->state() != ServerConnection::State::Ready)
                                  return tr("The server is not ready.");
                              return QString();
                          });
    m_comparison->applyTheme(m_theme);
    showForRoom(m_comparison, &m_window, m_theme.projector);
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

StrategyEditor* WindowDialogs::showStrategyEditor() {
    if (!m_editor) {
        m_editor = new StrategyEditor(&m_window);
        connect(m_editor, &StrategyEditor::saved, this, [this](const QString& path) {
            if (m_window.isRunning())
                return;
            Error error;
            if (!m_window.openStrategyFile(path, error))
                m_window.statusBar()->showMessage(error.text(), 10000);
        });
    }
    m_editor->applyTheme(m_theme);
    showForRoom(m_editor, &m_window, m_theme.projector);
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

StepModeView* WindowDialogs::showStepMode() {
    if (!m_stepMode) {
        m_stepMode = new StepModeView(&m_window);
        connect(m_stepMode, &StepModeView::busyChanged, this, [this](bool busy) {
            m_window.setBusyElsewhere(busy ? tr("Step-by-step mode is using the server")
                                           : QString());
        });
    }
    if (!m_stepMode->session()->isRunning()) {
        const StrategyScript current = m_window.strategyPanel()->current();
        m_stepMode->setConnection(m_window.server()->settings());
        // Step mode steps through a script's statements; a Python answer has none to show.
        QList<StrategyScript> scripts = m_window.strategyPanel()->strategies();
        scripts.removeIf([](const StrategyScript& script) {
            return PythonAnswer::isPythonFile(script.fileName());
        });
        m_stepMode->setStrategies(scripts, current.isNull() ? QString() : current.id());
    }
    m_stepMode->applyTheme(m_theme);
    showForRoom(m_stepMode, &m_window, m_theme.projector);
    m_stepMode->raise();
    m_stepMode->activateWindow();
    return m_stepMode;
}

ClassBoardView* WindowDialogs::showClassBoard() {
    if (!m_classBoard) {
        m_classBoard = new ClassBoardView(&m_window);
        connect(m_classBoard, &ClassBoardView::strategyChosen, &m_window,
                [this](const StrategyScript& script) {
                    m_window.strategyPanel()->addStrategy(script);
                    m_window.raise();
                    m_window.activateWindow();
                });
        m_classBoard->setFileOpener([this](const QString& path, Error& error) {
            if (!m_window.openStrategyFile(path, error))
                return false;
            m_window.raise();
            m_window.activateWindow();
            return true;
        });
    }
    m_classBoard->setConnection(m_window.server()->settings());
    m_classBoard->applyTheme(m_theme);
    showForRoom(m_classBoard, &m_window, m_theme.projector);
    m_classBoard->raise();
    m_classBoard->activateWindow();
    return m_classBoard;
}

HelpDialog* WindowDialogs::showHelp() {
    if (!m_help)
        m_help = new HelpDialog(builtinStrategies(), &m_window);
    m_help->applyTheme(m_theme);
    showForRoom(m_help, &m_window, m_theme.projector);
    m_help->raise();
    return m_help;
}

void WindowDialogs::showAbout() {
    QString version;
    if (m_window.server()->state() == ServerConnection::State::Ready) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Error ignored; // without a version the dialog says nothing about the server
        version = serverVersion(m_window.server()->settings(), ignored);
        QApplication::restoreOverrideCursor();
    }
    QMessageBox::about(&m_window, tr("About SeatSim"),
                       aboutText(version, m_window.server()->describe()));
}

} // namespace seatsim
