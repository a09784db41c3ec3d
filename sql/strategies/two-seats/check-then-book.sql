-- title: Count, then book (the row lock of the seat exercise)
-- title[de]: Zählen, dann buchen (die Zeilensperre)
-- kind: broken
-- demo: threads 8, per-thread 12, think 20 ms, pause 0 ms
-- summary: The seat exercise's FOR UPDATE fix plus the new rule: count the student's seats and
-- book only below two. The lock is on the session's row, so two bookings of one student in
-- two sessions lock different rows, both count one seat, both book: the student holds three
-- (write skew). Locking what you read is not enough when the rule spans rows.
-- summary[de]: Die FOR-UPDATE-Lösung der Platz-Aufgabe plus die neue Regel: die Plätze des
-- Studierenden zählen und nur unter zwei buchen. Die Sperre liegt auf der Zeile des Seminars:
-- Zwei Buchungen derselben Person in zwei Seminaren sperren verschiedene Zeilen, zählen beide
-- einen Platz und buchen beide – die Person hat drei (Write Skew). Sperren, was man liest,
-- genügt nicht, wenn die Regel mehrere Zeilen umfasst.

\set user_id random(1, 10)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
