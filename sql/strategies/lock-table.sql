-- title: LOCK TABLE
-- title[de]: LOCK TABLE
-- kind: safe
-- summary: Lock the whole table in SHARE ROW EXCLUSIVE mode, which excludes itself, before
-- reading. Consistent and deadlock-free, but every booking waits for every other one, even
-- for a different session: correct and slow.
-- summary[de]: Vor dem Lesen die ganze Tabelle im Modus SHARE ROW EXCLUSIVE sperren, der
-- sich selbst ausschließt. Konsistent und ohne Deadlocks, aber jede Buchung wartet auf jede
-- andere, auch für ein anderes Seminar: korrekt, aber langsam.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN;
LOCK TABLE seminar_sessions IN SHARE ROW EXCLUSIVE MODE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
