-- title: SELECT ... FOR SHARE
-- title[de]: SELECT ... FOR SHARE
-- kind: broken
-- summary: Read with FOR SHARE, then UPDATE. Shared locks do not exclude each other, so two
-- workers both hold one on the same row; each UPDATE then waits for the other's shared lock
-- to go away. Neither can go on: a deadlock (SQLSTATE 40P01) through lock upgrade.
-- summary[de]: Mit FOR SHARE lesen, dann UPDATE. Geteilte Sperren schließen sich nicht aus,
-- also halten zwei Worker beide eine auf derselben Zeile; jedes UPDATE wartet dann darauf,
-- dass die geteilte Sperre des anderen verschwindet. Keiner kommt weiter: ein Deadlock
-- (SQLSTATE 40P01) durch Sperr-Verschärfung (Lock Upgrade).

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR SHARE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
