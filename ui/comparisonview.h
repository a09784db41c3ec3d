#pragma once

#include "comparison.h"
#include "theme.h"

#include <QDialog>
#include <functional>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QHorizontalStackedBarSeries;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace seatsim {

// The slide that ends the lecture: the chosen strategies, R runs each with the same seeds,
// one run after another; then a table and a bar chart of how often each one broke the
// database and what it cost (deadlocks, serialization failures, retries, throughput).
class ComparisonView : public QDialog {
    Q_OBJECT
public:
    enum Metric { Inconsistent, MeanDrift, Deadlocks, SerializationFailures, Retries, Throughput };
    Q_ENUM(Metric)

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // What to offer and how: the strategies of the selector, the load of the parameter panel,
    // the server. `blocked` says why no comparison may start now (a run in the window), or "".
    void prepare(const QList<StrategyScript>& strategies, const Scenario& scenario,
                 double expectedSecondsPerRun, const ConnectionSettings& connection,
                 std::function<QString()> blocked);
    void applyTheme(const Theme& theme);

    void setChecked(const QStringList& ids);
    QStringList checkedIds() const;
    void setRuns(int runs);
    bool start();
    void cancel();
    bool isRunning() const { return m_comparison.isRunning(); }
    void setMetric(Metric metric);
    // By the suffix: .csv (the table), .json/.jsonl (the headless JSON Lines), .png, .svg.
    bool exportTo(const QString& path, QString* error);

    Comparison* comparison() { return &m_comparison; }
    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_chartView; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* timeLeftLabel() const { return m_timeLeft; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();

private:
    void exportResults();
    void updateProgress();
    void onFinished();
    void fillTable();
    void fillChart();
    void updateButtons();
    QString title(const QString& id) const;
    double value(const StrategyTotals& totals, Metric metric) const;
    QString metricName(Metric metric) const;

    Comparison m_comparison;
    QList<StrategyScript> m_strategies;
    Scenario m_scenario;
    double m_expectedSeconds = 5;
    std::function<QString()> m_blocked;
    Theme m_theme;

    QListWidget* m_list = nullptr;
    QSpinBox* m_runs = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_load = nullptr;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_metric = nullptr;
    QChartView* m_chartView = nullptr;
    QHorizontalStackedBarSeries* m_series = nullptr;
    QBarSet* m_brokenSet = nullptr;
    QBarSet* m_safeSet = nullptr;
    QBarSet* m_otherSet = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace seatsim
