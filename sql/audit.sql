-- The consistency audit: one statement, so free and occupied come from one snapshot.
SELECT s.id,
       coalesce(c.capacity, 0) AS capacity,
       s.seats AS free,
       coalesce(r.registrations, 0) AS registrations
FROM seminar_sessions s
LEFT JOIN session_capacities c ON c.session_id = s.id
LEFT JOIN (SELECT session_id, count(*) AS registrations
           FROM seminar_registrations
           GROUP BY session_id) r ON r.session_id = s.id
ORDER BY s.id
