#include "analysis/lostupdates.h"

#include "script/scriptphases.h"

#include <QMap>
#include <QStringList>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

struct WriteEvent {
    int session = 0;
    int read = 0;
    qint64 commitNs = 0;
    qint64 sequence = 0;
    int worker = 0;
};

bool touches(const AttemptRecord& record, int session) {
    return record.session == session || (record.session2 != 0 && record.session2 == session);
}

// When the attempt's writes became visible: the end of its COMMIT, or in autocommit the end of
// its first write; the end of the attempt when the script is not known.
qint64 commitTime(const AttemptRecord& record, const std::vector<Phase>& phases) {
    if (phases.empty() || record.statements.empty())
        return record.endNs;
    const std::uint8_t lastTry = record.statements.back().tryIndex;
    qint64 firstWrite = -1;
    for (const AttemptStatement& statement : record.statements) {
        if (statement.tryIndex != lastTry || statement.trace.command < 0 ||
            size_t(statement.trace.command) >= phases.size())
            continue;
        const Phase phase = phases[size_t(statement.trace.command)];
        if (phase == Phase::Commit)
            return statement.trace.endNs;
        if (phase == Phase::Write && firstWrite < 0)
            firstWrite = statement.trace.endNs;
    }
    return firstWrite >= 0 ? firstWrite : record.endNs;
}

std::vector<WriteEvent> writeEvents(const QList<AttemptRecord>& records,
                                    const std::vector<Phase>& phases) {
    std::vector<WriteEvent> events;
    for (const AttemptRecord& record : records) {
        if (record.outcome != AttemptOutcome::Reserved || record.reservedSeats <= 0)
            continue;
        const qint64 commitNs = commitTime(record, phases);
        if (record.session > 0 && record.seatsRead >= 0)
            events.push_back(
                {record.session, record.seatsRead, commitNs, record.sequence, record.worker});
        if (record.session2 > 0 && record.seatsRead2 >= 0)
            events.push_back(
                {record.session2, record.seatsRead2, commitNs, record.sequence, record.worker});
    }
    std::sort(events.begin(), events.end(), [](const WriteEvent& a, const WriteEvent& b) {
        return std::tie(a.session, a.read, a.commitNs, a.sequence) <
               std::tie(b.session, b.read, b.commitNs, b.sequence);
    });
    return events;
}

QString workerList(const QList<int>& workers) {
    QStringList names;
    for (int worker : workers)
        names << QString::number(worker);
    const QString last = names.takeLast();
    return LostUpdates::tr("%1 and %2", "list of workers").arg(names.join(u", "_s), last);
}

QString describe(const LostUpdate& lost) {
    if (lost.sequences.size() == 2) {
        return LostUpdates::tr("Worker %1 and worker %2 both read %3 seats in session %4 and both "
                               "wrote %5: one update was lost")
            .arg(lost.workers[0])
            .arg(lost.workers[1])
            .arg(lost.seatsRead)
            .arg(lost.session)
            .arg(lost.seatsWritten);
    }
    return LostUpdates::tr("Workers %1 all read %2 seats in session %3 and all wrote %4: %5 "
                           "updates were lost")
        .arg(workerList(lost.workers))
        .arg(lost.seatsRead)
        .arg(lost.session)
        .arg(lost.seatsWritten)
        .arg(lost.lost());
}

QList<LostUpdate> group(const std::vector<WriteEvent>& events, const SeatWrites& writes) {
    QList<LostUpdate> result;
    if (!writes.writesReadValue)
        return result;
    for (size_t i = 0; i < events.size();) {
        size_t j = i + 1;
        while (j < events.size() && events[j].session == events[i].session &&
               events[j].read == events[i].read)
            ++j;
        if (j - i >= 2) {
            LostUpdate lost;
            lost.session = events[i].session;
            lost.seatsRead = events[i].read;
            lost.seatsWritten = events[i].read - writes.decrement;
            for (size_t k = i; k < j; ++k) {
                lost.sequences << events[k].sequence;
                lost.workers << events[k].worker;
            }
            lost.text = describe(lost);
            result << lost;
        }
        i = j;
    }
    return result;
}

qint64 droppedRecords(const QList<AttemptRecord>& records) {
    if (records.isEmpty())
        return 0;
    std::set<qint64> sequences;
    for (const AttemptRecord& record : records)
        sequences.insert(record.sequence);
    return *sequences.rbegin() - qint64(sequences.size());
}

} // namespace

int LostUpdateAnalysis::found() const {
    int sum = 0;
    for (const LostUpdate& lost : lostUpdates)
        sum += lost.lost();
    return sum;
}

int LostUpdateAnalysis::drift() const {
    int sum = 0;
    for (const SessionReconciliation& session : sessions)
        sum += session.drift;
    return sum;
}

bool LostUpdateAnalysis::explainsDrift() const {
    return std::all_of(sessions.begin(), sessions.end(),
                       [](const SessionReconciliation& s) { return s.explained; });
}

QList<LostUpdate> LostUpdates::find(const QList<AttemptRecord>& records,
                                    const StrategyScript& script) {
    return group(writeEvents(records, ScriptPhases::ofScript(script)), SeatWrites::of(script));
}

