#include "engine/attemptloop.h"

#include "common/exercise.h"
#include "common/splitmix64.h"
#include "common/stoptoken.h"
#include "script/programvariables.h"
#include "server/seatdatabase.h"

namespace seatsim {

quint64 workerSeed(quint64 seed, int number) {
    return splitmix64Mix(seed + quint64(number) * splitmix64Gamma);
}

quint64 argumentSeed(quint64 seed, int number) {
    return splitmix64Mix(workerSeed(seed, number) ^ 0xA5A5'5EA7'1D5E'55A1ULL);
}

ReserveArguments drawArguments(std::uint64_t* state, int sessions) {
    ReserveArguments arguments;
    arguments.userId = int(scriptRandom(state, 1, exercise::users));
    arguments.sessionId = int(scriptRandom(state, 1, qMax(1, sessions)));
    if (sessions > 1) {
        arguments.session2Id = int(scriptRandom(state, 1, sessions - 1));
        if (arguments.session2Id >= arguments.sessionId)
            ++arguments.session2Id;
    }
    return arguments;
}

AttemptLoop::AttemptLoop(ScriptRunner& runner, const Scenario& scenario, int worker,
                         const QElapsedTimer& clock, const StopToken* stop)
    : m_runner(runner)
    , m_maxTries(scenario.maxTries)
    , m_worker(worker)
    , m_clock(clock)
    , m_stop(stop)
    , m_argumentState(argumentSeed(scenario.seed, worker))
    , m_sessions(int(scenario.capacities.size()))
    , m_seenFull(size_t(m_sessions) + 1, false) {
    m_runner.setClockOrigin(m_clock);
    m_runner.seedRandom(workerSeed(scenario.seed, worker));
    m_runner.setVariable(var::sessions, scenario.capacities.size());
    m_runner.setVariable(var::thinkMs, scenario.thinkMs);
    m_runner.setVariable(var::worker, worker);
    m_runner.setVariable(var::capacityTotal, scenario.capacity());
    m_userSlot = m_runner.slotOf(var::userId);
    m_sessionSlot = m_runner.slotOf(var::sessionId);
    // A booking is of two sessions only when the script works with the second argument.
    if (m_runner.script().mentions(var::session2Id))
        m_session2Slot = m_runner.slotOf(var::session2Id);
    m_seatsSlot = m_runner.slotOf(var::seats);
    m_seats2Slot = m_runner.slotOf(var::seats2);
    m_reservedSlot = m_runner.slotOf(var::reserved);
}

bool AttemptLoop::stopRequested() const {
    return m_stop && m_stop->stopRequested();
}

void AttemptLoop::setArguments(const ReserveArguments& arguments) {
    m_runner.setVariable(m_userSlot, arguments.userId);
    m_runner.setVariable(m_sessionSlot, arguments.sessionId);
    m_runner.setVariable(m_runner.slotOf(var::session2Id), arguments.session2Id);
}

bool AttemptLoop::seatsLeftIn(int session) {
    const bool known = session > 0 && session <= m_sessions;
    if (known && m_seenFull[size_t(session)])
        return false;
    Error error; // a check that cannot read leaves the judgement to the run's final audit
    const std::optional<int> seats = m_refusalCheck->freeSeats(session, error);
    if (seats && *seats <= 0 && known)
        m_seenFull[size_t(session)] = true;
    return seats && *seats > 0;
}

bool AttemptLoop::seatsLeftAfterRefusal(int session, int session2) {
    if (!m_refusalCheck || stopRequested() || session <= 0)
        return false;
    return seatsLeftIn(session) && (session2 <= 0 || seatsLeftIn(session2));
}

Attempt AttemptLoop::attempt() {
    Attempt attempt;
    AttemptRecord& record = attempt.record;
    TryResult& result = attempt.lastTry;
    record.worker = m_worker;
    record.startNs = m_clock.nsecsElapsed();
    const ReserveArguments arguments = drawArguments(&m_argumentState, m_sessions);
    for (int tryIndex = 0;; ++tryIndex) {
        setArguments(arguments); // a retry calls reserve_seat again with the same arguments
        result = m_runner.run(tryIndex > 0);
        const std::vector<StatementTrace>& trace = m_runner.trace();
        record.statements.reserve(record.statements.size() + trace.size());
        for (const StatementTrace& statement : trace)
            record.statements.push_back({statement, std::uint8_t(qMin(tryIndex, 255))});
        record.tries = tryIndex + 1;
        if (result.ok() || stopRequested() || result.outcome == TryOutcome::Stopped)
            break;
        record.addFailedTry(result.sqlState);
        record.errorMessage = result.message;
        if (result.outcome == TryOutcome::Deadlock)
            record.errorDetail = result.detail;
        const bool retrying = result.isRetryable() && record.tries < m_maxTries;
        if (m_failedTry)
            m_failedTry(result, retrying);
        if (!retrying)
            break;
    }
    record.endNs = m_clock.nsecsElapsed();
    record.user = int(m_runner.intVariable(m_userSlot));
    record.session = int(m_runner.intVariable(m_sessionSlot));
    record.session2 = int(m_runner.intVariable(m_session2Slot));
    record.seatsRead = int(m_runner.intVariable(m_seatsSlot, -1));
    record.seatsRead2 = int(m_runner.intVariable(m_seats2Slot, -1));
    if (!result.ok())
        record.setSqlState(result.sqlState);
    record.reservedSeats = result.ok() ? int(m_runner.intVariable(m_reservedSlot)) : 0;
    record.outcome = attemptOutcome(result, record.reservedSeats, stopRequested());
    if (record.outcome == AttemptOutcome::Reserved)
        m_answers.noteBooking(record.user, record.session, record.session2, record.reservedSeats);
    else if (record.outcome == AttemptOutcome::Full)
        m_answers.noteRefusal(record.session, record.session2,
                              seatsLeftAfterRefusal(record.session, record.session2));
    return attempt;
}

} // namespace seatsim
