-- Version 3: certificates compressed in batches.
-- The instances are grouped by instance / 64. Once every stored instance of a group is stored
-- (the group's last instance), the transaction that stores that last certificate moves the
-- group's certificates from the table certificates (the tail, one uncompressed row each) into
-- one row here, so the tail holds only the group still being filled. A store that starts
-- inside a group compresses the part of that group it holds. An upgraded store has its
-- complete groups moved when it is opened (see CertificateBatches).
CREATE TABLE certificate_batches (
  -- the first instance held: a multiple of 64, or the store's start
  first_instance INTEGER PRIMARY KEY,
  -- how many consecutive certificates it holds, 1 to 64
  count          INTEGER NOT NULL CHECK (count BETWEEN 1 AND 64),
  -- bit i: whether the signatures of certificate first_instance + i were checked
  checked        INTEGER NOT NULL,
  -- the byte length of each certificate's DAG-CBOR, as unsigned LEB128 varints
  lengths        BLOB    NOT NULL,
  -- the certificates' DAG-CBOR, concatenated in order, as one zstd frame
  zstd           BLOB    NOT NULL
) STRICT;
