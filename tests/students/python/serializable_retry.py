# Lösung: SERIALIZABLE, und bei einem Serialisierungsfehler die ganze Transaktion wiederholen.
import time

import psycopg2
import psycopg2.errors
import psycopg2.extensions


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.set_session(isolation_level=psycopg2.extensions.ISOLATION_LEVEL_SERIALIZABLE,
                     autocommit=False)
    return conn


def reserve_seat(conn, user_id, session_id):
    while True:
        try:
            with conn.cursor() as cursor:
                cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s", (session_id,))
                seats = cursor.fetchone()[0]
                time.sleep(0.005)
                if seats > 0:
                    cursor.execute("UPDATE seminar_sessions SET seats = %s WHERE id = %s",
                                   (seats - 1, session_id,))
                    cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                                   "VALUES (%s, %s)", (user_id, session_id))
                    conn.commit()
                    return True
                conn.commit()
                return False
        except psycopg2.errors.SerializationFailure:
            conn.rollback()
