#pragma once

#include "common/error.h"
#include "engine/comparison.h"
#include "style/theme.h"

#include <QDialog>
#include <QImage>
#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace seatsim {

class ComparisonTable;

// The slide that ends the lecture: the chosen strategies, R runs each with the same seeds,
// one run after another; then one table with the judge's verdict of each strategy and every
// key figure beside it, each figure column drawn as a bar chart of its own.
class ComparisonView : public QDialog {
    Q_OBJECT
public:
    // Fast: the exercise's headless load, the whole catalogue in seconds. Watchable: the load
    // of the main window's parameter panel.
    enum class Pace { Fast, Watchable };
    Q_ENUM(Pace)

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // What to offer and how: the strategies of the selector, the load of the parameter panel,
    // the server. `blocked` says why no comparison may start now (a run in the window), or "".
    void prepare(const QList<StrategyScript>& strategies, const Scenario& scenario,
                 double expectedSecondsPerRun, const ConnectionSettings& connection,
                 std::function<QString()> blocked);
    void applyTheme(const Theme& theme);
    const Theme& theme() const { return m_theme; }

    void setChecked(const QStringList& ids);
    QStringList checkedIds() const;
    void setRuns(int runs);
    void setPace(Pace pace);
    Pace pace() const;
    // The load of the next comparison, by the pace.
    Scenario load() const;
    bool start();
    void cancel();
    bool isRunning() const { return m_comparison.isRunning(); }
    // By the suffix: .csv (the table), .json/.jsonl (the headless JSON Lines), .png, .svg.
    bool exportTo(const QString& path, Error& error);
    // The table with every row, as the PNG export draws it (for the report).
    QImage chartImage() const;

    Comparison* comparison() { return &m_comparison; }
    ComparisonTable* table() const { return m_table; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* timeLeftLabel() const { return m_timeLeft; }
    QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();

private:
    void exportResults();
    void updateProgress();
    void onFinished();
    void fillTable();
    void updateButtons();
    void updateLoad();
    QString title(const QString& id) const;
    QString describe(const Scenario& scenario) const;
    double expectedSecondsPerRun() const;

    Comparison m_comparison;
    QList<StrategyScript> m_strategies;
    Scenario m_scenario; // the main window's
    double m_expectedSeconds = 5;
    std::function<QString()> m_blocked;
    Theme m_theme;

    QPushButton* m_choose = nullptr;
    QListWidget* m_list = nullptr;
    QSpinBox* m_runs = nullptr;
    QRadioButton* m_fast = nullptr;
    QRadioButton* m_watchable = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_heading = nullptr;
    ComparisonTable* m_table = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace seatsim
