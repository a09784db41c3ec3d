-- title: Lock the student, then the row
-- title[de]: Erst die Person sperren, dann die Zeile
-- kind: safe
-- demo: threads 8, per-thread 12, think 20 ms, pause 0 ms
-- summary: A lock on what the rule is about: the transaction takes an advisory lock on the
-- student's id before it counts, so two bookings of one student go one after the other and
-- the second counts the first's seat. Then the session's row FOR UPDATE, as before.
-- summary[de]: Eine Sperre auf das, worum es in der Regel geht: Die Transaktion nimmt vor dem
-- Zählen eine Advisory-Sperre auf die id der Person, sodass zwei Buchungen derselben Person
-- nacheinander laufen und die zweite den Platz der ersten mitzählt. Danach wie bisher die
-- Zeile des Seminars mit FOR UPDATE.

\set user_id random(1, 10)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN;
SELECT pg_advisory_xact_lock(:user_id);
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
