#include "analysis/lostupdates.h"

#include "script/scriptphases.h"

#include <QMap>
#include <QRegularExpression>
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

// Per command of the script: which read value (1 `:seats`, 2 `:seats2`) an UPDATE of `seats`
// writes back, or 0 for any other command.
std::vector<int> seatWritesOf(const StrategyScript& script) {
    std::vector<int> result;
    if (script.isNull())
        return result;
    static const QRegularExpression clientWrite(u"\\bseats\\s*=\\s*:seats(2?)\\b"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    for (const ScriptCommand& command : script.commands()) {
        const QRegularExpressionMatch match = command.kind == ScriptCommand::Kind::Sql
                                                  ? clientWrite.match(command.sql)
                                                  : QRegularExpressionMatch();
        result.push_back(!match.hasMatch() ? 0 : match.captured(1).isEmpty() ? 1 : 2);
    }
    return result;
}

// Which of the read values the attempt's last try wrote back: what the server ran, not what
// the script reports. Without a script (no statements to look at) a booking counts.
std::pair<bool, bool> writtenBack(const AttemptRecord& record, const std::vector<int>& seatWrites) {
    const bool committed =
        record.outcome == AttemptOutcome::Reserved || record.outcome == AttemptOutcome::Full;
    if (!committed)
        return {false, false};
    if (seatWrites.empty()) {
        const bool booked = record.outcome == AttemptOutcome::Reserved && record.reservedSeats > 0;
        return {booked, booked};
    }
    bool first = false;
    bool second = false;
    if (record.statements.empty())
        return {false, false};
    const std::uint8_t lastTry = record.statements.back().tryIndex;
    for (const AttemptStatement& statement : record.statements) {
        const int command = statement.trace.command;
        if (statement.tryIndex != lastTry || statement.trace.failed() || command < 0 ||
            size_t(command) >= seatWrites.size())
            continue;
        first = first || seatWrites[size_t(command)] == 1;
        second = second || seatWrites[size_t(command)] == 2;
    }
    return {first, second};
}

std::vector<WriteEvent> writeEvents(const QList<AttemptRecord>& records,
                                    const std::vector<Phase>& phases,
                                    const std::vector<int>& seatWrites) {
    std::vector<WriteEvent> events;
    for (const AttemptRecord& record : records) {
        const auto [wroteFirst, wroteSecond] = writtenBack(record, seatWrites);
        if (!wroteFirst && !wroteSecond)
            continue;
        const qint64 commitNs = commitTimeOf(record, phases);
        if (wroteFirst && record.session > 0)
            events.push_back(
                {record.session, record.seatsRead, commitNs, record.sequence, record.worker});
        if (wroteSecond && record.session2 > 0)
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
    if (lost.sequences.size() == 2 && lost.seatsRead == 1) {
        return LostUpdates::tr("Worker %1 and worker %2 both read 1 seat in session %3 and both "
                               "wrote %4: one update was lost")
            .arg(lost.workers[0])
            .arg(lost.workers[1])
            .arg(lost.session)
            .arg(lost.seatsWritten);
    }
    if (lost.sequences.size() == 2) {
        return LostUpdates::tr("Worker %1 and worker %2 both read %3 seats in session %4 and both "
                               "wrote %5: one update was lost")
            .arg(lost.workers[0])
            .arg(lost.workers[1])
            .arg(lost.seatsRead)
            .arg(lost.session)
            .arg(lost.seatsWritten);
    }
    if (lost.seatsRead == 1)
        return LostUpdates::tr("Workers %1 all read 1 seat in session %2 and all wrote %3: %4 "
                               "updates were lost")
            .arg(workerList(lost.workers))
            .arg(lost.session)
            .arg(lost.seatsWritten)
            .arg(lost.lost());
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

qint64 commitTimeOf(const AttemptRecord& record, const std::vector<Phase>& phases) {
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

QList<LostUpdate> LostUpdates::find(const QList<AttemptRecord>& records,
                                    const StrategyScript& script) {
    return group(writeEvents(records, ScriptPhases::ofScript(script), seatWritesOf(script)),
                 SeatWrites::of(script));
}

LostUpdateAnalysis LostUpdates::analyse(const QList<AttemptRecord>& records, const Audit& audit,
                                        const StrategyScript& script) {
    const std::vector<Phase> phases = ScriptPhases::ofScript(script);
    const SeatWrites writes = SeatWrites::of(script);
    std::vector<WriteEvent> events = writeEvents(records, phases, seatWritesOf(script));

    LostUpdateAnalysis analysis;
    analysis.droppedRecords = droppedRecords(records);
    QMap<int, int> overclaimed; // session -> updates the records suggest beyond the table's drift
    {
        QMap<int, int> budget; // the table's word: at most its drift is lost in a session
        for (const SessionAudit& sessionAudit : audit.sessions)
            budget[sessionAudit.id] =
                qMax(0, sessionAudit.free + sessionAudit.registrations - sessionAudit.capacity);
        for (LostUpdate lost : group(events, writes)) {
            int& left = budget[lost.session];
            if (lost.lost() > left) {
                overclaimed[lost.session] += lost.lost() - left;
                if (left == 0)
                    continue;
                lost.sequences = lost.sequences.mid(0, left + 1);
                lost.workers = lost.workers.mid(0, left + 1);
                lost.text = describe(lost);
            }
            left -= lost.lost();
            analysis.lostUpdates << lost;
        }
    }

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
        if (rec.found == rec.drift && overclaimed.value(rec.session) > 0) {
            rec.explained = true;
            rec.explanation =
                tr("Session %1: the table's sums show %2 lost updates; the statements suggest "
                   "%3 more, which the table does not show, so they are not listed.")
                    .arg(rec.session)
                    .arg(rec.drift)
                    .arg(overclaimed.value(rec.session));
            analysis.sessions << rec;
            continue;
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

    if (analysis.found() == 0 && unexplained.isEmpty() &&
        std::all_of(analysis.sessions.cbegin(), analysis.sessions.cend(),
                    [](const SessionReconciliation& s) { return s.drift == 0; })) {
        analysis.summary = tr("No lost update: in every session free + registrations = "
                              "capacity.");
        return analysis;
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
