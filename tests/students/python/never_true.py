# Bucht korrekt, gibt aber nie True zurück.
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
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
    return False


# Zählt die falsche Tabelle: die Anzahl der Sessions, nicht der Anmeldungen.
def count_occupied_seats():
    conn = get_connection()
    with conn.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM seminar_sessions")
        return cursor.fetchone()[0]