LostUpdateAnalysis LostUpdates::analyse(const QList<AttemptRecord>& records, const Audit& audit,
                                        const StrategyScript& script) {
    const std::vector<Phase> phases = ScriptPhases::ofScript(script);
    const SeatWrites writes = SeatWrites::of(script);
    std::vector<WriteEvent> events = writeEvents(records, phases);

    LostUpdateAnalysis analysis;
    analysis.lostUpdates = group(events, writes);
    analysis.droppedRecords = droppedRecords(records);

    std::sort(events.begin(), events.end(), [](const WriteEvent& a, const WriteEvent& b) {
        return std::tie(a.session, a.commitNs, a.sequence) <
               std::tie(b.session, b.commitNs, b.sequence);
    });

    QStringList unexplained;
    for (const SessionAudit& sessionAudit : audit.sessions) {
        SessionReconciliation rec;
        rec.session = sessionAudit.id;
        rec.drift = sessionAudit.free + sessionAudit.registrations - sessionAudit.capacity;
        for (const LostUpdate& lost : analysis.lostUpdates) {
            if (lost.session == rec.session)
                rec.found += lost.lost();
        }
        if (rec.found == rec.drift) {
            rec.explained = true;
            rec.explanation =
                rec.drift == 0 ? tr("Session %1: no drift and no lost update.").arg(rec.session)
                : rec.found == 1
                    ? tr("Session %1: the lost update found explains the drift of 1.")
                          .arg(rec.session)
                    : tr("Session %1: the %2 lost updates found explain the drift of %2.")
                          .arg(rec.session)
                          .arg(rec.found);
            analysis.sessions << rec;
            continue;
        }

        QStringList reasons;
        int unknown = 0;
        int interrupted = 0;
        int unread = 0;
        for (const AttemptRecord& record : records) {
            if (!touches(record, rec.session))
                continue;
            switch (record.outcome) {
            case AttemptOutcome::Unknown:
                ++unknown;
                break;
            case AttemptOutcome::ConnectionLost:
            case AttemptOutcome::Error:
            case AttemptOutcome::Stopped:
                ++interrupted;
                break;
            case AttemptOutcome::Reserved:
                if ((record.session == rec.session && record.seatsRead < 0) ||
                    (record.session2 == rec.session && record.seatsRead2 < 0))
                    ++unread;
                break;
            default:
                break;
            }
        }
        if (writes.known && !writes.writesReadValue)
            reasons << tr("the strategy's UPDATE does not write a value it read (the server "
                          "computes it), so reading the same value loses nothing; the drift "
                          "comes from another write");
        if (analysis.droppedRecords > 0)
            reasons << tr("attempt records dropped from the bounded record store, so that their "
                          "reads are missing: %1")
                           .arg(analysis.droppedRecords);
        if (unknown > 0)
            reasons << tr("attempts with an unknown outcome (connection lost during COMMIT), "
                          "which may have written: %1")
                           .arg(unknown);
        if (interrupted > 0)
            reasons << tr("attempts interrupted by an error, a lost connection or a stop after "
                          "they may have written part of a booking: %1")
                           .arg(interrupted);
        if (unread > 0)
            reasons << tr("reservations that did not \\gset `seats`, so that the value they "
                          "read is unknown: %1")
                           .arg(unread);

        // Replaying the writes in commit order accounts for every booking each write undid:
        // a late write can overwrite several others at once, more than the pairs show.
        if (reasons.isEmpty()) {
            int value = sessionAudit.capacity;
            int replayed = 0;
            QStringList stale;
            for (const WriteEvent& event : events) {
                if (event.session != rec.session)
                    continue;
                const int undone = event.read - value;
                replayed += undone;
                if (undone >= 2)
                    stale << tr("worker %1 read %2 seats but wrote over %3, undoing %4 "
                                "bookings at once")
                                 .arg(event.worker)
                                 .arg(event.read)
                                 .arg(value)
                                 .arg(undone);
                value = event.read - writes.decrement;
            }
            if (replayed == rec.drift) {
                rec.explained = true;
                rec.explanation =
                    tr("Session %1: the lost updates found account for %2 of the drift of %3; "
                       "replaying the writes in commit order explains the rest: %4.")
                        .arg(rec.session)
                        .arg(rec.found)
                        .arg(rec.drift)
                        .arg(stale.isEmpty() ? tr("late writes overwrote newer values")
                                             : stale.join(u"; "_s));
                analysis.sessions << rec;
                continue;
            }
            reasons << tr("nothing in the records explains it: the table was changed from "
                          "outside the program, or the script writes something other than "
                          "the value it read");
        }
        rec.explanation = tr("Session %1: lost updates found: %2, but the drift is %3. Why: %4.")
                              .arg(rec.session)
                              .arg(rec.found)
                              .arg(rec.drift)
                              .arg(reasons.join(u"; "_s));
        unexplained << rec.explanation;
        analysis.sessions << rec;
    }

    analysis.summary = tr("Lost updates found: %1; the audit measured a drift of %2.")
                           .arg(analysis.found())
                           .arg(analysis.drift());
    analysis.summary += u' ';
    if (unexplained.isEmpty())
        analysis.summary += tr("They explain it in every session.");
    else
        analysis.summary +=
            tr("They do not explain it everywhere:") + u'\n' + unexplained.join(u'\n');
    return analysis;
}

} // namespace seatsim
