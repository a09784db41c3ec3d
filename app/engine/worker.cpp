#include "engine/worker.h"

#include "common/threadjoin.h"
#include "engine/attemptloop.h"
#include "engine/runcontext.h"
#include "script/scriptrunner.h"
#include "server/seatdatabase.h"
#include "server/serverinfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatsim {

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
        Error error;
        const QSqlDatabase db = m_context->settings.open(name, error);
        if (db.isValid()) {
            work(db);
        } else {
            if (isOutOfConnectionSlots(error))
                m_context->refuseForLackOfSlots(error);
            else
                m_context->addProblem(
                    tr("Worker %1 could not connect: %2").arg(m_number).arg(error.text()));
            m_context->arriveAndWait();
        }
    }
    closeConnection(name);
    threadFinishing();
}

void Worker::work(const QSqlDatabase& db) {
    RunContext& context = *m_context;
    const Scenario& scenario = context.scenario;
    if (scenario.deadlockTimeoutMs > 0) // only superusers may; the others keep the server's
        QSqlQuery(db).exec(u"SET deadlock_timeout = %1"_s.arg(scenario.deadlockTimeoutMs));
    context.registerBackend(m_number, nativeConnection(db));

    ScriptRunner runner(scenario.strategy, db, &context.stop);
    if (!context.arriveAndWait()) {
        context.unregisterBackend(m_number);
        return;
    }
    AttemptLoop loop(runner, scenario, m_number, context.clock, &context.stop);
    SeatDatabase seats(db, context.settings.schema);
    loop.checkRefusalsOn(&seats);
    loop.onFailedTry([&context](const TryResult& failed, bool retrying) {
        context.countFailedTry(failed, retrying);
    });
    const qint64 deadlineNs = qint64(scenario.durationMs) * 1'000'000;

    for (int attempt = 0;; ++attempt) {
        if (context.stop.stopRequested())
            break;
        if (deadlineNs > 0 ? context.nowNs() >= deadlineNs : attempt >= scenario.perThread)
            break;

        Attempt done = loop.attempt();
        AttemptRecord& record = done.record;
        const TryResult& result = done.lastTry;
        context.attemptEnded(record.endNs);
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
            bump(context.counters.cutOff);
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
                Error error;
                error.message = result.message;
                error.file = scenario.strategy.fileName();
                error.line = result.line;
                context.noteScriptError(error);
                context.addProblem(error.text());
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
    context.addAnswers(loop.answers());
    context.unregisterBackend(m_number);
}

} // namespace seatsim
