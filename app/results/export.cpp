#include "results/export.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace seatsim::exporting {

QString csvField(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u"\r\n"_s;
}

QString runCsv(const RunResult& result, const QList<AttemptRecord>& records) {
    QString text = csvLine({u"strategy"_s, u"run"_s, u"sequence"_s, u"worker"_s, u"user_id"_s,
                            u"session_id"_s, u"session2_id"_s, u"seats_read"_s, u"reserved"_s,
                            u"outcome"_s, u"tries"_s, u"sqlstate"_s, u"start_ms"_s, u"end_ms"_s});
    for (const AttemptRecord& record : records) {
        text +=
            csvLine({result.strategy, QString::number(result.run), QString::number(record.sequence),
                     QString::number(record.worker), QString::number(record.user),
                     QString::number(record.session), QString::number(record.session2),
                     QString::number(record.seatsRead), QString::number(record.reservedSeats),
                     toString(record.outcome), QString::number(record.tries), record.sqlStateText(),
                     QString::number(record.startNs / 1e6, 'f', 3),
                     QString::number(record.endNs / 1e6, 'f', 3)});
    }
    return text;
}

QString comparisonCsv(const QList<StrategyTotals>& totals) {
    QString text =
        csvLine({u"strategy"_s, u"runs"_s, u"inconsistent_runs"_s, u"inconsistent_share"_s,
                 u"mean_drift"_s, u"deadlocks"_s, u"serialization_failures"_s, u"retries"_s,
                 u"attempts"_s, u"reserved"_s, u"failed_runs"_s, u"duration_ms"_s,
                 u"attempts_per_s"_s, u"failed"_s, u"verdict"_s, u"reasons"_s});
    for (const StrategyTotals& row : totals) {
        text += csvLine(
            {row.id, QString::number(row.runs), QString::number(row.inconsistentRuns),
             QString::number(row.inconsistentShare(), 'f', 3),
             QString::number(row.meanDrift(), 'f', 2), QString::number(row.counters.deadlocks),
             QString::number(row.counters.serializationFailures),
             QString::number(row.counters.retries), QString::number(row.counters.attempts),
             QString::number(row.counters.reserved), QString::number(row.failedRuns),
             QString::number(row.durationMs), QString::number(row.attemptsPerSecond(), 'f', 1),
             QString::number(row.counters.failed), row.verdict.kindId(),
             row.verdict.reasons.join(u';')});
    }
    return text;
}

bool writeText(const QString& path, const QString& text, Error& error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        error.file = path;
        error.message = file.errorString();
        return false;
    }
    return true;
}

} // namespace seatsim::exporting
