-- title: Books the wrong group
-- kind: safe
-- summary: Takes a seat in the next session instead of the one asked for (session_id + 1,
-- 1 after the last), and answers True: consistent, but the caller was not booked.

\set booked_id :session_id % :sessions + 1
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :booked_id FOR UPDATE \gset
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :booked_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :booked_id);
\set reserved 1
\endif
COMMIT;
