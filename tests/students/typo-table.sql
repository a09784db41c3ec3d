-- title: A typo in the table name
-- kind: safe
-- summary: A student's FOR UPDATE fix that names a table that does not exist: every
-- statement fails, no seat is ever booked. Consistent, but every answer is an error.

\set reserved 0
BEGIN;
SELECT seats FROM seminar_sesions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
