-- title: A transaction, but no lock
-- kind: broken
-- summary: autocommit switched off, the same statements in one transaction at READ
-- COMMITTED: a transaction alone takes no lock on what it read, so updates are still lost.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
