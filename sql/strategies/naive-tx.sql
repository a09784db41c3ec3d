-- title: Naive in a transaction
-- title[de]: Naiv in einer Transaktion
-- kind: broken
-- summary: The same code inside BEGIN ... COMMIT at READ COMMITTED. The transaction makes the
-- update and the registration atomic, but it locks nothing while reading: two workers still
-- read the same number and one update is lost. A transaction alone is no lock.
-- summary[de]: Derselbe Code zwischen BEGIN und COMMIT mit READ COMMITTED. Die Transaktion
-- macht Update und Anmeldung atomar, sperrt beim Lesen aber nichts: Zwei Worker lesen
-- weiterhin dieselbe Zahl, und ein Update geht verloren. Eine Transaktion allein ist noch
-- keine Sperre.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN ISOLATION LEVEL READ COMMITTED;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
