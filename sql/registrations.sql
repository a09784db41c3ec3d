-- The judge's count of the bookings in the table, per session and user, read once after a run.
SELECT session_id, user_id, count(*)
FROM seminar_registrations
GROUP BY 1, 2
