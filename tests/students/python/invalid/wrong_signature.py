import psycopg2


def reserve_seat(user_id, session_id):
    return True
