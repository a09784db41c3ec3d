#include "engine/pythonworkers.h"

#include "engine/attemptloop.h"
#include "engine/lockwaitquery.h"
#include "engine/runcontext.h"
#include "python/bridgeprocess.h"
#include "script/strategyscript.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

#include <ctime>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr int pollMs = 100;
constexpr int unfinishedReportMs = 1000;

qint64 monotonicNs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

TryOutcome outcomeOfState(const QString& state) {
    if (state == u"40P01")
        return TryOutcome::Deadlock;
    if (state == u"40001")
        return TryOutcome::SerializationFailure;
    return TryOutcome::SqlError;
}

// psycopg2 puts the server's DETAIL on a line of its own after the message.
QString detailOf(const QString& message) {
    const qsizetype at = message.indexOf(u"DETAIL:"_s);
    return at < 0 ? QString() : message.mid(at + 7).trimmed();
}

} // namespace

PythonWorkers::PythonWorkers(RunContext& context, const QSqlDatabase& control)
    : m_context(context)
    , m_control(control) {
}

QList<QPair<int, int>> PythonWorkers::arguments(quint64 seed, int worker, int count, int sessions,
                                                int users) {
    std::uint64_t state = argumentSeed(seed, worker);
    QList<QPair<int, int>> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const ReserveArguments drawn = drawArguments(&state, sessions, users);
        out.append({drawn.userId, drawn.sessionId});
    }
    return out;
}

QByteArray PythonWorkers::configuration() const {
    const ConnectionSettings& settings = m_context.settings;
    const Scenario& scenario = m_context.scenario;
    QJsonObject connect;
    if (!settings.host.isEmpty())
        connect.insert(u"host"_s, settings.host);
    if (settings.port > 0)
        connect.insert(u"port"_s, settings.port);
    if (!settings.database.isEmpty())
        connect.insert(u"dbname"_s, settings.database);
    if (!settings.user.isEmpty())
        connect.insert(u"user"_s, settings.user);
    if (!settings.password.isEmpty())
        connect.insert(u"password"_s, settings.password);
    connect.insert(u"connect_timeout"_s, settings.connectTimeoutSeconds);
    QString serverOptions = u"-c search_path="_s + settings.schema;
    if (scenario.deadlockTimeoutMs > 0)
        serverOptions += u" -c deadlock_timeout=%1"_s.arg(scenario.deadlockTimeoutMs);
    for (const auto& [key, value] : settings.options) {
        if (key == u"options")
            serverOptions = value + u' ' + serverOptions;
        else if (key != u"application_name")
            connect.insert(key, value);
    }
    connect.insert(u"options"_s, serverOptions);

    const int count = scenario.durationMs > 0 ? maxCallsPerWorker : scenario.perThread;
    QJsonArray calls;
    for (int worker = 1; worker <= scenario.threads; ++worker) {
        QJsonArray own;
        for (const auto& [user, session] :
             arguments(scenario.seed, worker, count, int(scenario.capacities.size()),
                       usersOf(scenario.exercise)))
            own.append(QJsonArray{user, session});
        calls.append(own);
    }
    QJsonObject config{{u"connect"_s, connect},
                       {u"application_name"_s, applicationName()},
                       {u"calls"_s, calls},
                       {u"pause_ms"_s, scenario.pauseMs},
                       {u"seat_limit"_s, seatLimitOf(scenario.exercise)}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact) + '\n';
}

void PythonWorkers::run(const std::function<void()>& started) {
    m_onStarted = started;
    const Scenario& scenario = m_context.scenario;
    BridgeProcess bridge;
    m_bridge = &bridge;
    Error error;
    error.file = scenario.python.fileName();
    if (!bridge.start(u"run"_s, scenario.python.fileName(), error) ||
        !bridge.write(configuration())) {
        if (!error.isSet())
            error.message = tr("the bridge to Python ended before it was given the load");
        m_context.noteScriptError(error);
        m_context.addProblem(error.text());
        m_bridge = nullptr;
        return;
    }
    bool timedOut = false;
    QByteArray line;
    const qint64 limitMs = scenario.hardLimitMs();
    for (;;) {
        // Stop and the limit are looked at between any two reports: a busy answer reports
        // without a pause, and its run must end all the same.
        if (m_context.stop.stopRequested()) {
            m_killed = true;
            break;
        }
        if (m_started && limitMs > 0 && m_context.clock.elapsed() >= limitMs) {
            cutAtTimeLimit();
            break;
        }
        const int waitMs =
            m_started && limitMs > 0
                ? int(std::clamp<qint64>(limitMs - m_context.clock.elapsed(), 1, pollMs))
                : pollMs;
        if (bridge.readLine(waitMs, &line, &timedOut)) {
            handle(line);
            if (!m_failure.isEmpty()) {
                m_killed = true; // the answer cannot run: its other threads end with it
                break;
            }
            continue;
        }
        if (!timedOut)
            break; // the bridge closed its output: it has ended
    }
    if (m_killed) {
        // The calls still running are named before the group goes.
        bridge.terminate();
        QDeadlineTimer grace(unfinishedReportMs);
        while (!grace.hasExpired() && bridge.readLine(int(grace.remainingTime()), &line, &timedOut))
            handle(line);
        bridge.killGroup();
        endBackends();
    }
    const int exitCode = bridge.wait();
    if (!m_killed && !m_done && !m_context.scriptError().isSet()) {
        Error failed;
        failed.file = scenario.python.fileName();
        failed.message = tr("the Python answer ended the bridge (exit code %1): %2")
                             .arg(exitCode)
                             .arg(QString::fromUtf8(bridge.standardError()).trimmed().right(2000));
        m_context.noteScriptError(failed);
        m_context.addProblem(failed.text());
    }
    if (!m_killed && !m_done && m_failure.isEmpty())
        m_failure = m_context.scriptError().text();
    m_context.addAnswers(m_answers);
    for (int worker = 1; worker <= scenario.threads; ++worker)
        m_context.unregisterBackend(worker);
    m_bridge = nullptr;
}

