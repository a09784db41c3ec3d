#pragma once

#include "engine/loadtest.h"
#include "engine/strategytotals.h"

#include <QElapsedTimer>
#include <QObject>

namespace seatsim {

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
    // The exercise's load as the headless mode runs it (5 workers × 20 reservations, 5 ms
    // think, no pause between reservations), with the seed and max tries of `base`; each
    // worker's session breaks deadlocks after 20 ms where the login may set that.
    static Scenario fastLoad(const Scenario& base);
    static constexpr int fastDeadlockTimeoutMs = 20;
    static constexpr int fastTimeLimitMs = 30000;
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
    // Wall time of the comparison so far (or of the whole, once it ended).
    double elapsedSeconds() const;
    Scenario scenario() const { return m_scenario; }
    int runsEach() const { return m_runsEach; }
    bool wasCancelled() const { return m_cancelled; }
    LoadTest* loadTest() { return &m_loadTest; }

Q_SIGNALS:
    void progressed();
    void runFinished(const seatsim::RunResult& result);
    void finished();

private:
    void startNext();
    void onFinished(const RunResult& result);
    void end();

    LoadTest m_loadTest;
    QList<StrategyScript> m_strategies;
    Scenario m_scenario;
    int m_runsEach = 0;
    QList<RunResult> m_results;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace seatsim
