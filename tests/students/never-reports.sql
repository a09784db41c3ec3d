-- title: Books, but never says so
-- kind: safe
-- summary: A correct FOR UPDATE booking whose reserve_seat forgets to return True: the
-- script never sets reserved, so every booking it made is answered False.

BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\endif
COMMIT;
