-- title: Lock the row, then book
-- kind: safe
-- summary: reserve_seat in one transaction that reads its session's row FOR UPDATE: the
-- second caller waits until the first has committed and then reads the new number.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
