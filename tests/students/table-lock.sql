-- title: Lock the whole table
-- kind: safe
-- summary: One booking at a time: the transaction locks seminar_sessions in EXCLUSIVE mode
-- before it reads. Slow, but right.

BEGIN;
LOCK TABLE seminar_sessions IN EXCLUSIVE MODE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
