# Sperrt die Zeile mit FOR UPDATE und wartet dann auf einen freien Platz, ohne die Sperre
# freizugeben: bei einer vollen Session warten alle anderen Threads auf diesen einen.
import time

import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    cursor = conn.cursor()
    while True:
        cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s FOR UPDATE",
                       (session_id,))
        seats = cursor.fetchone()[0]
        if seats > 0:
            cursor.execute("UPDATE seminar_sessions SET seats = seats - 1 WHERE id = %s",
                           (session_id,))
            cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                           "VALUES (%s, %s)", (user_id, session_id))
            conn.commit()
            return True
        time.sleep(0.1)
