#include "analysis/writeskew.h"

#include "analysis/lostupdates.h"
#include "script/scriptphases.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr qsizetype maxPairs = 500;

struct Booking {
    const AttemptRecord* record = nullptr;
    qint64 countNs = 0;  // when what it counted was taken
    qint64 commitNs = 0; // when its booking became visible
};

// Per command: whether it reads seminar_registrations (the count of the student's seats).
std::vector<bool> countsOf(const StrategyScript& script, const std::vector<Phase>& phases) {
    static const QRegularExpression registrations(u"\\bseminar_registrations\\b"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    std::vector<bool> result;
    for (size_t i = 0; i < script.commands().size(); ++i) {
        const ScriptCommand& command = script.commands()[i];
        result.push_back(command.kind == ScriptCommand::Kind::Sql && phases[i] == Phase::Read &&
                         registrations.match(command.sql).hasMatch());
    }
    return result;
}

// A transaction that reads from one snapshot: REPEATABLE READ or SERIALIZABLE, named anywhere.
bool snapshotPerTransaction(const StrategyScript& script) {
    static const QRegularExpression level(u"\\b(repeatable\\s+read|serializable)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return std::any_of(
        script.commands().cbegin(), script.commands().cend(), [](const ScriptCommand& command) {
            return command.kind == ScriptCommand::Kind::Sql && level.match(command.sql).hasMatch();
        });
}

// When the last try took the count it booked on; -1 when it counted nothing.
qint64 countTime(const AttemptRecord& record, const std::vector<Phase>& phases,
                 const std::vector<bool>& counts, bool perTransaction) {
    if (record.statements.empty())
        return -1;
    const std::uint8_t lastTry = record.statements.back().tryIndex;
    qint64 snapshotNs = -1;
    for (const AttemptStatement& statement : record.statements) {
        const int command = statement.trace.command;
        if (statement.tryIndex != lastTry || command < 0 || size_t(command) >= counts.size())
            continue;
        const Phase phase = phases[size_t(command)];
        if (snapshotNs < 0 && (phase == Phase::Read || phase == Phase::Write))
            snapshotNs = statement.trace.startNs;
        if (counts[size_t(command)])
            return perTransaction ? snapshotNs : statement.trace.startNs;
    }
    return -1;
}

QString describe(const WriteSkewPair& pair, int seats, int seatLimit) {
    return WriteSkew::tr("Worker %1 (session %2) and worker %3 (session %4) each counted student "
                         "%5's seats before the other committed, and both booked: student %5 "
                         "holds %6 seats (limit %7)")
        .arg(pair.workers[0])
        .arg(pair.sessions[0])
        .arg(pair.workers[1])
        .arg(pair.sessions[1])
        .arg(pair.user)
        .arg(seats)
        .arg(seatLimit);
}

} // namespace

QList<WriteSkewPair> WriteSkew::find(const QList<AttemptRecord>& records,
                                     const StrategyScript& script,
                                     const QList<StudentOverLimit>& overLimit, int seatLimit) {
    QList<WriteSkewPair> pairs;
    if (script.isNull() || overLimit.isEmpty())
        return pairs;
    const std::vector<Phase> phases = ScriptPhases::ofScript(script);
    const std::vector<bool> counts = countsOf(script, phases);
    const bool perTransaction = snapshotPerTransaction(script);
    QHash<int, int> seatsOf;
    for (const StudentOverLimit& student : overLimit)
        seatsOf.insert(student.user, student.seats);
    QHash<int, QList<Booking>> bookings; // by student
    for (const AttemptRecord& record : records) {
        if (record.outcome != AttemptOutcome::Reserved || record.reservedSeats <= 0 ||
            !seatsOf.contains(record.user))
            continue;
        const qint64 countNs = countTime(record, phases, counts, perTransaction);
        if (countNs >= 0)
            bookings[record.user].append({&record, countNs, commitTimeOf(record, phases)});
    }
    QList<int> users = bookings.keys();
    std::sort(users.begin(), users.end());
    for (int user : users) {
        QList<Booking> list = bookings.value(user);
        std::sort(list.begin(), list.end(),
                  [](const Booking& a, const Booking& b) { return a.commitNs < b.commitNs; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size() && pairs.size() < maxPairs; ++j) {
                const Booking& first = list.at(i);
                const Booking& second = list.at(j);
                // Each counted before the other's booking was there to be counted.
                if (!(first.countNs < second.commitNs && second.countNs < first.commitNs))
                    continue;
                WriteSkewPair pair;
                pair.user = user;
                pair.sequences = {first.record->sequence, second.record->sequence};
                pair.workers = {first.record->worker, second.record->worker};
                pair.sessions = {first.record->session, second.record->session};
                pair.text = describe(pair, seatsOf.value(user), seatLimit);
                pairs.append(pair);
            }
        }
    }
    return pairs;
}

WriteSkewAnalysis WriteSkew::analyse(const QList<AttemptRecord>& records, const Audit& audit,
                                     const StrategyScript& script) {
    WriteSkewAnalysis analysis;
    analysis.seatLimit = audit.seatLimit;
    analysis.studentsOverLimit = audit.studentsOverLimit();
    analysis.pairs = find(records, script, analysis.studentsOverLimit, audit.seatLimit);
    if (analysis.studentsOverLimit.isEmpty()) {
        analysis.summary =
            tr("No student holds more than %1 seats: no write skew.").arg(audit.seatLimit);
        return analysis;
    }
    QStringList students;
    for (const StudentOverLimit& student : analysis.studentsOverLimit)
        students << Audit::studentText(student, audit.seatLimit);
    analysis.summary =
        analysis.pairs.isEmpty()
            ? tr("%1 — without a write-skew pair: those bookings did not count the student's "
                 "seats before the other committed.")
                  .arg(students.join(u"; "_s))
            : tr("Write skew: %1 (pairs of bookings: %2)")
                  .arg(students.join(u"; "_s))
                  .arg(analysis.pairs.size());
    return analysis;
}

} // namespace seatsim
