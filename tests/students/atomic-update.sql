-- title: One statement books
-- kind: safe
-- summary: The seat is taken and registered by one statement in autocommit: the UPDATE checks
-- seats > 0 itself, and a registration is written only for a row it changed.

WITH taken AS (
    UPDATE seminar_sessions SET seats = seats - 1 WHERE id = :session_id AND seats > 0
    RETURNING id
), registered AS (
    INSERT INTO seminar_registrations (user_id, session_id)
    SELECT :user_id, id FROM taken RETURNING 1
)
SELECT count(*) AS reserved FROM registered \gset
