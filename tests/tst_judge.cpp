#include "engine/runresult.h"
#include "engine/strategytotals.h"
#include "results/jsonlines.h"
#include "verdict/judge.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

// The exercise's sessions after a run: each entry is {free, registrations}.
Audit auditOf(const QList<QPair<int, int>>& freeAndTaken) {
    const QList<int> capacities{4, 4, 5, 5, 4, 10, 5, 3};
    Audit audit;
    for (int i = 0; i < capacities.size(); ++i) {
        const auto [free, taken] = freeAndTaken.value(i, {capacities[i], 0});
        audit.sessions.append({i + 1, capacities[i], free, taken});
    }
    return audit;
}

// A sold-out run that booked every seat for user 7 and reported each booking.
JudgeInput soldOutAndReported() {
    JudgeInput input;
    QList<QPair<int, int>> state;
    const QList<int> capacities{4, 4, 5, 5, 4, 10, 5, 3};
    RegistrationBook table;
    for (int i = 0; i < capacities.size(); ++i) {
        state.append({0, capacities[i]});
        table[{i + 1, 7}] = capacities[i];
        for (int seat = 0; seat < capacities[i]; ++seat)
            input.answers.noteBooking(7, i + 1, 0, 1);
        input.answers.noteRefusal(i + 1, 0, 1, false);
    }
    input.audit = auditOf(state);
    input.registrations = table;
    input.counters.attempts = 48;
    input.counters.reserved = 40;
    input.counters.rejectedFull = 8;
    return input;
}

} // namespace

