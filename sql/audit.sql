-- The consistency audit: one statement, so free, occupied and each student's seats come from
-- one snapshot. Kind 0: a session (id, capacity, free, registrations); kind 1, only when the
-- parameter (the exercise's seat limit per student) is above 0: a student (user_id, its seats).
SELECT 0 AS kind,
       s.id,
       coalesce(c.capacity, 0) AS capacity,
       s.seats AS free,
       coalesce(r.registrations, 0) AS registrations
FROM seminar_sessions s
LEFT JOIN session_capacities c ON c.session_id = s.id
LEFT JOIN (SELECT session_id, count(*) AS registrations
           FROM seminar_registrations
           GROUP BY session_id) r ON r.session_id = s.id
UNION ALL
SELECT 1, user_id, 0, 0, count(*)
FROM seminar_registrations
WHERE ?::int > 0
GROUP BY user_id
ORDER BY 1, 2
