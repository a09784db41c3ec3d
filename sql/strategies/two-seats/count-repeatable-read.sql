-- title: Count, then book in REPEATABLE READ
-- title[de]: Zählen, dann buchen in REPEATABLE READ
-- kind: broken
-- demo: threads 8, per-thread 12, think 20 ms, pause 0 ms
-- summary: The whole booking in one REPEATABLE READ snapshot, retried on 40001. The snapshot
-- stops the lost update (a second write of the same row fails), but two bookings of one
-- student in two sessions write different rows: each counts one seat in its snapshot, both
-- commit, and the student holds three. Snapshot isolation allows write skew.
-- summary[de]: Die ganze Buchung in einem REPEATABLE-READ-Schnappschuss, bei 40001 wiederholt.
-- Der Schnappschuss verhindert das Lost Update (ein zweites Schreiben derselben Zeile
-- scheitert), aber zwei Buchungen derselben Person in zwei Seminaren schreiben verschiedene
-- Zeilen: Jede zählt in ihrem Schnappschuss einen Platz, beide committen, die Person hat drei.
-- Snapshot Isolation lässt Write Skew zu.

\set user_id random(1, 10)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
