package io.f3console.core.store;

import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.SignerFlags;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * Rebuilds what is derived from the stored certificates (summaries, the participation index, the
 * checkpoints after the first) when it does not cover them: after the upgrade of a version 1 store,
 * whose certificates had no index yet.
 */
final class StoreReindex {
  private StoreReindex() {}

  static void ifNeeded(CertificateStore store) throws StoreException {
    Connection connection = store.connection();
    long certificates;
    long summaries;
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM certificates)"
                    + " + (SELECT coalesce(sum(count), 0) FROM certificate_batches),"
                    + " (SELECT count(*) FROM instances)")) {
      row.next();
      certificates = row.getLong(1);
      summaries = row.getLong(2);
    } catch (SQLException e) {
      throw CertificateStore.failure(store.file(), "cannot be read", e);
    }
    if (certificates == summaries) {
      return;
    }
    long start =
        store
            .start()
            .orElseThrow(
                () ->
                    new StoreException(
                        "the certificate store "
                            + store.file()
                            + " is damaged: it holds certificates but no start"))
            .instance();
    OptionalLong latest = store.latestInstance();
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM instances");
        statement.executeUpdate("DELETE FROM miner_blocks");
        statement.executeUpdate("DELETE FROM checkpoints WHERE instance <> " + start);
      }
      BlockTally[] tally = {new BlockTally(BlockBitmap.blockOf(start))};
      store.walk(
          start,
          latest.getAsLong(),
          (certificate, committee) -> {
            long instance = certificate.instance();
            try {
              boolean[] signedBy = SignerFlags.of(certificate, committee);
              IndexRows.insertSummary(
                  connection, InstanceParticipation.of(certificate, committee, signedBy));
              if (tally[0].block() != BlockBitmap.blockOf(instance)) {
                tally[0] = new BlockTally(BlockBitmap.blockOf(instance));
              }
              tally[0].add(instance, committee, signedBy);
              if (BlockBitmap.blockOf(instance + 1) != tally[0].block()) {
                PowerTable next = PowerTableDeltas.apply(committee, certificate.powerTableDelta());
                IndexRows.insertBlock(connection, tally[0]);
                IndexRows.insertCheckpoint(connection, instance + 1, next);
              }
            } catch (SQLException e) {
              throw CertificateStore.failure(store.file(), "could not be indexed", e);
            } catch (InvalidPowerDeltaException e) {
              throw new StoreException(
                  "the certificate store " + store.file() + " is damaged: " + e.getMessage(), e);
            }
          });
      connection.commit();
    } catch (SQLException e) {
      rollback(connection);
      throw CertificateStore.failure(store.file(), "could not be indexed", e);
    } catch (StoreException | RuntimeException e) {
      rollback(connection);
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is closed with the store
      }
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the failure thrown says what happened
    }
  }
}
