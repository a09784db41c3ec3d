-- title: Books without checking for a free seat
-- kind: broken
-- summary: Locks the session row with FOR UPDATE, so no update is lost, but never checks
-- seats > 0: full sessions keep selling, their free seats go below zero, and the sessions hold
-- more registrations than seats.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
COMMIT;
\set reserved 1
