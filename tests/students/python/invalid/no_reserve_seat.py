import psycopg2


def reserve(conn, user_id, session_id):
    return True
