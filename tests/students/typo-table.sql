-- title: A typo in the table name
-- kind: safe
-- summary: A student's FOR UPDATE fix that names a table that does not exist: every
-- statement fails, no seat is ever booked. Consistent, but every answer is an error.

\set user random(1, 100)
\set session random(1, :sessions)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sesions WHERE id = :session FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user, :session);
\set reserved 1
\endif
COMMIT;
