# Lösung: ein einziges UPDATE prüft und verringert die Plätze atomar.
import psycopg2


def get_connection():
    conn = psycopg2.connect(host="localhost", dbname="seminar", user="student", password="geheim")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    with conn.cursor() as cursor:
        cursor.execute("UPDATE seminar_sessions SET seats = seats - 1 "
                       "WHERE id = %s AND seats > 0", (session_id,))
        if cursor.rowcount == 1:
            cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                           "VALUES (%s, %s)", (user_id, session_id))
            conn.commit()
            return True
        conn.rollback()
        return False
