# Eine Transaktion, aber keine Sperre: READ COMMITTED verhindert das Lost Update nicht.
import time

import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    with conn:
        with conn.cursor() as cursor:
            cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s", (session_id,))
            seats = cursor.fetchone()[0]
            time.sleep(0.02)
            if seats > 0:
                cursor.execute("UPDATE seminar_sessions SET seats = %s WHERE id = %s",
                               (seats - 1, session_id,))
                cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                               "VALUES (%s, %s)", (user_id, session_id))
                return True
            return False
