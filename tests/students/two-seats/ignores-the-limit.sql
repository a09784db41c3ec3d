-- title: The seat exercise's answer, unchanged
-- kind: safe
-- summary: A correct answer to the seat exercise that never looks at the new rule: it books
-- every student as often as asked.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
