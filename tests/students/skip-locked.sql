-- title: Give up instead of waiting
-- kind: safe
-- summary: Reads a row that another worker holds as "no seat free" (SKIP LOCKED) and refuses,
-- although the session still has seats. Consistent, but it answers False wrongly.

\set reserved 0
BEGIN;
SELECT coalesce((SELECT seats FROM seminar_sessions WHERE id = :session_id
                 FOR UPDATE SKIP LOCKED), 0) AS seats \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
