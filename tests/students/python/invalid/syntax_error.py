import psycopg2


def reserve_seat(conn, user_id, session_id):
    with conn.cursor() as cursor
        cursor.execute("SELECT 1")
    return True
