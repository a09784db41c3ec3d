-- title: Two sessions, locked in ascending order
-- title[de]: Zwei Seminare, in aufsteigender Reihenfolge gesperrt
-- kind: safe
-- summary: The same two-session booking, but every worker locks the lower id first. Whoever
-- holds the lower row is never waiting for someone who holds it too, so no cycle and no
-- deadlock can form; workers only wait in line.
-- summary[de]: Dieselbe Buchung zweier Seminare, aber jeder Worker sperrt zuerst die kleinere
-- id. Wer die kleinere Zeile hält, wartet nie auf jemanden, der sie ebenfalls braucht: Es
-- entsteht kein Zyklus und kein Deadlock, die Worker warten nur der Reihe nach.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set session2_id random(1, :sessions - 1)
\if :session2_id >= :session_id
\set session2_id :session2_id + 1
\endif
\set first least(:session_id, :session2_id)
\set second greatest(:session_id, :session2_id)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :first FOR UPDATE \gset
\sleep :think_ms ms
SELECT seats AS seats2 FROM seminar_sessions WHERE id = :second FOR UPDATE \gset
\if :seats > 0 and :seats2 > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :first;
UPDATE seminar_sessions SET seats = :seats2 - 1 WHERE id = :second;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :first), (:user_id, :second);
\set reserved 2
\endif
COMMIT;
