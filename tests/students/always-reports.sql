-- title: Always says True
-- kind: safe
-- summary: A correct FOR UPDATE booking whose reserve_seat answers True even when the session
-- was full: the table stays consistent, but every refusal is reported as a booking. No update
-- is lost; the answers are wrong.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
BEGIN;
SELECT seats FROM seminar_sessions WHERE id = :session_id FOR UPDATE \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\endif
COMMIT;
\set reserved 1