// The run's time is up with calls still running: what they wait for is sampled first, so
// that the verdict can name who held them up, as for script workers (LoadTest::joinWorkers).
void PythonWorkers::cutAtTimeLimit() {
    LockWaitQuery waits(m_control);
    const auto sample = waits.sample([this](int pid) { return m_context.workerOfBackend(pid); });
    m_context.cut(Interruption::Cause::TimeLimit, sample ? sample->waits : QList<LockWait>{},
                  sample ? sample->outside : QList<OutsideSession>{});
    m_killed = true;
}

// A killed client leaves its backend waiting for a lock, or in its transaction, until the
// server notices: the control connection ends them now.
void PythonWorkers::endBackends() {
    if (m_backends.isEmpty() || !m_control.isValid())
        return;
    QSqlQuery query(m_control);
    QStringList pids;
    for (int pid : std::as_const(m_backends))
        pids.append(QString::number(pid));
    query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid IN (%1)"_s.arg(
        pids.join(u',')));
}

void PythonWorkers::handle(const QByteArray& line) {
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QString event = object.value(u"event"_s).toString();
    if (event.isEmpty()) {
        if (object.contains(u"w"_s))
            call(object);
    } else if (event == u"backend") {
        const int pid = object.value(u"pid"_s).toInt();
        const int worker = object.value(u"worker"_s).toInt();
        m_context.registerBackendPid(worker, pid);
        if (!m_backends.contains(pid))
            m_backends.append(pid);
    } else if (event == u"ready") {
        m_context.clock.start();
        m_originNs = monotonicNs() - m_context.clock.nsecsElapsed();
        const qint64 deadline = m_context.scenario.durationMs > 0
                                    ? m_originNs + qint64(m_context.scenario.durationMs) * 1'000'000
                                    : 0;
        m_started = true;
        m_bridge->write("go " + QByteArray::number(deadline) + '\n');
        if (m_onStarted)
            m_onStarted();
    } else if (event == u"error") {
        Error error;
        error.file = m_context.scenario.python.fileName();
        error.line = object.value(u"line"_s).toInt();
        error.message = object.value(u"message"_s).toString();
        m_context.noteScriptError(error);
        m_context.addProblem(error.text());
        m_failure = error.text();
    } else if (event == u"counts") {
        if (object.contains(u"count_free_seats"_s))
            m_countFree = object.value(u"count_free_seats"_s);
        if (object.contains(u"count_occupied_seats"_s))
            m_countOccupied = object.value(u"count_occupied_seats"_s);
        for (const QString& name : {u"count_free_seats"_s, u"count_occupied_seats"_s}) {
            if (object.contains(name + u"_error"_s))
                m_countErrors.append(tr("%1() failed after the run: %2")
                                         .arg(name, object.value(name + u"_error"_s).toString()));
        }
    } else if (event == u"unfinished") {
        if (m_context.interruption().cause != Interruption::Cause::None) {
            for (const QJsonValue& value : object.value(u"calls"_s).toArray())
                unfinishedCall(value.toArray());
        }
    } else if (event == u"done") {
        m_done = true;
    }
}