class TestJudge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void soldOutRunWithEveryAnswerReportedIsCorrect() {
        const Verdict verdict = judge(soldOutAndReported());
        QCOMPARE(verdict.kind, Verdict::Kind::Correct);
        QVERIFY(verdict.reasons.isEmpty());
        QCOMPARE(verdict.headline(),
                 u"correct: 0 free + 40 occupied = 40, no deadlocks, every answer right"_s);
        QJsonObject json;
        verdict.insertInto(json);
        QCOMPARE(json[u"verdict"_s].toString(), u"correct"_s);
        QCOMPARE(json[u"reasons"_s].toArray().size(), 0);
        QVERIFY(json[u"first_failure_sqlstate"_s].isNull());
    }

    void driftIsInconsistentAndNamesTheSession() {
        JudgeInput input = soldOutAndReported();
        input.audit->sessions[5].free = 6;
        input.audit->sessions[5].registrations = 5; // 6 + 5 = 11 against 10 seats
        input.audit->sessions[0].free = -1;
        input.audit->sessions[0].registrations = 5;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Inconsistent);
        QCOMPARE(verdict.reasons.first(), u"inconsistent"_s);
        QCOMPARE(verdict.inconsistentSessions.size(), 2);
        QVERIFY2(verdict.headline().contains(u"session 6: 6 free + 5 occupied = 11 ≠ 10"_s),
                 qPrintable(verdict.headline()));
        QVERIFY2(verdict.headline().contains(u"session 1: -1 free + 5 occupied = 4"_s),
                 qPrintable(verdict.headline()));
    }

    void aSessionOffByOneIsInconsistentEvenWhenTheTotalHolds() {
        JudgeInput input = soldOutAndReported();
        input.audit->sessions[5].free = 1;          // session 6: 1 + 10 = 11
        input.audit->sessions[7].registrations = 2; // session 8: 0 + 2 = 2, total still 40
        input.registrations.reset();
        const Verdict verdict = judge(input);
        QCOMPARE(input.audit->drift(), 0);
        QCOMPARE(verdict.kind, Verdict::Kind::Inconsistent);
        QCOMPARE(verdict.inconsistentSessions.size(), 2);
    }

    // One seat moved from session 2 to session 1: the total still says 40, each session says
    // otherwise. Every place that says consistent or not follows the one rule.
    void aSessionPlusOneAndAnotherMinusOneIsInconsistentInEveryPlace() {
        const Audit audit = auditOf({{5, 0}, {3, 0}}); // session 1: 5 + 0 ≠ 4, session 2: 3 + 0 ≠ 4
        QCOMPARE(audit.free() + audit.occupied(), 40);
        QVERIFY(audit.overbookedSessions().isEmpty());
        QVERIFY(!audit.consistent());
        QCOMPARE(audit.inconsistentSessions().size(), 2);
        QCOMPARE(audit.toJson()[u"consistent"_s].toBool(true), false);
        QCOMPARE(audit.toJson()[u"inconsistent_sessions"_s].toArray(), (QJsonArray{1, 2}));
        QVERIFY2(audit.verdict().contains(u"session 1: 5 free + 0 occupied = 5 ≠ 4"_s),
                 qPrintable(audit.verdict()));
        QVERIFY2(audit.report().contains(u"INCONSISTENT!"_s), qPrintable(audit.report()));

        JudgeInput input;
        input.audit = audit;
        RunResult result;
        result.strategy = u"moved"_s;
        result.audit = audit;
        result.verdict = judge(input);
        QCOMPARE(result.verdict.kind, Verdict::Kind::Inconsistent);
        QVERIFY(!result.consistent());
        QCOMPARE(result.toJson()[u"consistent"_s].toBool(true), false);
        QCOMPARE(result.toJson()[u"verdict"_s].toString(), u"inconsistent"_s);
        QVERIFY2(result.report().contains(u"INCONSISTENT"_s), qPrintable(result.report()));
        const QList<StrategyTotals> totals = StrategyTotals::perStrategy({result});
        QCOMPARE(totals.constFirst().inconsistentRuns, 1);
        QCOMPARE(jsonlines::summary(totals)[u"inconsistent_runs"_s].toInt(), 1);
    }

    void deadlocksAreNotCorrectEvenWhenRetriedToSuccess() {
        JudgeInput input = soldOutAndReported();
        input.counters.deadlocks = 12;
        input.counters.retries = 12;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.reasons, QStringList{u"deadlocks"_s});
        QCOMPARE(verdict.headline(), u"consistent, but 12 deadlocks"_s);
    }

    void serializationFailuresRetriedToSuccessAreCorrect() {
        JudgeInput input = soldOutAndReported();
        input.counters.serializationFailures = 23;
        input.counters.retries = 23;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Correct);
        QCOMPARE(verdict.serializationFailures, 23);
    }

    void failuresCarryTheServersWords() {
        JudgeInput input;
        input.audit = auditOf({});
        input.registrations = RegistrationBook{};
        input.counters.attempts = 100;
        input.counters.failed = 100;
        input.firstFailure.sqlState = u"42P01"_s;
        input.firstFailure.message = u"relation \"seminar_sesions\" does not exist"_s;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.reasons, QStringList{u"failures"_s});
        QCOMPARE(verdict.headline(), u"consistent, but all 100 reservations failed: relation "
                                     u"\"seminar_sesions\" does not exist"_s);
        QJsonObject json;
        verdict.insertInto(json);
        QCOMPARE(json[u"verdict"_s].toString(), u"not_correct"_s);
        QCOMPARE(json[u"first_failure_sqlstate"_s].toString(), u"42P01"_s);
        QCOMPARE(json[u"failed"_s].toInteger(), 100);
    }

    void aRefusalWhileSeatsAreFreeIsAWrongAnswer() {
        JudgeInput input;
        input.audit = auditOf({{3, 1}}); // session 1 has 3 seats left
        input.registrations = RegistrationBook{{{1, 9}, 1}};
        input.answers.noteBooking(9, 1, 0, 1);
        input.answers.noteRefusal(1, 0, 1, false);
        input.answers.noteRefusal(1, 0, 1, false);
        input.counters.attempts = 3;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.wrongRefusals, 2);
        QCOMPARE(verdict.headline(), u"consistent, but 2 refusals while seats were free"_s);
    }

    // The session sold out later, but the worker saw a free seat right after its refusal.
    void aRefusalSeenWithSeatsLeftIsWrongEvenIfTheSessionSellsOut() {
        JudgeInput input;
        input.audit = auditOf({{0, 4}}); // session 1 (4 seats) sold out
        input.registrations = RegistrationBook{{{1, 9}, 4}};
        for (int seat = 0; seat < 4; ++seat)
            input.answers.noteBooking(9, 1, 0, 1);
        input.answers.noteRefusal(1, 0, 1, true);
        input.answers.noteRefusal(1, 0, 1, false); // seen full: right
        input.counters.attempts = 6;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.wrongRefusals, 1);
        QCOMPARE(verdict.reasons, QStringList{u"wrong_refusals"_s});
    }

    void aTwoSessionRefusalIsRightWhenEitherSessionIsFull() {
        JudgeInput input;
        input.audit = auditOf({{3, 1}, {0, 4}});
        input.registrations = RegistrationBook{{{1, 9}, 1}, {{2, 9}, 4}};
        input.answers.noteBooking(9, 1, 0, 1);
        for (int i = 0; i < 4; ++i)
            input.answers.noteBooking(9, 2, 0, 1);
        input.answers.noteRefusal(1, 2, 1, false); // session 2 is full: False is right
        QCOMPARE(judge(input).kind, Verdict::Kind::Correct);
        input.answers.noteRefusal(1, 3, 1, false); // both have seats: False is wrong
        QCOMPARE(judge(input).wrongRefusals, 1);
    }

    void aTwoSessionBookingCountsInBothSessions() {
        JudgeInput input;
        input.audit = auditOf({{3, 1}, {3, 1}});
        input.registrations = RegistrationBook{{{1, 5}, 1}, {{2, 5}, 1}};
        input.answers.noteBooking(5, 1, 2, 2);
        QCOMPARE(judge(input).kind, Verdict::Kind::Correct);
    }

    void bookingsNotReportedAreWrongAnswers() {
        JudgeInput input = soldOutAndReported();
        input.answers.reported.clear(); // the script booked but never set `reserved`
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.unreportedBookings, 40);
        QCOMPARE(verdict.reasons, QStringList{u"unreported_bookings"_s});
        QCOMPARE(verdict.headline(), u"consistent, but 40 bookings not reported"_s);
    }

    void bookingsReportedButNotInTheTableAreWrongAnswers() {
        JudgeInput input = soldOutAndReported();
        input.answers.noteBooking(3, 1, 0, 1);
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.falseBookings, 1);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
    }

    void aLiveVerdictLeavesTheAnswersToTheEnd() {
        JudgeInput input = soldOutAndReported();
        input.answers.reported.clear();
        input.registrations.reset();
        QCOMPARE(judge(input).kind, Verdict::Kind::Correct);
    }

    void noAuditIsNoVerdict() {
        JudgeInput input;
        input.counters.attempts = 10;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Unjudged);
        QCOMPARE(verdict.kindId(), u"unjudged"_s);
    }

    void severalRunsTakeTheWorstKindAndEveryReason() {
        Verdict all = judge(soldOutAndReported());
        JudgeInput deadlocked = soldOutAndReported();
        deadlocked.counters.deadlocks = 2;
        all.add(judge(deadlocked));
        QCOMPARE(all.kind, Verdict::Kind::NotCorrect);
        JudgeInput drifted = soldOutAndReported();
        drifted.audit->sessions[2].free = 2;
        drifted.registrations.reset();
        all.add(judge(drifted));
        QCOMPARE(all.kind, Verdict::Kind::Inconsistent);
        QCOMPARE(all.reasons, (QStringList{u"inconsistent"_s, u"deadlocks"_s}));
        QCOMPARE(all.deadlocks, 2);
        QCOMPARE(all.attempts, 3 * 48);
    }

    // The measurement: a run stopped before any reservation finished was "correct".
    void aRunStoppedBeforeAnyReservationFinishedIsNotJudged() {
        JudgeInput input;
        input.audit = auditOf({});
        input.registrations = RegistrationBook{};
        input.stopped = true;
        input.interruption.cause = Interruption::Cause::Stopped;
        input.interruption.afterMs = 6000;
        input.interruption.planned = 100;
        input.interruption.cutOff = 5;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Unjudged);
        QCOMPARE(verdict.reasons, QStringList{u"stopped"_s});
        QCOMPARE(verdict.unfinished, 100);
        QVERIFY2(verdict.unjudgedReason().contains(u"stopped after 6.0 s: 0 of 100"_s),
                 qPrintable(verdict.unjudgedReason()));
        QCOMPARE(verdict.headline(), verdict.unjudgedReason());
        QJsonObject json;
        verdict.insertInterruptionInto(json);
        QCOMPARE(json[u"ended"_s].toString(), u"stopped"_s);
        QCOMPARE(json[u"unfinished"_s].toInt(), 100);
        QCOMPARE(json[u"unjudged_reason"_s].toString(), verdict.unjudgedReason());
    }

    void aStoppedRunJudgesWhatFinishedAndIsNeverCorrect() {
        JudgeInput input = soldOutAndReported();
        input.stopped = true;
        input.interruption.afterMs = 30000;
        input.interruption.planned = 100;
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.interruption.cause, Interruption::Cause::Stopped);
        QCOMPARE(verdict.reasons, QStringList{u"stopped"_s});
        QVERIFY2(verdict.headline().startsWith(
                     u"stopped after 30.0 s: 48 of 100 reservations finished; 0 free"_s),
                 qPrintable(verdict.headline()));

        input.counters.deadlocks = 1; // the finished ones are judged as ever
        const Verdict deadlocked = judge(input);
        QCOMPARE(deadlocked.reasons, (QStringList{u"stopped"_s, u"deadlocks"_s}));
        QVERIFY2(deadlocked.headline().endsWith(u"consistent, but 1 deadlock"_s),
                 qPrintable(deadlocked.headline()));
    }

    void aStopAfterTheLastReservationCutsNothing() {
        JudgeInput input = soldOutAndReported();
        input.stopped = true;
        input.interruption.planned = 48; // all of them finished
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Correct);
        QCOMPARE(verdict.interruption.cause, Interruption::Cause::None);
    }

    void aTableThatLostSeatsIsInconsistentHoweverTheRunEnded() {
        JudgeInput input = soldOutAndReported();
        input.audit->sessions[2].free = 2;
        input.interruption.cause = Interruption::Cause::TimeLimit;
        input.interruption.planned = 100;
        OutsideSession blocker;
        blocker.pid = 77;
        input.interruption.outsideBlockers = {blocker};
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Inconsistent);
        QVERIFY(verdict.reasons.contains(u"time_limit"_s));
    }

    void aReservationHeldUpByTheRunsOwnWorkerIsAWrongAnswer() {
        JudgeInput input = soldOutAndReported();
        input.interruption.cause = Interruption::Cause::TimeLimit;
        input.interruption.limitMs = 5000;
        input.interruption.planned = 100;
        input.interruption.cutOff = 5;
        input.interruption.holdingWorkers = {1};
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(verdict.reasons, QStringList{u"time_limit"_s});
        QVERIFY2(verdict.headline().contains(
                     u"time limit of 5.0 s reached: 48 of 100 reservations finished; worker 1 "
                     "kept its transaction open"_s),
                 qPrintable(verdict.headline()));
    }

    void aReservationHeldUpOutsideTheRunIsNotTheAnswersFault() {
        JudgeInput input = soldOutAndReported();
        input.interruption.cause = Interruption::Cause::TimeLimit;
        input.interruption.limitMs = 5000;
        input.interruption.planned = 100;
        OutsideSession psql;
        psql.pid = 4242;
        psql.application = u"psql"_s;
        psql.user = u"student07"_s;
        psql.state = u"idle in transaction"_s;
        psql.waitingWorkers = {2, 3};
        psql.waitedMs = 4100;
        input.interruption.outsideBlockers = {psql};
        const Verdict verdict = judge(input);
        QCOMPARE(verdict.kind, Verdict::Kind::Unjudged);
        QCOMPARE(verdict.reasons, (QStringList{u"time_limit"_s, u"outside_blocker"_s}));
        QVERIFY2(verdict.unjudgedReason().contains(
                     u"workers 2, 3 waited for a session outside the run, not for the answer: "
                     "process 4242 (application “psql”, user “student07”, idle in transaction)"_s),
                 qPrintable(verdict.unjudgedReason()));
        QJsonObject json;
        verdict.insertInterruptionInto(json);
        const QJsonObject blocker = json[u"blockers"_s].toArray().first().toObject();
        QCOMPARE(blocker[u"pid"_s].toInt(), 4242);
        QCOMPARE(blocker[u"application"_s].toString(), u"psql"_s);
        QCOMPARE(blocker[u"waiting_workers"_s].toArray().size(), 2);
        QVERIFY(psql.warning().contains(u"SELECT pg_terminate_backend(4242)"_s));
    }

    void aCutRunAmongCorrectOnesLeavesTheSetNotCorrect() {
        Verdict all = judge(soldOutAndReported());
        JudgeInput stopped;
        stopped.audit = auditOf({});
        stopped.stopped = true;
        stopped.interruption.planned = 100;
        all.add(judge(stopped));
        all.add(judge(soldOutAndReported()));
        QCOMPARE(all.kind, Verdict::Kind::NotCorrect);
        QCOMPARE(all.reasons, QStringList{u"stopped"_s});
    }
};

QTEST_GUILESS_MAIN(TestJudge)
#include "tst_judge.moc"
