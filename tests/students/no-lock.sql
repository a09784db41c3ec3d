-- title: As handed out (autocommit)
-- kind: broken
-- summary: The exercise's reserve_seat unchanged: autocommit left on, read, think, write.
-- Two callers read the same number and one booking is lost.

SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
