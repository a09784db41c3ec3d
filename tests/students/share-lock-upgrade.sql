-- title: A table lock that is upgraded
-- kind: safe
-- summary: Locks the sessions table in SHARE mode, then updates it: two workers that both
-- hold SHARE wait for each other's ROW EXCLUSIVE. Consistent, but it deadlocks.

\set user random(1, 100)
\set session random(1, :sessions)
\set reserved 0
BEGIN;
LOCK TABLE seminar_sessions IN SHARE MODE;
SELECT seats FROM seminar_sessions WHERE id = :session \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user, :session);
\set reserved 1
\endif
COMMIT;
