#pragma once

#include "engine/stepsession.h"
#include "server/connectionsettings.h"
#include "style/theme.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QTextEdit;
class QPushButton;
class QSpinBox;

namespace seatsim {

class LockGraphView;

// Step-by-step mode: 2–4 workers on the real server, each held before every statement. A
// column per worker shows the statements it ran with what each returned, and the one it is
// about to run; its Step button (or F1–F4) lets exactly that statement go. The presets replay
// the interleaving that loses an update or deadlocks, one press of Next (F5) per statement;
// a hint says what Next will do and the seats in the table are read after every step.
class StepModeView : public QWidget {
    Q_OBJECT
public:
    explicit StepModeView(QWidget* parent = nullptr);
    ~StepModeView() override;

    void setConnection(const ConnectionSettings& settings);
    void setStrategies(const QList<StrategyScript>& strategies, const QString& currentId = {});
    void applyTheme(const Theme& theme);

    StepSession* session() { return &m_session; }
    QComboBox* strategyBox() const { return m_strategy; }
    QSpinBox* workersBox() const { return m_workers; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* lostUpdateButton() const { return m_lostUpdate; }
    QPushButton* deadlockButton() const { return m_deadlock; }
    QPushButton* writeSkewButton() const { return m_writeSkew; } // a menu of two levels
    QPushButton* nextButton() const { return m_next; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton(int worker) const;
    QLabel* statusLabel(int worker) const;
    QLabel* outcomeLabel() const { return m_outcome; }
    QLabel* hintLabel() const { return m_hint; }
    QLabel* tableLabel() const { return m_table; }
    QTextEdit* historyView(int worker) const;
    LockGraphView* lockGraph() const { return m_lockGraph; }
    // The lost updates and the deadlock victims of the latest session, once it finished.
    int lostUpdates() const { return m_lostUpdates; }
    QList<int> deadlockVictims() const { return m_victims; }

Q_SIGNALS:
    // A session holds the server's tables (the main window waits meanwhile).
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Column {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* status = nullptr;
        QTextEdit* history = nullptr;
        QString html; // shown in history
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
    void showHistory(int worker, const StepWorkerState& state);
    void showTable();
    void showHint();
    int nextWorker() const; // the worker Next steps, 0 when none
    void placeOnScreen();
    void onStarted();
    void onFinished();
    void updateButtons();
    StrategyScript chosenStrategy() const;

    StepSession m_session;
    QList<StrategyScript> m_strategies;
    QList<int> m_plan;
    int m_planIndex = 0;
    bool m_stepInFlight = false;
    bool m_placed = false;
    QString m_presetName;
    int m_lostUpdates = 0;
    QList<int> m_victims;
    Theme m_theme;

    QComboBox* m_strategy = nullptr;
    QSpinBox* m_workers = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_lostUpdate = nullptr;
    QPushButton* m_deadlock = nullptr;
    QPushButton* m_writeSkew = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_table = nullptr;
    QLabel* m_outcome = nullptr;
    QList<Column> m_columns;
    LockGraphView* m_lockGraph = nullptr;
};

} // namespace seatsim
