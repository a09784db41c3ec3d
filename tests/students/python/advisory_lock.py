# Lösung: eine Advisory-Sperre pro Session für die Dauer der Transaktion.
import time

import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    with conn.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (session_id,))
        cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s", (session_id,))
        seats = cursor.fetchone()[0]
        time.sleep(0.005)  # absichtlich ineffizient, wie im Lasttest
        if seats > 0:
            cursor.execute("UPDATE seminar_sessions SET seats = %s WHERE id = %s",
                           (seats - 1, session_id,))
            cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                           "VALUES (%s, %s)", (user_id, session_id))
            conn.commit()
            return True
        conn.commit()
        return False
