# Zweite Aufgabe (höchstens zwei Plätze pro Student): sperrt den Studenten und die Session
# richtig, lehnt aber jeden Studenten mit ungerader user_id ab, auch wenn noch Plätze frei sind.
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    if user_id % 2 == 1:
        return False
    with conn.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (user_id,))
        cursor.execute("SELECT count(*) FROM seminar_registrations WHERE user_id = %s",
                       (user_id,))
        if cursor.fetchone()[0] >= 2:
            conn.commit()
            return False
        cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s FOR UPDATE",
                       (session_id,))
        if cursor.fetchone()[0] <= 0:
            conn.commit()
            return False
        cursor.execute("UPDATE seminar_sessions SET seats = seats - 1 WHERE id = %s",
                       (session_id,))
        cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                       "VALUES (%s, %s)", (user_id, session_id))
    conn.commit()
    return True
