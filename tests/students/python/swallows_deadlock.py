# FOR SHARE, dann UPDATE: die Sperre wird verschärft, zwei Threads verklemmen sich.
# Der Deadlock wird abgefangen und die Buchung wiederholt - er ist trotzdem passiert.
import time

import psycopg2
import psycopg2.errors


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    for _ in range(10):
        try:
            with conn.cursor() as cursor:
                cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s FOR SHARE",
                               (session_id,))
                seats = cursor.fetchone()[0]
                time.sleep(0.02)
                if seats > 0:
                    cursor.execute("UPDATE seminar_sessions SET seats = seats - 1 WHERE id = %s",
                                   (session_id,))
                    cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                                   "VALUES (%s, %s)", (user_id, session_id))
                    conn.commit()
                    return True
                conn.commit()
                return False
        except psycopg2.errors.DeadlockDetected:
            conn.rollback()  # einfach nochmal versuchen
    return False
