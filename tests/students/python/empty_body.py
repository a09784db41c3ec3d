# Noch nicht bearbeitet.
import psycopg2


def get_connection():
    conn = psycopg2.connect("dbname=... user=... password=...")
    conn.autocommit = True
    return conn


def reserve_seat(conn, user_id, session_id):
    # TODO: Führen Sie geeignete Transaktionssteuerung ein
    pass
