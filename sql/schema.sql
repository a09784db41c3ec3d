-- The exercise's tables, created inside the program's own schema (search_path points there).
-- session_capacities is SeatSim's own: the capacity each session started with, so that the
-- audit can tell drift and overbooking apart.

CREATE TABLE seminar_sessions (
    id SERIAL PRIMARY KEY,
    seats INTEGER NOT NULL
);

CREATE TABLE seminar_registrations (
    user_id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    FOREIGN KEY (session_id) REFERENCES seminar_sessions(id)
);

CREATE TABLE session_capacities (
    session_id INTEGER PRIMARY KEY REFERENCES seminar_sessions(id),
    capacity INTEGER NOT NULL CHECK (capacity >= 0)
);

CREATE INDEX seminar_registrations_session_id ON seminar_registrations (session_id);
