-- title: Always says yes
-- kind: safe
-- summary: Books correctly under a row lock but returns True even when no seat was free.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\endif
COMMIT;
\set reserved 1
