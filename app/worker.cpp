#include "worker.h"

#include "runcontext.h"
#include "scriptrunner.h"
#include "threadjoin.h"

#include <QSqlDatabase>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatsim {

quint64 workerSeed(quint64 seed, int number) {
    // splitmix64: neighbouring seeds and workers get unrelated streams.
    quint64 z = seed + quint64(number) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Worker::Worker(RunContext* context, int number, QObject* parent)
    : QThread(parent)
    , m_context(context)
    , m_number(number) {
}

void Worker::run() {
    if (m_context->workerNice > 0) // per thread on Linux; failing leaves the default
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), m_context->workerNice);
    const QString name = uniqueConnectionName(u"seatsim-worker"_s);
    {
        QString error;
        const QSqlDatabase db = m_context->settings.open(name, &error);
        if (db.isValid()) {
            work(db);
        } else {
            m_context->addProblem(tr("Worker %1 could not connect: %2").arg(m_number).arg(error));
            m_context->arriveAndWait();
        }
    }
    closeConnection(name);
    threadFinishing();
}

void Worker::work(const QSqlDatabase& db) {
    RunContext& context = *m_context;
    const Scenario& scenario = context.scenario;
    context.registerBackend(m_number, nativeConnection(db));

    ScriptRunner runner(scenario.strategy, db, &context.stop);
    if (!context.arriveAndWait()) {
        context.unregisterBackend(m_number);
        return;
    }
    runner.setClockOrigin(context.clock);
    runner.seedRandom(workerSeed(scenario.seed, m_number));
    runner.setVariable(u"sessions"_s, scenario.capacities.size());
    runner.setVariable(u"think_ms"_s, scenario.thinkMs);
    runner.setVariable(u"worker"_s, m_number);
    runner.setVariable(u"capacity_total"_s, scenario.capacity());
    const int userSlot = runner.slotOf(u"user"_s);
    const int sessionSlot = runner.slotOf(u"session"_s);
    const int session2Slot = runner.slotOf(u"session2"_s);
    const int seatsSlot = runner.slotOf(u"seats"_s);
    const int seats2Slot = runner.slotOf(u"seats2"_s);
    const int reservedSlot = runner.slotOf(u"reserved"_s);
    const qint64 deadlineNs = qint64(scenario.durationMs) * 1'000'000;

    for (int attempt = 0;; ++attempt) {
        if (context.stop.stopRequested())
            break;
        if (deadlineNs > 0 ? context.nowNs() >= deadlineNs : attempt >= scenario.perThread)
            break;

        AttemptRecord record;
        record.worker = m_number;
        record.startNs = context.nowNs();
        TryResult result;
        for (int tryIndex = 0;; ++tryIndex) {
            result = runner.run(tryIndex > 0);
            record.statements.reserve(record.statements.size() + runner.trace().size());
            for (const StatementTrace& trace : runner.trace())
                record.statements.push_back({trace, std::uint8_t(qMin(tryIndex, 255))});
            record.tries = tryIndex + 1;
            if (result.ok() || context.stop.stopRequested())
                break;
            context.addError(result.sqlState);
            if (result.outcome == TryOutcome::Deadlock) {
                bump(context.counters.deadlocks);
                record.errorDetail = result.detail;
            } else if (result.outcome == TryOutcome::SerializationFailure)
                bump(context.counters.serializationFailures);
            if (!result.isRetryable() || record.tries >= scenario.maxTries)
                break;
            bump(context.counters.retries);
        }
        record.endNs = context.nowNs();
        context.attemptEnded(record.endNs);
        record.user = int(runner.intVariable(userSlot));
        record.session = int(runner.intVariable(sessionSlot));
        record.session2 = int(runner.intVariable(session2Slot));
        record.seatsRead = int(runner.intVariable(seatsSlot, -1));
        record.seatsRead2 = int(runner.intVariable(seats2Slot, -1));
        if (!result.ok())
            record.setSqlState(result.sqlState);

        record.reservedSeats = result.ok() ? int(runner.intVariable(reservedSlot)) : 0;
        record.outcome = attemptOutcome(result, record.reservedSeats, context.stop.stopRequested());
        bool endWorker = false;
        switch (record.outcome) {
        case AttemptOutcome::Reserved:
            bump(context.counters.reserved, record.reservedSeats);
            break;
        case AttemptOutcome::Full:
            bump(context.counters.rejectedFull);
            break;
        case AttemptOutcome::GaveUp:
            break;
        case AttemptOutcome::Stopped:
            endWorker = true;
            break;
        case AttemptOutcome::Unknown:
            bump(context.counters.unknownOutcomes);
            context.addProblem(tr("Worker %1 lost the connection during COMMIT: whether that "
                                  "reservation happened is unknown.")
                                   .arg(m_number));
            endWorker = true;
            break;
        case AttemptOutcome::ConnectionLost:
            context.addProblem(tr("Connection lost: %1").arg(result.message));
            endWorker = true;
            break;
        case AttemptOutcome::Error:
            bump(context.counters.otherErrors);
            if (result.outcome == TryOutcome::ScriptError) {
                context.addProblem(tr("%1:%2: %3")
                                       .arg(scenario.strategy.fileName())
                                       .arg(result.line)
                                       .arg(result.message));
                context.stop.requestStop(); // the script itself is wrong: every try would fail
                endWorker = true;
            }
            break;
        }
        if (!result.ok() && record.outcome != AttemptOutcome::Stopped)
            bump(context.counters.failed);
        if (record.outcome != AttemptOutcome::Stopped)
            bump(context.counters.attempts);
        context.records->append(std::move(record));
        if (endWorker)
            break;
        if (scenario.pauseMs > 0 &&
            !context.stop.sleepFor(std::chrono::milliseconds(scenario.pauseMs)))
            break;
    }
    context.unregisterBackend(m_number);
}

} // namespace seatsim
