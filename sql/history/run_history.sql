-- The memory of the runs in one schema: one row per run that reached its audit.
-- Created IF NOT EXISTS in the schema of the run (search_path points there) and never dropped
-- by a reset, so the history of a student outlives the program and the board of the lecturer
-- can read it.
CREATE TABLE IF NOT EXISTS run_history (
    id BIGSERIAL PRIMARY KEY,
    ran_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    login NAME NOT NULL DEFAULT current_user,
    strategy_id TEXT NOT NULL,
    strategy_title TEXT NOT NULL,
    script TEXT NOT NULL,
    threads INTEGER NOT NULL,
    per_thread INTEGER NOT NULL,
    think_ms INTEGER NOT NULL,
    pause_ms INTEGER NOT NULL,
    seed BIGINT NOT NULL,
    max_tries INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    duration_ms BIGINT NOT NULL,
    free INTEGER,
    occupied INTEGER,
    verdict TEXT NOT NULL,   -- correct, inconsistent, not_correct, unjudged
    headline TEXT NOT NULL,  -- the verdict in words, in the language of the run
    judgement JSONB NOT NULL, -- the fields of the judge (Verdict::insertInto)
    counters JSONB NOT NULL   -- attempts, reserved, retries, deadlocks, ... (RunCounters)
)
