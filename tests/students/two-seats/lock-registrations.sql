-- title: Lock the registrations table
-- kind: safe
-- summary: Locks seminar_registrations in EXCLUSIVE mode before counting: one booking at a
-- time writes registrations, so the second booking of a student counts the first one's seat.

BEGIN;
LOCK TABLE seminar_registrations IN EXCLUSIVE MODE;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
