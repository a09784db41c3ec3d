# autocommit ausgeschaltet, aber nie committet: nichts davon bleibt in der Datenbank.
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    cursor = conn.cursor()
    cursor.execute("SELECT seats FROM seminar_sessions WHERE id = %s", (session_id,))
    seats = cursor.fetchone()[0]
    if seats > 0:
        cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) VALUES (%s, %s)",
                       (user_id, session_id))
        return True
    return False
