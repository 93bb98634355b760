package io.f3console.core.store;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** The rows derived from a stored certificate: its summary, checkpoints and block rows. */
final class IndexRows {
  private IndexRows() {}

  /** The statement {@link #insertSummary} runs. */
  static final String INSERT_SUMMARY =
      "INSERT INTO instances (instance, signers, committee,"
          + " signed_power, scaled_total, base_epoch, head_epoch, base_only)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  static void insertSummary(Connection connection, InstanceParticipation summary)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_SUMMARY)) {
      insertSummary(insert, summary);
    }
  }

  /** Runs {@link #INSERT_SUMMARY}, prepared by the caller. */
  static void insertSummary(PreparedStatement insert, InstanceParticipation summary)
      throws SQLException {
    insert.setLong(1, summary.instance());
    insert.setInt(2, summary.signers());
    insert.setInt(3, summary.committee());
    insert.setLong(4, summary.signedScaledPower());
    insert.setLong(5, summary.scaledTotal());
    insert.setLong(6, summary.baseEpoch());
    insert.setLong(7, summary.headEpoch());
    insert.setInt(8, summary.baseOnly() ? 1 : 0);
    insert.executeUpdate();
  }

  static void insertCheckpoint(Connection connection, long instance, PowerTable table)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO checkpoints"
                + " (instance, cid, entries) VALUES (?, ?, ?) ON CONFLICT (instance) DO NOTHING")) {
      insert.setLong(1, instance);
      insert.setString(2, table.cid().toString());
      insert.setBytes(3, table.toCbor());
      insert.executeUpdate();
    }
  }

  static void insertBlock(Connection connection, BlockTally tally) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO miner_blocks"
                + " (actor, block, member, signed, absent_power, last_absent_power)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Long, BlockTally.Row> entry : tally.rows().entrySet()) {
        BlockTally.Row row = entry.getValue();
        insert.setLong(1, entry.getKey());
        insert.setLong(2, tally.block());
        insert.setBytes(3, BlockBitmap.encode(row.member));
        insert.setBytes(4, BlockBitmap.encode(row.signed));
        insert.setLong(5, row.absentPower);
        insert.setLong(6, row.lastAbsentPower);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
