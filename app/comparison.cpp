#include "comparison.h"

using namespace Qt::StringLiterals;

namespace seatsim {

void StrategyTotals::add(const RunResult& result) {
    ++runs;
    if (!result.completed())
        ++failedRuns;
    else if (!result.consistent())
        ++inconsistentRuns;
    if (result.counters.deadlocks > 0)
        ++deadlockRuns;
    if (result.audit)
        driftSum += result.audit->drift();
    counters.add(result.counters);
    durationMs += result.durationMs;
}

double StrategyTotals::meanDrift() const {
    const int audited = runs - failedRuns;
    return audited > 0 ? double(driftSum) / audited : 0.0;
}

QJsonObject StrategyTotals::toJson() const {
    QJsonObject json{{u"summary"_s, true},
                     {u"strategy"_s, id},
                     {u"runs"_s, runs},
                     {u"inconsistent_runs"_s, inconsistentRuns},
                     {u"deadlock_runs"_s, deadlockRuns},
                     {u"failed_runs"_s, failedRuns},
                     {u"duration_ms"_s, durationMs},
                     {u"attempts_per_s"_s, qRound(attemptsPerSecond() * 10) / 10.0},
                     {u"mean_drift"_s, qRound(meanDrift() * 100) / 100.0}};
    counters.insertInto(json);
    return json;
}

QJsonObject summaryJson(const QList<StrategyTotals>& totals) {
    if (totals.size() == 1)
        return totals.constFirst().toJson();
    QJsonArray rows;
    int runs = 0;
    int inconsistent = 0;
    int deadlocked = 0;
    for (const StrategyTotals& row : totals) {
        rows.append(row.toJson());
        runs += row.runs;
        inconsistent += row.inconsistentRuns;
        deadlocked += row.deadlockRuns;
    }
    return {{u"summary"_s, true},
            {u"runs"_s, runs},
            {u"inconsistent_runs"_s, inconsistent},
            {u"deadlock_runs"_s, deadlocked},
            {u"strategies"_s, rows}};
}

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

void Comparison::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_loadTest.stop();
}

void Comparison::startNext() {
    const int index = completedRuns();
    if (m_cancelled || index >= totalRuns()) {
        m_running = false;
        Q_EMIT progressed();
        Q_EMIT finished();
        return;
    }
    Scenario scenario = m_scenario;
    scenario.strategy = m_strategies.at(index / m_runsEach);
    const int run = index % m_runsEach + 1;
    scenario.seed = m_scenario.seed + quint64(run - 1);
    if (!m_loadTest.start(scenario, run)) {
        m_running = false;
        Q_EMIT finished();
    }
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
        m_running = false;
        Q_EMIT finished();
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

QList<QJsonObject> Comparison::jsonLines() const {
    QList<QJsonObject> lines;
    for (const RunResult& result : m_results)
        lines.append(result.toJson());
    QList<StrategyTotals> rows = totals();
    rows.removeIf([](const StrategyTotals& row) { return row.runs == 0; });
    if (!rows.isEmpty())
        lines.append(summaryJson(rows));
    return lines;
}

} // namespace seatsim
