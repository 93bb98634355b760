package io.f3console.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Where a store's bytes go: the file (after its write-ahead log is folded in) and the payload of
 * each part.
 *
 * @param fileBytes the database file's size
 * @param certificateBytes the certificates: their batches (compressed, with their lengths) and the
 *     DAG-CBOR of the tail
 * @param indexBytes the participation index's bitmaps
 * @param checkpointBytes the committees kept whole
 * @param instances stored certificates
 * @param indexRows rows of the participation index
 */
public record StoreFootprint(
    long fileBytes,
    long certificateBytes,
    long indexBytes,
    long checkpointBytes,
    long instances,
    long indexRows) {

  /** Measures {@code store}, first folding its write-ahead log into the file. */
  public static StoreFootprint of(CertificateStore store) throws StoreException {
    long[] parts =
        store.read(
            connection -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                try (ResultSet row =
                    statement.executeQuery(
                        "SELECT"
                            + " (SELECT coalesce(sum(length(cbor)), 0) FROM certificates)"
                            + " + (SELECT coalesce(sum(length(zstd) + length(lengths)), 0)"
                            + " FROM certificate_batches),"
                            + " (SELECT coalesce(sum(length(member) + length(signed)), 0) FROM miner_blocks),"
                            + " (SELECT coalesce(sum(length(entries)), 0) FROM checkpoints),"
                            + " (SELECT count(*) FROM certificates)"
                            + " + (SELECT coalesce(sum(count), 0) FROM certificate_batches),"
                            + " (SELECT count(*) FROM miner_blocks)")) {
                  row.next();
                  return new long[] {
                    row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)
                  };
                }
              }
            });
    try {
      return new StoreFootprint(
          Files.size(store.file()), parts[0], parts[1], parts[2], parts[3], parts[4]);
    } catch (IOException e) {
      throw new StoreException("cannot measure " + store.file() + ": " + e.getMessage(), e);
    }
  }
}
