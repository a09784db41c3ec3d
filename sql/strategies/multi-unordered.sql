-- title: Two sessions, locked in random order
-- title[de]: Zwei Seminare, in zufälliger Reihenfolge gesperrt
-- kind: broken
-- demo: think 150 ms, pause 100 ms
-- summary: One booking takes two different sessions and locks them with FOR UPDATE one after
-- the other, in the order they were picked. Worker A holds 3 and waits for 5 while worker B
-- holds 5 and waits for 3: a deadlock (SQLSTATE 40P01). PostgreSQL aborts one of them.
-- summary[de]: Eine Buchung belegt zwei verschiedene Seminare und sperrt sie nacheinander mit
-- FOR UPDATE, in der Reihenfolge, in der sie gewählt wurden. Worker A hält 3 und wartet auf
-- 5, während Worker B 5 hält und auf 3 wartet: ein Deadlock (SQLSTATE 40P01). PostgreSQL
-- bricht eine der beiden Transaktionen ab.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set session2_id random(1, :sessions - 1)
\if :session2_id >= :session_id
\set session2_id :session2_id + 1
\endif
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
SELECT seats AS seats2 FROM seminar_sessions WHERE id = :session2_id FOR UPDATE \gset
\if :seats > 0 and :seats2 > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
UPDATE seminar_sessions SET seats = :seats2 - 1 WHERE id = :session2_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id), (:user_id, :session2_id);
\set reserved 2
\endif
COMMIT;
