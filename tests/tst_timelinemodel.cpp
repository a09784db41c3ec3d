#include "analysis/timeline.h"
#include "engine/recordstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

constexpr qint64 us = 1000;
constexpr qint64 ms = 1000 * us;

StrategyScript forShare() {
    for (const StrategyScript& script : builtinStrategies()) {
        if (script.id() == u"for-share")
            return script;
    }
    qFatal("no for-share strategy");
}

// Indices of the for-share script's commands: BEGIN, SELECT ... FOR SHARE, \sleep, UPDATE,
// INSERT, COMMIT.
struct Commands {
    int begin = -1, select = -1, sleep = -1, update = -1, insert = -1, commit = -1;
    explicit Commands(const StrategyScript& script) {
        const auto& commands = script.commands();
        for (int i = 0; i < int(commands.size()); ++i) {
            const ScriptCommand& c = commands[size_t(i)];
            if (c.kind == ScriptCommand::Kind::Sleep)
                sleep = i;
            else if (c.kind != ScriptCommand::Kind::Sql)
                continue;
            else if (c.isCommit)
                commit = i;
            else if (c.sql.startsWith(u"BEGIN"))
                begin = i;
            else if (c.sql.startsWith(u"SELECT"))
                select = i;
            else if (c.sql.startsWith(u"UPDATE"))
                update = i;
            else if (c.sql.startsWith(u"INSERT"))
                insert = i;
        }
    }
};

void addStatement(AttemptRecord* record, int command, qint64* now, qint64 duration,
                  const char* sqlState = nullptr, int tryIndex = 0) {
    AttemptStatement statement;
    statement.trace.command = command;
    statement.trace.startNs = *now;
    statement.trace.endNs = *now + duration;
    if (sqlState)
        std::copy_n(sqlState, 5, statement.trace.sqlState.begin());
    statement.tryIndex = std::uint8_t(tryIndex);
    record->statements.push_back(statement);
    *now += duration + 20 * us;
}

// One attempt of the for-share script by `worker` starting at *now. Every 97th is a deadlock
// victim that tries again; every 50th waits 30 ms for its UPDATE.
AttemptRecord makeAttempt(const Commands& c, qint64 sequence, int worker, int index, qint64* now) {
    AttemptRecord record;
    record.sequence = sequence;
    record.worker = worker;
    record.session = 1 + index % 8;
    record.seatsRead = 10 - index % 10;
    record.startNs = *now;
    const bool deadlock = index % 97 == 96;
    int tryIndex = 0;
    if (deadlock) {
        addStatement(&record, c.begin, now, 50 * us);
        addStatement(&record, c.select, now, 100 * us);
        addStatement(&record, c.sleep, now, 1 * ms);
        addStatement(&record, c.update, now, 1 * ms, "40P01");
        tryIndex = 1;
    }
    addStatement(&record, c.begin, now, 50 * us, nullptr, tryIndex);
    addStatement(&record, c.select, now, 100 * us, nullptr, tryIndex);
    addStatement(&record, c.sleep, now, 1 * ms, nullptr, tryIndex);
    addStatement(&record, c.update, now, index % 50 == 49 ? 30 * ms : 120 * us, nullptr, tryIndex);
    addStatement(&record, c.insert, now, 90 * us, nullptr, tryIndex);
    addStatement(&record, c.commit, now, 60 * us, nullptr, tryIndex);
    record.tries = tryIndex + 1;
    record.reservedSeats = 1;
    record.outcome = AttemptOutcome::Reserved;
    if (deadlock)
        std::copy_n("40P01", 5, record.sqlState.begin());
    record.endNs = *now;
    *now += 200 * us; // the pause between reservations
    return record;
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
    StrategyScript m_script = forShare();
    Commands m_commands{m_script};
    static constexpr int workers = 5;
    static constexpr int perWorker = 20'000;
    QList<AttemptRecord> m_records; // in completion order, as a store hands them out
    Timeline m_model;

    // Statements of `worker` that overlap [from, to), counted the slow way.
    qsizetype statementsIn(int worker, qint64 from, qint64 to) const {
        qsizetype count = 0;
        for (const AttemptRecord& record : m_records) {
            if (record.worker != worker)
                continue;
            for (const AttemptStatement& s : record.statements)
                count += s.trace.endNs > from && s.trace.startNs < to ? 1 : 0;
        }
        return count;
    }

    void checkLevelOfDetail(int worker, qint64 from, qint64 to, int pixels) {
        const QList<TimelineSegment> segments = m_model.segments(worker, from, to, pixels);
        QVERIFY2(segments.size() <= 2 * pixels + 2,
                 qPrintable(u"%1 segments for %2 pixels"_s.arg(segments.size()).arg(pixels)));
        qsizetype statements = 0;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const TimelineSegment& s = segments[i];
            QVERIFY(s.startNs < s.endNs);
            QVERIFY(s.endNs > from && s.startNs < to);
            QVERIFY(s.contains(s.phase));
            QVERIFY(s.count == 1 ? s.sequence > 0 : s.sequence == 0);
            if (i > 0)
                QVERIFY(segments[i - 1].endNs <= s.startNs); // ordered, no overlap
            statements += s.count;
        }
        QCOMPARE(statements, statementsIn(worker, from, to)); // every statement covered
    }

