-- Version 1: sessions, the sources they read, and people's notes.
-- Times are milliseconds since 1970-01-01 UTC. Instances are go-f3's uint64, stored as the
-- same 64 bits in a signed INTEGER.

CREATE TABLE sessions (
  id               INTEGER PRIMARY KEY,
  started_at       INTEGER NOT NULL,
  finished_at      INTEGER NOT NULL,
  origin           TEXT    NOT NULL CHECK (origin IN ('cli', 'console')),
  kind             TEXT    NOT NULL,
  command          TEXT    NOT NULL,
  arguments        TEXT    NOT NULL,
  network          TEXT,
  verdict          TEXT    NOT NULL,
  reason           TEXT,
  summary          TEXT    NOT NULL,
  exit_code        INTEGER,
  instance_reached INTEGER
) STRICT;

CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_network ON sessions (network, started_at);
CREATE INDEX sessions_by_kind ON sessions (kind, started_at);

CREATE TABLE session_sources (
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  position   INTEGER NOT NULL,
  role       TEXT    NOT NULL,
  spec       TEXT    NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT;

CREATE TABLE notes (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  created_at INTEGER NOT NULL,
  text       TEXT    NOT NULL
) STRICT;

CREATE INDEX notes_by_session ON notes (session_id);
