-- title: A run-time error in the script
-- kind: safe
-- summary: A correct FOR UPDATE body that divides by zero before it reports the booking.

\set user random(1, 100)
\set session random(1, :sessions)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user, :session);
\set reserved 1 / (:seats - :seats)
\endif
COMMIT;