private Q_SLOTS:
    void initTestCase() {
        // Workers run side by side; records complete in an order that mixes the workers.
        std::vector<qint64> clocks(workers + 1, 0);
        for (int worker = 1; worker <= workers; ++worker)
            clocks[size_t(worker)] = worker * 37 * us;
        m_records.reserve(workers * perWorker);
        qint64 sequence = 0;
        for (int index = 0; index < perWorker; ++index) {
            for (int worker = 1; worker <= workers; ++worker)
                m_records << makeAttempt(m_commands, ++sequence, worker, index,
                                         &clocks[size_t(worker)]);
        }
        QRandomGenerator random(7);
        for (qsizetype i = 0; i + 8 < m_records.size();
             i += 8) // completion order is not start order
            std::shuffle(m_records.begin() + i, m_records.begin() + i + 8, random);

        m_model.setScript(m_script);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < m_records.size(); i += 1000)
            m_model.addRecords(m_records.mid(i, 1000));
        m_model.segments(1, 0, 1, 1); // sorts
        qInfo("fed %lld attempts in %lld ms", qint64(m_records.size()), timer.elapsed());
    }

    void holdsAHundredThousandAttempts() {
        QCOMPARE(m_model.attemptCount(), qsizetype(workers * perWorker));
        QCOMPARE(m_model.workerCount(), workers);
        QCOMPARE(m_model.lastSequence(), qint64(workers * perWorker));
        QVERIFY(m_model.endNs() > m_model.startNs());
    }

    void keepsTheNewestAttemptsWithinItsCapacity() {
        Timeline bounded(10'000);
        bounded.setScript(m_script);
        for (qsizetype i = 0; i < m_records.size(); i += 1000)
            bounded.addRecords(m_records.mid(i, 1000));
        QVERIFY(bounded.attemptCount() >= bounded.capacity());
        QVERIFY(bounded.attemptCount() <= bounded.capacity() + bounded.capacity() / 4);
        QCOMPARE(bounded.lastSequence(), m_model.lastSequence());
        QVERIFY(!bounded.attempt(1));                     // the oldest went
        QVERIFY(bounded.attempt(m_model.lastSequence())); // the newest stayed
        QVERIFY(bounded.startNs() > m_model.startNs());
        QCOMPARE(bounded.endNs(), m_model.endNs());
        // The history kept is drawn in full: every statement that overlaps it.
        for (int worker = 1; worker <= workers; ++worker) {
            qsizetype statements = 0;
            for (const TimelineSegment& s :
                 bounded.segments(worker, bounded.startNs(), bounded.endNs(), 2000))
                statements += s.count;
            QCOMPARE(statements, statementsIn(worker, bounded.startNs(), bounded.endNs()));
        }
    }

    void levelOfDetailIsBoundedByPixelsAndCoversTheInterval() {
        const qint64 from = m_model.startNs();
        const qint64 to = m_model.endNs();
        for (int worker = 1; worker <= workers; ++worker)
            checkLevelOfDetail(worker, from, to, 1000);
        checkLevelOfDetail(3, from, to, 37);
        checkLevelOfDetail(2, from + (to - from) / 3, from + (to - from) / 2, 800);
        checkLevelOfDetail(4, from + 5 * ms, from + 45 * ms, 1200);
        checkLevelOfDetail(5, to - 3 * ms, to + 10 * ms, 640);
        QVERIFY(m_model.segments(1, to + 1 * ms, to + 2 * ms, 100).isEmpty());
        QVERIFY(m_model.segments(9, from, to, 100).isEmpty());
    }

    void zoomedOutBucketsKeepRareLockWaitsAndRollbacks() {
        const QList<TimelineSegment> segments =
            m_model.segments(1, m_model.startNs(), m_model.endNs(), 200);
        std::uint8_t seen = 0;
        for (const TimelineSegment& s : segments)
            seen |= s.phases;
        QVERIFY(seen & (1u << unsigned(Phase::RolledBack)));
        QVERIFY(seen & (1u << unsigned(Phase::LockWait)));
    }

    void zoomedInEveryStatementIsItsOwnSegment() {
        const AttemptRecord* victim = nullptr;
        for (const AttemptRecord& record : m_records) {
            if (record.worker == 2 && record.tries == 2) {
                victim = &record;
                break;
            }
        }
        QVERIFY(victim);
        const QList<TimelineSegment> segments =
            m_model.segments(2, victim->startNs, victim->endNs, 2000);
        QCOMPARE(segments.size(), qsizetype(victim->statements.size()));
        const QList<Phase> expected{Phase::Other, Phase::Read,  Phase::Think, Phase::RolledBack,
                                    Phase::Other, Phase::Read,  Phase::Think, Phase::Write,
                                    Phase::Write, Phase::Commit};
        for (qsizetype i = 0; i < segments.size(); ++i) {
            QCOMPARE(segments[i].count, 1);
            QCOMPARE(segments[i].sequence, victim->sequence);
            QCOMPARE(ScriptPhases::name(segments[i].phase), ScriptPhases::name(expected[i]));
        }
        // A 30 ms UPDATE among 120 µs ones is a lock wait.
        const AttemptRecord* slow = nullptr;
        for (const AttemptRecord& record : m_records) {
            if (record.worker == 3 && record.endNs - record.startNs > 30 * ms) {
                slow = &record;
                break;
            }
        }
        QVERIFY(slow);
        const QList<TimelineSegment> slowSegments =
            m_model.segments(3, slow->startNs, slow->endNs, 2000);
        QCOMPARE(ScriptPhases::name(slowSegments[3].phase), ScriptPhases::name(Phase::LockWait));
    }

    // What the window draws on a full-HD screen, every lane from start to end of a hundred
    // thousand attempts, is bounded by the pixels, not the attempts; asking again answers the
    // same, so a repaint draws what the last one drew.
    void screenWideQueriesOfEveryLaneAreBoundedByThePixelsAndRepeatable() {
        constexpr int screen = 1920;
        for (int worker = 1; worker <= workers; ++worker) {
            checkLevelOfDetail(worker, m_model.startNs(), m_model.endNs(), screen);
            if (QTest::currentTestFailed())
                return;
            const QList<TimelineSegment> first =
                m_model.segments(worker, m_model.startNs(), m_model.endNs(), screen);
            QVERIFY(first.size() < statementsIn(worker, m_model.startNs(), m_model.endNs()) / 10);
            const QList<TimelineSegment> again =
                m_model.segments(worker, m_model.startNs(), m_model.endNs(), screen);
            QCOMPARE(again.size(), first.size());
            for (qsizetype i = 0; i < first.size(); ++i) {
                QCOMPARE(again[i].startNs, first[i].startNs);
                QCOMPARE(again[i].endNs, first[i].endNs);
                QCOMPARE(again[i].count, first[i].count);
                QCOMPARE(again[i].phase, first[i].phase);
            }
        }
    }

    void hitTestFindsTheRightAttempt() {
        QRandomGenerator random(11);
        for (int i = 0; i < 200; ++i) {
            const AttemptRecord& record = m_records[random.bounded(m_records.size())];
            const qint64 middle = (record.startNs + record.endNs) / 2;
            const auto found = m_model.attemptAt(record.worker, middle, 0);
            QVERIFY(found);
            QCOMPARE(found->sequence, record.sequence);
            QCOMPARE(found->worker, record.worker);
            // Just after its end, in the pause before the next one: the nearest is this one.
            const auto near = m_model.attemptAt(record.worker, record.endNs + 50 * us, 60 * us);
            QVERIFY(near);
            QCOMPARE(near->sequence, record.sequence);
            QVERIFY(!m_model.attemptAt(record.worker, record.endNs + 50 * us, 10 * us));
        }
        QVERIFY(!m_model.attemptAt(1, m_model.endNs() + 1 * ms, 10 * us));
        QVERIFY(!m_model.attemptAt(7, m_model.startNs(), 1 * ms));
    }

    void anAttemptShowsItsStatementsValuesAndSqlState() {
        const AttemptRecord* victim = nullptr;
        for (const AttemptRecord& record : m_records) {
            if (record.worker == 4 && record.tries == 2) {
                victim = &record;
                break;
            }
        }
        QVERIFY(victim);
        const auto ref = m_model.attempt(victim->sequence);
        QVERIFY(ref);
        QCOMPARE(ref->sqlState, u"40P01"_s);
        QCOMPARE(ref->seatsRead, victim->seatsRead);
        QCOMPARE(ref->seatsWritten, victim->seatsRead - 1);
        QCOMPARE(ref->statements.size(), 10);
        QCOMPARE(ref->statements[3].sqlState, u"40P01"_s);
        QCOMPARE(ScriptPhases::name(ref->statements[3].phase),
                 ScriptPhases::name(Phase::RolledBack));
        QCOMPARE(ref->statements[3].tryIndex, 0);
        QCOMPARE(ref->statements[7].tryIndex, 1);
        QVERIFY(
            ref->statements[7].sql.startsWith(u"UPDATE seminar_sessions SET seats = :seats - 1"));
        QCOMPARE(ScriptPhases::name(ref->statements[7].phase), ScriptPhases::name(Phase::Write));
    }

    void feedsIncrementallyFromTheRecordStore() {
        RecordStore store(1000);
        Timeline model;
        model.setScript(m_script);
        MonitorSample sample; // worker 1 waits for worker 2 during its second attempt's UPDATE
        qint64 now = 0;
        QList<AttemptRecord> made;
        for (int i = 0; i < 3; ++i)
            made << makeAttempt(m_commands, 0, 1, i, &now);
        sample.elapsedNs = made[1].statements[3].trace.startNs + 10 * us;
        sample.waits.append({1, 2, 101, 102});
        model.addMonitorSample(sample);

        store.append(AttemptRecord(made[0]));
        store.append(AttemptRecord(made[1]));
        QCOMPARE(model.feed(store), 2);
        QCOMPARE(model.feed(store), 0);
        store.append(AttemptRecord(made[2]));
        QCOMPARE(model.feed(store), 1);
        QCOMPARE(model.attemptCount(), 3);
        QCOMPARE(model.lastSequence(), 3);

        const auto waited = model.attempt(2);
        QVERIFY(waited);
        QCOMPARE(ScriptPhases::name(waited->statements[3].phase),
                 ScriptPhases::name(Phase::LockWait));
        QCOMPARE(waited->blockedBy, QList<int>{2});
        QCOMPARE(ScriptPhases::name(model.attempt(1)->statements[3].phase),
                 ScriptPhases::name(Phase::Write));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
