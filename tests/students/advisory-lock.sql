-- title: One advisory lock per session
-- kind: safe
-- summary: A correct fix with a lock none of the built-ins use: the transaction takes an
-- advisory lock on the session's id before it reads, so bookings of one session go one at
-- a time; the lock ends with the transaction.

\set reserved 0
BEGIN;
SELECT pg_advisory_xact_lock(4711, :session_id);
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
