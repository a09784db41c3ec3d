#pragma once

#include "loadtest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

namespace seatsim {

// What R runs of one strategy add up to; the JSON row is the headless summary's.
struct StrategyTotals {
    QString id;
    QString title;
    StrategyScript::Kind kind = StrategyScript::Kind::Unspecified;
    int runs = 0;
    int inconsistentRuns = 0;
    int deadlockRuns = 0;
    int failedRuns = 0;
    qint64 driftSum = 0;
    RunCounters counters;
    qint64 durationMs = 0;

    void add(const RunResult& result);
    double inconsistentShare() const { return runs > 0 ? double(inconsistentRuns) / runs : 0.0; }
    double meanDrift() const;
    double attemptsPerSecond() const {
        return durationMs > 0 ? counters.attempts * 1000.0 / durationMs : 0.0;
    }
    QJsonObject toJson() const;
};

// Runs a set of strategies R times each, one LoadTest after another, never two at once.
// Run r of every strategy uses the seed scenario.seed + r - 1, as the headless mode does.
class Comparison : public QObject {
    Q_OBJECT
public:
    explicit Comparison(QObject* parent = nullptr);
    ~Comparison() override;

    void setConnection(const ConnectionSettings& settings) { m_loadTest.setConnection(settings); }
    // False when a comparison is going or there is nothing to run.
    bool start(const QList<StrategyScript>& strategies, const Scenario& scenario, int runs);
    void cancel();
    bool isRunning() const { return m_running; }

    int totalRuns() const { return int(m_strategies.size()) * m_runsEach; }
    int completedRuns() const { return int(m_results.size()); }
    // Fraction of the whole comparison done, counting the attempts of the current run.
    double progress() const;
    // Estimated seconds left, from the runs so far (or from `estimate` before the first ends).
    double secondsLeft(double estimatePerRun) const;

    const QList<RunResult>& results() const { return m_results; }
    QList<StrategyTotals> totals() const;
    Scenario scenario() const { return m_scenario; }
    int runsEach() const { return m_runsEach; }
    bool wasCancelled() const { return m_cancelled; }
    LoadTest* loadTest() { return &m_loadTest; }

    // The lines `seatsim --headless --json` prints for the same runs: one object per run,
    // then the summary.
    QList<QJsonObject> jsonLines() const;

Q_SIGNALS:
    void progressed();
    void runFinished(const seatsim::RunResult& result);
    void finished();

private:
    void startNext();
    void onFinished(const RunResult& result);

    LoadTest m_loadTest;
    QList<StrategyScript> m_strategies;
    Scenario m_scenario;
    int m_runsEach = 0;
    QList<RunResult> m_results;
    qint64 m_lastAttempts = 0;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

// The summary object of a set of totals, as the headless mode prints it.
QJsonObject summaryJson(const QList<StrategyTotals>& totals);

} // namespace seatsim
