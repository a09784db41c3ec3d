-- title: SELECT ... FOR UPDATE
-- title[de]: SELECT ... FOR UPDATE
-- kind: safe
-- summary: Read the session row with FOR UPDATE: the row stays locked until COMMIT, so a
-- second worker waits at its SELECT and then reads the number the first one wrote. Consistent;
-- the waits are visible.
-- summary[de]: Die Zeile des Seminars mit FOR UPDATE lesen: Sie bleibt bis zum COMMIT
-- gesperrt, ein zweiter Worker wartet an seinem SELECT und liest danach die Zahl, die der
-- erste geschrieben hat. Konsistent; die Wartezeiten sind sichtbar.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
