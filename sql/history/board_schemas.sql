-- Every SeatSim schema of the database (the ones whose comment is the SeatSim marker), with its
-- owner and what the current login may read of it. Catalogue only: pg_namespace and pg_class
-- are readable by every login, so a schema it may not read is still listed.
SELECT n.nspname AS schema_name,
       pg_get_userbyid(n.nspowner) AS owner,
       has_schema_privilege(n.oid, 'USAGE') AS usable,
       c.oid IS NOT NULL AS has_history,
       c.oid IS NOT NULL AND has_table_privilege(c.oid, 'SELECT') AS history_readable,
       -- A run_history of another shape (made by hand) must not break the whole board.
       c.oid IS NOT NULL AND (SELECT count(*) FROM pg_attribute a
                              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                AND a.attname IN ('id', 'ran_at', 'strategy_id', 'strategy_title',
                                                  'script', 'verdict', 'headline')) = 7
           AS history_complete
FROM pg_namespace n
LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'run_history' AND c.relkind = 'r'
WHERE obj_description(n.oid, 'pg_namespace') = ?
ORDER BY n.nspname
