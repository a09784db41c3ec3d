-- title: Lock the student's seats, then count
-- kind: safe
-- summary: Locks the student's existing registrations FOR UPDATE before counting them, and the
-- session's row. The row that matters is the one about to be inserted, which no one can lock:
-- two bookings of one student still both count one seat and both book.

BEGIN;
SELECT count(*) AS locked FROM (SELECT 1 FROM seminar_registrations WHERE user_id = :user_id
                                FOR UPDATE) AS mine \gset
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
