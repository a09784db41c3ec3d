-- title: A run-time error in the script
-- kind: safe
-- summary: A correct FOR UPDATE body that divides by zero before it reports the booking.

\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1 / (:seats - :seats)
\endif
COMMIT;
