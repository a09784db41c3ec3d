-- The part of the board for one schema: the latest run of each strategy, with the number of
-- runs of the schema and the time of its latest run. %1 is the quoted schema name; the parts
-- of all readable schemas are joined with UNION ALL into one query. Only reads.
-- (No apostrophes in these comments: Qt would take one for the start of a string literal and
-- miss the placeholders after it.)
SELECT ?::text AS schema_name, runs, latest_run, strategy_id, strategy_title, script, verdict,
       headline, ran_at, strategy_runs
FROM (SELECT DISTINCT ON (strategy_id)
             strategy_id, strategy_title, script, verdict, headline, ran_at,
             count(*) OVER (PARTITION BY strategy_id) AS strategy_runs,
             count(*) OVER () AS runs,
             max(ran_at) OVER () AS latest_run
      FROM %1.run_history
      ORDER BY strategy_id, ran_at DESC, id DESC) latest
