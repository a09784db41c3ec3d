-- title: Count, then book in SERIALIZABLE
-- title[de]: Zählen, dann buchen in SERIALIZABLE
-- kind: safe
-- demo: threads 8, per-thread 12, think 20 ms, pause 0 ms
-- summary: The same booking in SERIALIZABLE, retried on 40001. The server notices that two
-- transactions each read what the other writes (the student's registrations) and aborts one
-- of them; its retry counts the seat the other booked. The limit holds.
-- summary[de]: Dieselbe Buchung in SERIALIZABLE, bei 40001 wiederholt. Der Server bemerkt,
-- dass zwei Transaktionen jeweils lesen, was die andere schreibt (die Anmeldungen der
-- Person), und bricht eine ab; ihre Wiederholung zählt den Platz mit, den die andere gebucht
-- hat. Die Grenze hält.

\set user_id random(1, 10)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
SELECT count(*) AS held FROM seminar_registrations WHERE user_id = :user_id \gset
\sleep :think_ms ms
\if :seats > 0 and :held < 2
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
