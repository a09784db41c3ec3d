-- title: SERIALIZABLE
-- kind: safe
-- summary: The exercise's code in a SERIALIZABLE transaction; the server aborts one of two
-- colliding bookings with 40001, and the call is made again.

BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
