-- Version 3: the trust state of the table or chain a session judged (TrustState.word()).
-- NULL for sessions that judged none, and for every session recorded before version 3.
-- ALTER TABLE ADD COLUMN on a STRICT table needs one of the strict types (TEXT here); the
-- column is nullable with no default, so the old rows take NULL, and SQLite checks the CHECK
-- against them as it adds it (NULL passes).

ALTER TABLE sessions ADD COLUMN trust TEXT
  CHECK (trust IS NULL OR trust IN ('verified', 'unverified', 'mismatch'));

CREATE INDEX sessions_by_trust ON sessions (trust, started_at);
