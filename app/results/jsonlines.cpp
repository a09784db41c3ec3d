#include "results/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace seatsim::jsonlines {

namespace {
QJsonObject totalsJson(const StrategyTotals& totals) {
    QJsonObject json{{u"summary"_s, true},
                     {u"strategy"_s, totals.id},
                     {u"runs"_s, totals.runs},
                     {u"inconsistent_runs"_s, totals.inconsistentRuns},
                     {u"deadlock_runs"_s, totals.deadlockRuns},
                     {u"failed_runs"_s, totals.failedRuns},
                     {u"duration_ms"_s, totals.durationMs},
                     {u"attempts_per_s"_s, qRound(totals.attemptsPerSecond() * 10) / 10.0},
                     {u"mean_drift"_s, qRound(totals.meanDrift() * 100) / 100.0}};
    totals.counters.insertInto(json);
    if (totals.verdict.kind != Verdict::Kind::Unjudged)
        totals.verdict.insertInto(json);
    return json;
}
} // namespace

QString line(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QJsonObject summary(const QList<StrategyTotals>& totals) {
    if (totals.size() == 1)
        return totalsJson(totals.constFirst());
    QJsonArray rows;
    int runs = 0;
    int inconsistent = 0;
    int deadlocked = 0;
    Verdict verdict;
    for (const StrategyTotals& row : totals) {
        rows.append(totalsJson(row));
        runs += row.runs;
        inconsistent += row.inconsistentRuns;
        deadlocked += row.deadlockRuns;
        verdict.add(row.verdict);
    }
    QJsonObject json{{u"summary"_s, true},
                     {u"runs"_s, runs},
                     {u"inconsistent_runs"_s, inconsistent},
                     {u"deadlock_runs"_s, deadlocked},
                     {u"strategies"_s, rows}};
    if (verdict.kind != Verdict::Kind::Unjudged)
        verdict.insertInto(json);
    return json;
}

QString runsAndSummary(const QList<RunResult>& results) {
    if (results.isEmpty())
        return {};
    QString text;
    for (const RunResult& result : results)
        text += line(result.toJson());
    return text + line(summary(StrategyTotals::perStrategy(results)));
}

} // namespace seatsim::jsonlines
