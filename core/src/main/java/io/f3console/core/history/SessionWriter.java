package io.f3console.core.history;

import io.f3console.core.PrintableText;
import io.f3console.core.sqlite.SqliteTransaction;
import io.f3console.core.trust.TrustState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes sessions and notes, each in one transaction. */
final class SessionWriter {
  private final Connection connection;

  SessionWriter(Connection connection) {
    this.connection = connection;
  }

  /** Stores {@code given} {@linkplain SessionRecord#printable() made printable}; returns its id. */
  long write(SessionRecord given) throws SQLException {
    SessionRecord record = given.printable();
    return SqliteTransaction.run(
        connection,
        () -> {
          long id = insertSession(record);
          insertSources(id, record.sources());
          insertCids(id, record.cids());
          insertFacts(id, record.facts());
          insertTables(id, record.tables(), record.finishedAt());
          return id;
        });
  }

  SessionNote addNote(long sessionId, String given, Instant at) throws SQLException {
    String text = PrintableText.lines(given);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO notes (session_id, created_at, text) VALUES (?, ?, ?) RETURNING id")) {
      insert.setLong(1, sessionId);
      insert.setLong(2, at.toEpochMilli());
      insert.setString(3, text);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return new SessionNote(
            rows.getLong(1), sessionId, Instant.ofEpochMilli(at.toEpochMilli()), text);
      }
    }
  }

  private long insertSession(SessionRecord r) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sessions"
                + " (started_at, finished_at, origin, kind, command, arguments, network, verdict, reason,"
                + " summary, exit_code, instance_reached, output, trust)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      insert.setLong(1, r.startedAt().toEpochMilli());
      insert.setLong(2, r.finishedAt().toEpochMilli());
      insert.setString(3, r.origin().label());
      insert.setString(4, r.kind().label());
      insert.setString(5, r.command());
      insert.setString(6, r.arguments());
      setText(insert, 7, r.network());
      insert.setString(8, r.verdict().name());
      setText(insert, 9, r.reason());
      insert.setString(10, r.summary());
      if (r.exitCode().isPresent()) {
        insert.setLong(11, r.exitCode().get());
      } else {
        insert.setNull(11, Types.INTEGER);
      }
      HistoryStore.setNullableLong(insert, 12, r.instanceReached());
      setText(insert, 13, r.output());
      setText(insert, 14, r.trust().map(TrustState::word));
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void insertSources(long id, List<RecordedSource> sources) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO session_sources (session_id, position, role, spec) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < sources.size(); i++) {
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, sources.get(i).role());
        insert.setString(4, sources.get(i).spec());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertCids(long id, List<RecordedCid> cids) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO session_cids"
                + " (session_id, position, role, computed, expected) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < cids.size(); i++) {
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, cids.get(i).role());
        setText(insert, 4, cids.get(i).computed());
        setText(insert, 5, cids.get(i).expected());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertFacts(long id, List<Fact> facts) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO session_facts (session_id, position, name, value) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < facts.size(); i++) {
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, facts.get(i).name());
        insert.setString(4, facts.get(i).value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Each table's entries once per CID; a table already kept is not compressed again. */
  private void insertTables(long id, List<RecordedTable> tables, Instant at) throws SQLException {
    try (PreparedStatement known =
            connection.prepareStatement("SELECT 1 FROM power_tables WHERE cid = ?");
        PreparedStatement keep =
            connection.prepareStatement(
                "INSERT INTO power_tables"
                    + " (cid, entries, cbor_length, compression, data, first_seen)"
                    + " VALUES (?, ?, ?, 'deflate', ?, ?) ON CONFLICT (cid) DO NOTHING");
        PreparedStatement link =
            connection.prepareStatement(
                "INSERT INTO session_tables"
                    + " (session_id, position, role, instance, cid) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < tables.size(); i++) {
        RecordedTable table = tables.get(i);
        String cid = table.table().cid().toString();
        known.setString(1, cid);
        boolean present;
        try (ResultSet rows = known.executeQuery()) {
          present = rows.next();
        }
        if (!present) {
          byte[] cbor = table.table().toCbor();
          keep.setString(1, cid);
          keep.setInt(2, table.table().size());
          keep.setInt(3, cbor.length);
          keep.setBytes(4, TableBlobs.compress(cbor));
          keep.setLong(5, at.toEpochMilli());
          keep.executeUpdate();
        }
        link.setLong(1, id);
        link.setInt(2, i);
        link.setString(3, table.role());
        HistoryStore.setNullableLong(link, 4, table.instance());
        link.setString(5, cid);
        link.executeUpdate();
      }
    }
  }

  private static void setText(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }
}
