#include "window/windowsettings.h"

#include "settings/language.h"
#include "settings/settings.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
bool isBuiltin(const StrategyScript& script) {
    return script.fileName().startsWith(u":/"_s);
}
} // namespace

WindowSettings::WindowSettings(MainWindow& window, const StartOptions& commandLine)
    : m_window(window) {
    restore(commandLine);
    connect(window.parameterPanel(), &ParameterPanel::changed, this, [this] {
        if (m_restoring)
            return;
        Scenario scenario;
        m_window.parameterPanel()->fill(&scenario);
        settings::setScenario(scenario);
    });
    connect(window.strategyPanel(), &StrategyPanel::currentChanged, this,
            &WindowSettings::rememberStrategy);
    connect(window.parameterPanel()->keepLoad(), &QCheckBox::toggled, this,
            [](bool keep) { settings::setKeepLoad(keep); });
    connect(window.projectorAction(), &QAction::toggled, this,
            [](bool on) { settings::setProjectorMode(on); });
    connect(&window, &MainWindow::exerciseChanged, this,
            [](Exercise exercise) { settings::setExercise(exercise); });
}

void WindowSettings::restore(const StartOptions& commandLine) {
    m_restoring = true;
    // --exercise wins over the one chosen last time.
    if (!commandLine.exerciseGiven && settings::exercise() != m_window.exercise())
        m_window.setExercise(settings::exercise());
    StrategyPanel* panel = m_window.strategyPanel();
    QList<StrategyScript> strategies = panel->strategies();
    const StrategyScript chosen = panel->current();
    QStringList problems;
    strategies += settings::userStrategies(&problems);
    for (const QString& path : settings::openedStrategyFiles()) {
        if (!QFileInfo(path).isFile())
            continue;
        Error error;
        const StrategyScript script =
            StrategyScript::load(path, standardProvidedVariables(), error);
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

    // A load typed once does not change the next lecture's lessons unless kept on purpose.
    ParameterPanel* load = m_window.parameterPanel();
    Scenario defaults = ParameterPanel::defaults();
    defaults.maxTries = maxTriesOf(m_window.exercise());
    load->setScenario(settings::scenario(defaults));
    if (!settings::keepLoad()) {
        load->resetLoad();
        load->setMaxTries(maxTriesOf(m_window.exercise()));
    }
    load->keepLoad()->setChecked(settings::keepLoad());
    const QByteArray geometry = settings::windowGeometry();
    if (!geometry.isEmpty())
        m_window.restoreGeometry(geometry);
    if (settings::projectorMode())
        m_window.setProjectorMode(true);
    if (!problems.isEmpty())
        m_window.statusBar()->showMessage(
            tr("Own strategies not loaded: %1").arg(problems.join(u"; "_s)), 15000);
    m_restoring = false;
}

void WindowSettings::rememberStrategy() {
    const StrategyScript script = m_window.strategyPanel()->current();
    if (m_restoring || script.isNull())
        return;
    settings::setLastStrategy(isBuiltin(script) ? script.id() : script.fileName());
    const QString userDir = QFileInfo(settings::userStrategyDir()).absoluteFilePath();
    if (!isBuiltin(script) && !script.fileName().startsWith(userDir))
        settings::addOpenedStrategyFile(script.fileName());
}

void WindowSettings::save() {
    Scenario scenario;
    m_window.parameterPanel()->fill(&scenario);
    settings::setScenario(scenario);
    rememberStrategy();
    settings::setProjectorMode(m_window.isProjectorMode());
    settings::setExercise(m_window.exercise());
    settings::setWindowGeometry(m_window.saveGeometry());
}

void WindowSettings::chooseLanguage(const QString& language) {
    saveLanguage(language);
    if (language == currentLanguage())
        return;
    const QString text = language == u"de" ? u"SeatSim spricht nach einem Neustart Deutsch."_s
                                           : u"SeatSim will speak English after a restart."_s;
    m_window.statusBar()->showMessage(text, 10000);
    if (!m_window.isInteractive())
        return;
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The language changes after a restart.") + u"\n\n"_s + text,
                    QMessageBox::NoButton, &m_window);
    QPushButton* now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    now->setEnabled(!m_window.isRunning());
    box.exec();
    if (box.clickedButton() == now)
        restart();
}

void WindowSettings::restart() {
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
    if (!m_window.close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

} // namespace seatsim
