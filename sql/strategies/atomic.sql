-- title: Atomic UPDATE
-- title[de]: Atomares UPDATE
-- kind: safe
-- summary: Let the database check and count in one statement: UPDATE ... SET seats = seats - 1
-- WHERE id = ... AND seats > 0. A waiting UPDATE re-checks its WHERE clause on the newest row,
-- so no seat is sold twice. The thinking happens before the transaction, when nothing is
-- locked; the lock is held only for a moment. Consistent and fastest.
-- summary[de]: Die Datenbank prüft und zählt in einer einzigen Anweisung: UPDATE ... SET seats
-- = seats - 1 WHERE id = ... AND seats > 0. Ein wartendes UPDATE prüft seine WHERE-Bedingung
-- an der neuesten Zeile erneut, daher wird kein Platz doppelt vergeben. Nachgedacht wird vor
-- der Transaktion, wenn nichts gesperrt ist; die Sperre hält nur einen Augenblick. Konsistent
-- und am schnellsten.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
\sleep :think_ms ms
BEGIN;
WITH taken AS (
    UPDATE seminar_sessions SET seats = seats - 1
    WHERE id = :session_id AND seats > 0
    RETURNING 1
)
SELECT count(*) AS booked FROM taken \gset
\if :booked > 0
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
