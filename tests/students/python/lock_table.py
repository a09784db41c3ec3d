# Lösung: die ganze Tabelle sperren - korrekt, aber alle warten aufeinander.
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    with conn.cursor() as cursor:
        cursor.execute("LOCK TABLE seminar_sessions IN EXCLUSIVE MODE")
        cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s", (session_id,))
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
