-- Version 2: power tables kept once by CID (DAG-CBOR entries, deflated), what each session saw
-- of them, the CIDs it computed and compared, its other findings, and what it printed.

CREATE TABLE power_tables (
  cid         TEXT    PRIMARY KEY,
  entries     INTEGER NOT NULL,
  cbor_length INTEGER NOT NULL,
  compression TEXT    NOT NULL CHECK (compression IN ('deflate')),
  data        BLOB    NOT NULL,
  first_seen  INTEGER NOT NULL
) STRICT;

CREATE TABLE session_tables (
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  position   INTEGER NOT NULL,
  role       TEXT    NOT NULL,
  instance   INTEGER,
  cid        TEXT    NOT NULL REFERENCES power_tables (cid),
  PRIMARY KEY (session_id, position)
) STRICT;

CREATE INDEX session_tables_by_cid ON session_tables (cid);

CREATE TABLE session_cids (
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  position   INTEGER NOT NULL,
  role       TEXT    NOT NULL,
  computed   TEXT,
  expected   TEXT,
  PRIMARY KEY (session_id, position)
) STRICT;

CREATE TABLE session_facts (
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  position   INTEGER NOT NULL,
  name       TEXT    NOT NULL,
  value      TEXT    NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT;

ALTER TABLE sessions ADD COLUMN output TEXT;
