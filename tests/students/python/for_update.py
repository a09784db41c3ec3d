# Lösung: die Zeile der Session mit SELECT ... FOR UPDATE sperren, dann schreiben.
import psycopg2
import psycopg2.extras


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def count_free_seats():
    with get_connection() as conn, conn.cursor() as cursor:
        cursor.execute("SELECT SUM(seats) FROM seminar_sessions")
        return cursor.fetchone()[0]


def count_occupied_seats():
    with get_connection() as conn, conn.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM seminar_registrations")
        return cursor.fetchone()[0]


def reserve_seat(conn, user_id, session_id):
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s FOR UPDATE",
                           (session_id,))
            seats = cursor.fetchone()[0]
            if seats > 0:
                cursor.execute("UPDATE seminar_sessions SET seats = %s WHERE id = %s",
                               (seats - 1, session_id,))
                cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                               "VALUES (%s, %s)", (user_id, session_id))
                conn.commit()
                return True
            conn.commit()
            return False
    except Exception:
        conn.rollback()
        raise
