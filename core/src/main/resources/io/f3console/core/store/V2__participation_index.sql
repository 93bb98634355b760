-- Version 2: committees as checkpoints, and the participation index.
-- A committee changes at almost every instance, so keeping each one whole does not scale:
-- version 2 keeps the committee of the first instance and of every 1,024th instance
-- (checkpoints); any other committee follows from the nearest checkpoint before it by the
-- validated deltas of the certificates in between. The CID of the committee after a
-- certificate is the certificate's own SupplementalData.PowerTable, so it is no longer copied.

CREATE TABLE checkpoints (
  instance INTEGER PRIMARY KEY,
  cid      TEXT    NOT NULL,
  entries  BLOB    NOT NULL
) STRICT;

INSERT INTO checkpoints (instance, cid, entries)
  SELECT m.start_instance, m.start_table_cid, c.entries
  FROM meta m JOIN committees c ON c.cid = m.start_table_cid;

CREATE TABLE meta_v2 (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  network           TEXT    NOT NULL,
  start_instance    INTEGER NOT NULL,
  start_table_cid   TEXT    NOT NULL,
  trust_reason      TEXT    NOT NULL,
  trust_expected    TEXT,
  trust_network     TEXT    NOT NULL,
  trust_belongs_to  TEXT,
  trust_explanation TEXT    NOT NULL
) STRICT;

INSERT INTO meta_v2 SELECT * FROM meta;

CREATE TABLE certificates_v2 (
  instance            INTEGER PRIMARY KEY,
  cbor                BLOB    NOT NULL,
  signatures_checked  INTEGER NOT NULL CHECK (signatures_checked IN (0, 1))
) STRICT;

INSERT INTO certificates_v2 SELECT instance, cbor, signatures_checked FROM certificates;

DROP TABLE meta;
DROP TABLE certificates;
DROP TABLE committees;
ALTER TABLE meta_v2 RENAME TO meta;
ALTER TABLE certificates_v2 RENAME TO certificates;

-- One row per stored certificate, written with it: what its signers bitfield says against its
-- committee, and the epochs of its base and head.
CREATE TABLE instances (
  instance      INTEGER PRIMARY KEY,
  signers       INTEGER NOT NULL,
  committee     INTEGER NOT NULL,
  signed_power  INTEGER NOT NULL,
  scaled_total  INTEGER NOT NULL,
  base_epoch    INTEGER NOT NULL,
  head_epoch    INTEGER NOT NULL,
  base_only     INTEGER NOT NULL CHECK (base_only IN (0, 1))
) STRICT;

-- The participation index: for each block of 1,024 instances (block = instance / 1024) whose
-- last instance is stored, one row per miner that was in a committee of the block: the
-- instances of the block in whose committee it was, those it signed (bitmaps, see
-- BlockBitmap), and the scaled power it held in the instances it missed, summed. Rows are
-- written in the transaction that stores the block's last certificate; the block still being
-- filled is read from the certificates.
CREATE TABLE miner_blocks (
  actor             INTEGER NOT NULL,
  block             INTEGER NOT NULL,
  member            BLOB    NOT NULL,
  signed            BLOB    NOT NULL,
  absent_power      INTEGER NOT NULL,
  last_absent_power INTEGER NOT NULL,
  PRIMARY KEY (actor, block)
) STRICT, WITHOUT ROWID;

CREATE INDEX miner_blocks_by_block ON miner_blocks (block);
