-- One row per run; ran_at and login come from the server: now() and current_user.
INSERT INTO run_history (strategy_id, strategy_title, script, threads, per_thread, think_ms,
                         pause_ms, seed, max_tries, capacity, duration_ms, free, occupied,
                         verdict, headline, judgement, counters)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