void PythonWorkers::call(const QJsonObject& call) {
    RunContext& context = m_context;
    AttemptRecord record;
    record.worker = call.value(u"w"_s).toInt();
    record.user = call.value(u"u"_s).toInt();
    record.session = call.value(u"s"_s).toInt();
    record.startNs = qint64(call.value(u"t0"_s).toDouble()) - m_originNs;
    record.endNs = qint64(call.value(u"t1"_s).toDouble()) - m_originNs;
    const bool raised = call.contains(u"exc"_s);
    const QString state = call.value(u"state"_s).toString();
    const QJsonArray errors = call.value(u"errors"_s).toArray();
    // The statement errors the call saw; when the call raised one of them, that last one
    // ended it, and every other was retried (by the student's own loop) or swallowed.
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonArray error = errors.at(i).toArray();
        TryResult failed;
        failed.sqlState = error.at(0).toString();
        failed.message = error.at(1).toString().trimmed();
        failed.outcome = outcomeOfState(failed.sqlState);
        if (failed.outcome == TryOutcome::Deadlock)
            failed.detail = detailOf(failed.message);
        const bool last = i == errors.size() - 1;
        record.addFailedTry(failed.sqlState);
        context.countFailedTry(failed, !(raised && last && failed.sqlState == state));
    }
    const bool raisedOneOfThem =
        raised && !errors.isEmpty() && errors.last().toArray().at(0).toString() == state;
    if (raised && !state.isEmpty() && !raisedOneOfThem) {
        // Raised where the reporting cursor does not see it (a `with conn:` block's commit).
        TryResult failed;
        failed.sqlState = state;
        failed.message = call.value(u"exc"_s).toString();
        failed.outcome = outcomeOfState(state);
        record.addFailedTry(state);
        context.countFailedTry(failed, false);
    }
    record.tries = qMax(1, int(errors.size()) + (raisedOneOfThem ? 0 : 1));
    if (raised) {
        record.errorMessage = call.value(u"exc"_s).toString();
        record.setSqlState(state);
        if (state.isEmpty()) { // a Python error, not the server's
            TryResult failed;
            failed.outcome = TryOutcome::ScriptError;
            failed.message = record.errorMessage;
            failed.line = call.value(u"line"_s).toInt();
            context.countFailedTry(failed, false);
        } else if (state == u"40P01") {
            record.errorDetail = detailOf(record.errorMessage);
        }
        const TryOutcome outcome = outcomeOfState(state);
        record.outcome =
            outcome == TryOutcome::SqlError ? AttemptOutcome::Error : AttemptOutcome::GaveUp;
        if (record.outcome == AttemptOutcome::Error)
            bump(context.counters.otherErrors);
        bump(context.counters.failed);
    } else if (call.value(u"yes"_s).toBool()) {
        record.outcome = AttemptOutcome::Reserved;
        record.reservedSeats = 1;
        bump(context.counters.reserved);
        m_answers.noteBooking(record.user, record.session, 0, 1);
    } else {
        record.outcome = AttemptOutcome::Full;
        bump(context.counters.rejectedFull);
        // The bridge looked right after the refusal, as a script worker looks: a free seat,
        // and under a seat limit a student below it, mean the call could have booked.
        const int limit = seatLimitOf(context.scenario.exercise);
        m_answers.noteRefusal(record.session, 0, record.user,
                              call.value(u"free"_s).toInt() > 0 &&
                                  (limit == 0 || call.value(u"held"_s).toInt(limit) < limit));
    }
    bump(context.counters.attempts);
    context.attemptEnded(record.endNs);
    context.records->append(std::move(record));
}

// A call still running when the run was stopped or cut is a reservation that did not
// finish, as a script worker's attempt in flight: it counts as cut off, not as an answer.
void PythonWorkers::unfinishedCall(const QJsonArray& call) {
    AttemptRecord record;
    record.worker = call.at(0).toInt();
    record.user = call.at(1).toInt();
    record.session = call.at(2).toInt();
    record.startNs = qint64(call.at(3).toDouble()) - m_originNs;
    record.endNs = m_context.nowNs();
    record.tries = 1;
    record.outcome = AttemptOutcome::Stopped;
    record.errorMessage = tr("reserve_seat(conn, %1, %2) had not returned when the run ended")
                              .arg(record.user)
                              .arg(record.session);
    bump(m_context.counters.cutOff);
    m_context.attemptEnded(record.endNs);
    m_context.records->append(std::move(record));
}

void PythonWorkers::compareCounts(const Audit& audit) {
    for (const QString& problem : std::as_const(m_countErrors))
        m_context.addProblem(problem);
    const auto compare = [this](const std::optional<QJsonValue>& value, const QString& name,
                                qint64 table) {
        if (!value)
            return;
        const QJsonValue returned = *value;
        if (returned.isDouble() && qint64(returned.toDouble()) == table)
            return;
        const QString shown = returned.isNull()     ? u"None"_s
                              : returned.isBool()   ? (returned.toBool() ? u"True"_s : u"False"_s)
                              : returned.isDouble() ? QString::number(returned.toDouble())
                                                    : returned.toString();
        m_context.addProblem(
            tr("%1() returned %2; the table holds %3.").arg(name, shown).arg(table));
    };
    compare(m_countFree, u"count_free_seats"_s, audit.free());
    compare(m_countOccupied, u"count_occupied_seats"_s, audit.occupied());
}

} // namespace seatsim
