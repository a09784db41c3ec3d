-- title: Write skew in SERIALIZABLE: two bookings of student 7
-- title[de]: Write Skew in SERIALIZABLE: zwei Buchungen von Person 7
-- kind: safe
-- summary: Student 7 holds one seat. Worker 1 books the student into session 2, worker 2 into
-- session 3, each in SERIALIZABLE: both count one seat and book; the server sees that each
-- read what the other wrote and aborts one (40001). The limit holds.
-- summary[de]: Person 7 hat einen Platz. Worker 1 bucht sie in Seminar 2, Worker 2 in
-- Seminar 3, jeweils in SERIALIZABLE: Beide zählen einen Platz und buchen; der Server sieht,
-- dass jede las, was die andere schrieb, und bricht eine ab (40001). Die Grenze hält.

\set user_id 7
\set session_id :worker + 1
\set reserved 0
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
