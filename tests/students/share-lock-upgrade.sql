-- title: A table lock that is upgraded
-- kind: safe
-- summary: Locks the sessions table in SHARE mode, then updates it: two workers that both
-- hold SHARE wait for each other's ROW EXCLUSIVE. Consistent, but it deadlocks.

\set reserved 0
BEGIN;
LOCK TABLE seminar_sessions IN SHARE MODE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
