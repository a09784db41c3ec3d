#pragma once

#include "connectionsettings.h"
#include "stepsession.h"
#include "theme.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace seatsim {

class LockGraphView;
class MainWindow;

// Step-by-step mode: 2–4 workers on the real server, each held before every statement. A
// column per worker shows what it is about to run; its Step button (or F1–F4) lets exactly
// that statement go. The presets replay the interleaving that loses an update or deadlocks,
// one press of Next (F5) per statement.
class StepModeView : public QWidget {
    Q_OBJECT
public:
    explicit StepModeView(QWidget* parent = nullptr);
    ~StepModeView() override;

    // The one step-mode window of `window`, with its strategies, server and theme.
    static StepModeView* showFor(MainWindow* window);

    void setConnection(const ConnectionSettings& settings);
    void setStrategies(const QList<StrategyScript>& strategies, const QString& currentId = {});
    void applyTheme(const Theme& theme);

    StepSession* session() { return &m_session; }
    QComboBox* strategyBox() const { return m_strategy; }
    QSpinBox* workersBox() const { return m_workers; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* lostUpdateButton() const { return m_lostUpdate; }
    QPushButton* deadlockButton() const { return m_deadlock; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* stepButton(int worker) const;
    QLabel* statusLabel(int worker) const;
    QLabel* outcomeLabel() const { return m_outcome; }
    LockGraphView* lockGraph() const { return m_lockGraph; }
    // The lost updates and the deadlock victims of the latest session, once it finished.
    int lostUpdates() const { return m_lostUpdates; }
    QList<int> deadlockVictims() const { return m_victims; }

Q_SIGNALS:
    // A session holds the server's tables (the main window waits meanwhile).
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Column {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* status = nullptr;
        QPlainTextEdit* sql = nullptr;
        QLabel* detail = nullptr;
        QPushButton* step = nullptr;
    };

    void startSession(const StepSettings& settings, const QList<int>& plan);
    void startChosen();
    void startPreset(StepSession::Preset preset);
    void stepWorker(int worker);
    void next();
    void playRest();
    void showStates();
    void showColumn(int worker, const StepWorkerState& state);
    void onStarted();
    void onFinished();
    void updateButtons();
    StrategyScript chosenStrategy() const;

    StepSession m_session;
    QList<StrategyScript> m_strategies;
    QList<int> m_plan;
    int m_planIndex = 0;
    bool m_stepInFlight = false;
    QString m_presetName;
    int m_lostUpdates = 0;
    QList<int> m_victims;
    Theme m_theme;

    QComboBox* m_strategy = nullptr;
    QSpinBox* m_workers = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_lostUpdate = nullptr;
    QPushButton* m_deadlock = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_outcome = nullptr;
    QList<Column> m_columns;
    LockGraphView* m_lockGraph = nullptr;
};

} // namespace seatsim
