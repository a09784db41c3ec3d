-- title: Write skew in REPEATABLE READ: two bookings of student 7
-- title[de]: Write Skew in REPEATABLE READ: zwei Buchungen von Person 7
-- kind: broken
-- summary: Student 7 holds one seat. Worker 1 books the student into session 2, worker 2 into
-- session 3, each in REPEATABLE READ: both count one seat, both book, both commit. The student
-- holds three.
-- summary[de]: Person 7 hat einen Platz. Worker 1 bucht sie in Seminar 2, Worker 2 in
-- Seminar 3, jeweils in REPEATABLE READ: Beide zählen einen Platz, beide buchen, beide
-- schreiben fest. Die Person hat drei.

\set user_id 7
\set session_id :worker + 1
\set reserved 0
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
