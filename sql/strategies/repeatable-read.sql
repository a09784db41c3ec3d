-- title: REPEATABLE READ with retries
-- title[de]: REPEATABLE READ mit Wiederholung
-- kind: safe
-- summary: The naive code at REPEATABLE READ. When a worker wants to update a row that
-- another transaction changed after its snapshot, PostgreSQL refuses with SQLSTATE 40001
-- ("could not serialize access due to concurrent update") instead of overwriting it; the
-- program repeats the script. Enough here, because both workers write the same row.
-- summary[de]: Der naive Code mit REPEATABLE READ. Will ein Worker eine Zeile ändern, die
-- eine andere Transaktion nach seinem Snapshot geändert hat, verweigert PostgreSQL das mit
-- SQLSTATE 40001 („could not serialize access due to concurrent update“), statt sie zu
-- überschreiben; das Programm wiederholt das Skript. Das genügt hier, weil beide Worker
-- dieselbe Zeile schreiben.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
