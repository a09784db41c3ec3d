-- title: SERIALIZABLE with retries
-- title[de]: SERIALIZABLE mit Wiederholung
-- kind: safe
-- summary: The naive code in a SERIALIZABLE transaction. PostgreSQL locks nothing extra but
-- aborts one of two conflicting transactions with SQLSTATE 40001; the program repeats the
-- whole script, as pgbench --max-tries does. Consistent; the retries are visible.
-- summary[de]: Der naive Code in einer SERIALIZABLE-Transaktion. PostgreSQL sperrt nichts
-- zusätzlich, bricht aber eine von zwei kollidierenden Transaktionen mit SQLSTATE 40001 ab;
-- das Programm wiederholt dann das ganze Skript, wie pgbench --max-tries. Konsistent; die
-- Wiederholungen sind sichtbar.

\set user_id random(1, 100)
\set session_id random(1, :sessions)
\set reserved 0
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT seats FROM seminar_sessions WHERE id = :session_id \gset
\sleep :think_ms ms
\if :seats > 0
UPDATE seminar_sessions SET seats = :seats - 1 WHERE id = :session_id;
INSERT INTO seminar_registrations (user_id, session_id) VALUES (:user_id, :session_id);
\set reserved 1
\endif
COMMIT;
