-- Version 1: one network's validated finality certificates and the committees they lead to.
-- Instances are go-f3's uint64, stored as the same 64 bits in a signed INTEGER. Only certificates
-- that passed validation are ever written, each in the same transaction as its next committee.

-- One row: the network and the trust of the table the store started from.
CREATE TABLE meta (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  network           TEXT    NOT NULL,
  start_instance    INTEGER NOT NULL,
  start_table_cid   TEXT    NOT NULL REFERENCES committees (cid),
  trust_reason      TEXT    NOT NULL,
  trust_expected    TEXT,
  trust_network     TEXT    NOT NULL,
  trust_belongs_to  TEXT,
  trust_explanation TEXT    NOT NULL
) STRICT;

-- Power tables, each kept once: its DAG-CBOR entries under its CID.
CREATE TABLE committees (
  cid     TEXT PRIMARY KEY,
  entries BLOB NOT NULL
) STRICT;

-- Validated certificates by instance: the DAG-CBOR bytes, whether their signatures were
-- checked, and the committee of the instance after them.
CREATE TABLE certificates (
  instance            INTEGER PRIMARY KEY,
  cbor                BLOB    NOT NULL,
  signatures_checked  INTEGER NOT NULL CHECK (signatures_checked IN (0, 1)),
  next_committee_cid  TEXT    NOT NULL REFERENCES committees (cid)
) STRICT;
