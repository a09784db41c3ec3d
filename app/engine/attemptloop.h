#pragma once

#include "engine/attemptrecord.h"
#include "engine/scenario.h"
#include "script/scriptrunner.h"
#include "verdict/judge.h"

#include <QElapsedTimer>
#include <cstdint>
#include <functional>
#include <vector>

namespace seatsim {

class SeatDatabase;
class StopToken;

// The arguments the load test passes to one reserve_seat(conn, user_id, session_id) call;
// session2Id (never session_id) for a booking of two sessions.
struct ReserveArguments {
    int userId = 0;
    int sessionId = 0;
    int session2Id = 0;
};

// Draws the next call's arguments from a worker's argument stream, as the exercise's load
// test does: a user from 1..users, a session from 1..sessions.
ReserveArguments drawArguments(std::uint64_t* state, int sessions, int users);

// One reservation attempt as it ended: its record and the result of its last try.
struct Attempt {
    AttemptRecord record;
    TryResult lastTry;
};

// The attempts of one worker: sets the variables the program provides, runs the strategy
// script, tries again on 40001/40P01 up to the scenario's maxTries (as pgbench --max-tries
// does), records the statements of every try, reads the script's variables back and
// classifies the outcome; notes each booking and refusal in the worker's own AnswerBook.
// Load-test workers, step-by-step workers and the tests' stepped
// workers all attempt through it, in the thread that owns the runner's connection.
class AttemptLoop {
public:
    // After a try that failed, unless a stop ended it; `retrying` when another try follows.
    using FailedTry = std::function<void(const TryResult& failed, bool retrying)>;

    // `clock` is the run's clock, already started: the record's times are ns since it.
    // The runner and the stop token must outlive the loop.
    AttemptLoop(ScriptRunner& runner, const Scenario& scenario, int worker,
                const QElapsedTimer& clock, const StopToken* stop);

    void onFailedTry(FailedTry callback) { m_failedTry = std::move(callback); }
    // After each refusal, reads the sessions it asked for on `database` (the runner's
    // connection): a seat still free means the refusal was wrong, even if the session sells
    // out before the run ends. The database must outlive the loop.
    void checkRefusalsOn(SeatDatabase* database) { m_refusalCheck = database; }

    // One attempt, with all its tries.
    Attempt attempt();
    // What reserve_seat answered in this loop's attempts so far.
    const AnswerBook& answers() const { return m_answers; }

private:
    bool stopRequested() const;
    void setArguments(const ReserveArguments& arguments);
    bool seatsLeftAfterRefusal(int session, int session2, int user);
    bool seatsLeftIn(int session);
    bool belowSeatLimit(int user);

    ScriptRunner& m_runner;
    const int m_maxTries;
    const int m_worker;
    const QElapsedTimer m_clock;
    const StopToken* const m_stop;
    FailedTry m_failedTry;
    SeatDatabase* m_refusalCheck = nullptr;
    AnswerBook m_answers;
    std::uint64_t m_argumentState = 0;
    const int m_sessions;
    // Sessions this worker saw sold out after a refusal: seats never come back, so a session
    // once seen full needs no second look (under the exercise's 40 seats most attempts are
    // refusals of sold-out sessions).
    std::vector<bool> m_seenFull;
    const int m_users;
    const int m_seatLimit;           // seats one student may hold; 0: no limit
    std::vector<bool> m_seenAtLimit; // students seen holding their limit: never fewer again
    int m_userSlot = -1;
    int m_sessionSlot = -1;
    int m_session2Slot = -1;
    int m_seatsSlot = -1;
    int m_seats2Slot = -1;
    int m_reservedSlot = -1;
};

// The random seed of worker `number` (1-based) in a run seeded with `seed`: neighbouring
// seeds and workers get unrelated streams.
quint64 workerSeed(quint64 seed, int number);
// The seed of the stream worker `number` draws reserve_seat's arguments from: apart from the
// script's own random(), so a script's draws do not shift the arguments and the same seed
// passes the same arguments to every answer.
quint64 argumentSeed(quint64 seed, int number);

} // namespace seatsim
