#pragma once

#include "common/error.h"
#include "engine/loadtest.h"
#include "server/serverconnection.h"
#include "settings/startoptions.h"
#include "style/theme.h"
#include "window/exercisechoice.h"
#include "window/openedfiles.h"
#include "window/runcharts.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QToolBar;

namespace seatsim {

class CounterTiles;
class EventLogView;
class ParameterPanel;
class RaceViews;
class SeatsChart;
class ServerChoice;
class SessionChart;
class SqlView;
class StrategyPanel;
class StudentChart;
class VerdictBanner;
class WindowDialogs;
class WindowExport;
class WindowMenus;
class WindowSettings;

// The classroom window: pick a strategy, start, watch free + occupied leave the capacity line
// (or hold it), read the verdict. Everything it shows comes from LoadTest's snapshots, records
// and results; it never runs SQL itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const StartOptions& commandLine, QWidget* parent = nullptr);
    ~MainWindow() override;

    ServerConnection* server() { return &m_server; }
    LoadTest* loadTest() const { return m_loadTest.get(); }

    // Off for tests and scripted use: no confirmation before working on a server SeatSim did
    // not start, and no message boxes; the banner and the status bar still say everything.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // Another view (the comparison) is using the server: Start, Reset and the choices wait,
    // with `reason` as the tooltip. Empty: free again.
    void setBusyElsewhere(const QString& reason);

    bool isProjectorMode() const { return m_theme.projector; }
    const Theme& theme() const { return m_theme; }
    void setProjectorMode(bool on);

    // Adds a strategy script from a file and selects it; false with `error` (its file, line and
    // column) when it does not parse.
    bool openStrategyFile(const QString& path, Error& error);

    // Seats per session of the next runs and resets: the exercise's, or --capacity's.
    QList<int> capacities() const { return m_capacities; }
    void setCapacities(const QList<int>& capacities);

    // The exercise the window teaches: its catalogue, its rule, its charts. Changing it clears
    // every view, as a change of strategy does; only while idle.
    Exercise exercise() const { return m_exercise->current(); }
    void setExercise(Exercise exercise);

    bool isRunning() const;
    void startRun();
    void stopRun();
    void resetTables();

    StrategyPanel* strategyPanel() const { return m_strategies; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    SqlView* sqlView() const { return m_sql; }
    ExerciseChoice* exerciseChoice() const { return m_exercise; }
    RunCharts* runCharts() const { return m_charts; }
    SeatsChart* seatsChart() const { return m_charts->seatsChart(); }
    SessionChart* sessionChart() const { return m_charts->sessionChart(); }
    StudentChart* studentChart() const { return m_charts->studentChart(); } // two-seats
    CounterTiles* counterTiles() const { return m_charts->tiles(); }
    VerdictBanner* verdictBanner() const { return m_verdict; }
    EventLogView* eventLog() const { return m_eventLog; }
    RaceViews* raceViews() const { return m_race; }
    QAction* startAction() const { return m_start; }
    QAction* toggleRunAction() const { return m_toggle; } // Space
    QAction* stopAction() const { return m_stop; }
    QAction* resetAction() const { return m_reset; }
    QAction* projectorAction() const { return m_projector; }
    QAction* whyViewsAction() const { return m_whyViews; } // W: log, timeline, lost updates, locks
    QAction* openStrategyAction() const { return m_open; }
    QLabel* serverStateLabel() const { return m_serverState; }
    WindowMenus* menus() const { return m_menus.get(); }
    WindowDialogs* dialogs() const { return m_dialogs.get(); }
    WindowExport* exporter() const { return m_export.get(); }

Q_SIGNALS:
    // After the window has shown the result of a run or a reset.
    void runFinished(const seatsim::RunResult& result);
    void resetFinished(const seatsim::RunResult& result);
    void exerciseChanged(seatsim::Exercise exercise);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Activity { Idle, Running, Resetting };

    void createActions();
    void createLayout();
    void applyTheme();
    void arrangeSplitters();
    void showWhyViews(bool shown);
    void showKeysHint();
    void showServerState();
    void updateActions();
    void toggleRun();
    void connectToServer();
    void chooseStrategyFile();
    void showStrategy(const StrategyScript& script);
    // Every view of a run back to "nothing has run" for the current strategy and load: no
    // run's charts stay under another strategy's title.
    void clearRunViews();
    void showReadyMessage();
    void onSnapshot(const Snapshot& snapshot);
    void onFinished(const RunResult& result);
    void reportError(const QString& title, const QString& text);
    QString strategyTitle(const StrategyScript& script) const;

    ServerConnection m_server;
    std::unique_ptr<LoadTest> m_loadTest;
    Activity m_activity = Activity::Idle;
    int m_runNumber = 0;
    StrategyScript m_running;
    OpenedFiles m_opened;
    QList<int> m_capacities;
    bool m_interactive = true;
    Theme m_theme;
    bool m_wasMaximized = false;
    bool m_userArranged = false;

    ExerciseChoice* m_exercise = nullptr;
    StrategyPanel* m_strategies = nullptr;
    SqlView* m_sql = nullptr;
    ParameterPanel* m_parameters = nullptr;
    QString m_viewsLoad; // the load the run views show, in ParameterPanel::describe()'s words
    VerdictBanner* m_verdict = nullptr;
    EventLogView* m_eventLog = nullptr;
    RaceViews* m_race = nullptr;
    QSplitter* m_columns = nullptr;
    QSplitter* m_rightRows = nullptr;
    RunCharts* m_charts = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_serverState = nullptr;
    QLabel* m_sqlTitle = nullptr;
    QLabel* m_loadSummary = nullptr;
    QLabel* m_keysHint = nullptr;

    QAction* m_start = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_toggle = nullptr;
    QAction* m_projector = nullptr;
    QAction* m_whyViews = nullptr;
    QAction* m_connect = nullptr;
    QAction* m_open = nullptr;
    QAction* m_exerciseAction = nullptr; // the exercise choice in the tool bar
    std::unique_ptr<ServerChoice> m_serverChoice;
    // Made from the parts above, after them; the destructor ends them before the server.
    std::unique_ptr<WindowDialogs> m_dialogs;
    std::unique_ptr<WindowExport> m_export;
    std::unique_ptr<WindowSettings> m_settings;
    std::unique_ptr<WindowMenus> m_menus;
    QString m_busyElsewhere;
};

} // namespace seatsim
