package io.f3console.core.known;

/** Why a file of the published-table store was refused on reading: one reason per check. */
public enum StoredTableProblem {
  /** The file is larger than any power table ({@link PublishedTables#MAX_FILE_SIZE}). */
  TOO_LARGE,
  /** The file could not be read (permissions, an I/O error, not a regular file). */
  UNREADABLE,
  /** The bytes do not hash to the CID the file is named after: changed or damaged. */
  HASH_MISMATCH,
  /** The bytes hash to the CID but are not a valid power table. */
  MALFORMED
}
