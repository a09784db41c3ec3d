-- title: Naive (autocommit)
-- title[de]: Naiv (Autocommit)
-- kind: broken
-- summary: The exercise's reserve_seat: read the free seats, think, write seats - 1 and
-- register. There is no transaction: two workers read the same number, both write it back
-- minus one, and one booking is lost (lost update) while both registrations stay.
-- summary[de]: Das reserve_seat aus der Aufgabe: freie Plätze lesen, nachdenken, seats - 1
-- schreiben und die Anmeldung eintragen. Ohne Transaktion lesen zwei Worker dieselbe Zahl,
-- schreiben beide denselben Wert minus eins zurück, und eine Buchung geht verloren (Lost
-- Update), während beide Anmeldungen bleiben.

-- SeatSim passes reserve_seat's arguments as :user_id and :session_id; the two \set lines
-- draw them the same way, so the script also runs on its own under pgbench.
\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
