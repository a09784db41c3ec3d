#include "engine/comparison.h"

using namespace Qt::StringLiterals;

namespace seatsim {

Comparison::Comparison(QObject* parent)
    : QObject(parent) {
    connect(&m_loadTest, &LoadTest::finished, this, &Comparison::onFinished);
    connect(&m_loadTest, &LoadTest::snapshotReady, this, &Comparison::progressed);
}

Comparison::~Comparison() {
    m_cancelled = true;
    m_loadTest.stop();
}

bool Comparison::start(const QList<StrategyScript>& strategies, const Scenario& scenario,
                       int runs) {
    if (m_running || m_loadTest.isRunning() || strategies.isEmpty() || runs < 1)
        return false;
    m_strategies = strategies;
    m_scenario = scenario;
    m_runsEach = runs;
    m_results.clear();
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    startNext();
    return m_running;
}

Scenario Comparison::fastLoad(const Scenario& base) {
    Scenario scenario;
    scenario.capacities = base.capacities;
    scenario.strategy = base.strategy;
    scenario.seed = base.seed;
    scenario.maxTries = base.maxTries;
    // The careless strategies deadlock about 100 times a run at this pace, and each deadlock
    // waits deadlock_timeout before the server breaks it: at the private server's 100 ms the
    // catalogue × 3 took 33 s, 21 s of it in for-share.
    scenario.deadlockTimeoutMs = fastDeadlockTimeoutMs;
    // A run of this load takes well under a second: one that hangs is cut, and the next
    // strategy runs.
    scenario.timeLimitMs = fastTimeLimitMs;
    return scenario;
}

void Comparison::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_loadTest.stop();
}

void Comparison::startNext() {
    const int index = completedRuns();
    if (m_cancelled || index >= totalRuns()) {
        Q_EMIT progressed();
        end();
        return;
    }
    Scenario scenario = m_scenario;
    scenario.strategy = m_strategies.at(index / m_runsEach);
    if (PythonAnswer::isPythonFile(scenario.strategy.fileName())) {
        Error error; // an answer that no longer loads is not run: LoadTest refuses it
        scenario.python = PythonAnswer::load(scenario.strategy.fileName(), error);
    }
    const int run = index % m_runsEach + 1;
    scenario.seed = m_scenario.seed + quint64(run - 1);
    if (!m_loadTest.start(scenario, run))
        end();
}

void Comparison::end() {
    m_running = false;
    m_elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}

void Comparison::onFinished(const RunResult& result) {
    if (!m_running)
        return;
    const bool stopped = m_cancelled || result.stoppedByUser;
    if (!stopped)
        m_results.append(result);
    Q_EMIT runFinished(result);
    Q_EMIT progressed();
    if (stopped || !result.completed()) {
        // A run that could not run (server gone) would fail the same way for every strategy.
        m_cancelled = m_cancelled || stopped;
        end();
        return;
    }
    startNext();
}

double Comparison::progress() const {
    const int total = totalRuns();
    if (total == 0)
        return 0;
    double current = 0;
    if (m_running) {
        const Snapshot snapshot = m_loadTest.snapshot();
        if (snapshot.plannedAttempts > 0)
            current =
                qBound(0.0, double(snapshot.counters.attempts) / snapshot.plannedAttempts, 0.99);
    }
    return qMin(1.0, (completedRuns() + current) / total);
}

double Comparison::secondsLeft(double estimatePerRun) const {
    const double done = progress();
    if (done >= 1.0)
        return 0;
    if (completedRuns() == 0 || done <= 0)
        return estimatePerRun * totalRuns() * (1.0 - done);
    const double elapsed = m_clock.elapsed() / 1000.0;
    return elapsed / done * (1.0 - done);
}

double Comparison::elapsedSeconds() const {
    if (m_running)
        return m_clock.elapsed() / 1000.0;
    return m_elapsedMs / 1000.0;
}

QList<StrategyTotals> Comparison::totals() const {
    QList<StrategyTotals> rows;
    for (const StrategyScript& strategy : m_strategies) {
        StrategyTotals row;
        row.id = strategy.id();
        row.kind = strategy.kind();
        rows.append(row);
    }
    for (const RunResult& result : m_results) {
        for (StrategyTotals& row : rows) {
            if (row.id == result.scenario.strategy.id()) {
                row.add(result);
                break;
            }
        }
    }
    return rows;
}

} // namespace seatsim
