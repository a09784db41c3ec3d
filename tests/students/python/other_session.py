# Verwechselt die Parameter: bucht die Session mit der Nummer des Users (modulo 8).
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = False
    return conn


def reserve_seat(conn, user_id, session_id):
    session = user_id % 8 + 1
    with conn.cursor() as cursor:
        cursor.execute("UPDATE seminar_sessions SET seats = seats - 1 "
                       "WHERE id = %s AND seats > 0", (session,))
        if cursor.rowcount == 1:
            cursor.execute("INSERT INTO seminar_registrations (user_id, session_id) "
                           "VALUES (%s, %s)", (user_id, session))
            conn.commit()
            return True
    conn.rollback()
    return False
