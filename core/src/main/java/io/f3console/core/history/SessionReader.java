package io.f3console.core.history;

import io.f3console.core.PrintableText;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.trust.TrustState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads sessions, notes and tables back. */
final class SessionReader {
  private static final String SUMMARY_COLUMNS =
      "s.id, s.started_at, s.finished_at, s.origin,"
          + " s.kind, s.command, s.network, s.verdict, s.reason, s.summary, s.instance_reached,"
          + " (SELECT count(*) FROM notes n WHERE n.session_id = s.id), s.trust";

  private final Connection connection;

  SessionReader(Connection connection) {
    this.connection = connection;
  }

  boolean exists(long id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  List<SessionSummary> list(SessionQuery q) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM sessions s WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    q.network()
        .ifPresent(
            network -> {
              sql.append(" AND s.network = ? COLLATE NOCASE");
              arguments.add(network);
            });
    q.kind()
        .ifPresent(
            kind -> {
              sql.append(" AND s.kind = ?");
              arguments.add(kind.label());
            });
    q.trust()
        .ifPresent(
            trust -> {
              sql.append(" AND s.trust = ?");
              arguments.add(trust.word());
            });
    q.since()
        .ifPresent(
            since -> {
              sql.append(" AND s.started_at >= ?");
              arguments.add(since.toEpochMilli());
            });
    q.text()
        .ifPresent(
            text -> {
              sql.append(
                  " AND (s.command LIKE ? ESCAPE '\\' OR s.summary LIKE ? ESCAPE '\\'"
                      + " OR s.reason LIKE ? ESCAPE '\\' OR s.network LIKE ? ESCAPE '\\'"
                      + " OR EXISTS (SELECT 1 FROM session_sources x WHERE x.session_id = s.id"
                      + " AND x.spec LIKE ? ESCAPE '\\')"
                      + " OR EXISTS (SELECT 1 FROM session_cids c WHERE c.session_id = s.id"
                      + " AND (c.computed LIKE ? ESCAPE '\\' OR c.expected LIKE ? ESCAPE '\\')))");
              String pattern =
                  "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
              for (int i = 0; i < 7; i++) {
                arguments.add(pattern);
              }
            });
    sql.append(" ORDER BY s.id DESC LIMIT ?");
    arguments.add(q.limit());
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < arguments.size(); i++) {
        query.setObject(i + 1, arguments.get(i));
      }
      List<SessionSummary> sessions = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sessions.add(summary(rows));
        }
      }
      return sessions;
    }
  }

  private static SessionSummary summary(ResultSet rows) throws SQLException {
    Instant started = Instant.ofEpochMilli(rows.getLong(2));
    Instant finished = Instant.ofEpochMilli(rows.getLong(3));
    return new SessionSummary(
        rows.getLong(1),
        started,
        SessionRecord.millisBetween(started, finished),
        SessionOrigin.fromLabel(rows.getString(4)),
        kind(rows.getString(5)),
        PrintableText.line(rows.getString(6)),
        Optional.ofNullable(rows.getString(7)).map(PrintableText::line),
        SessionVerdict.fromName(rows.getString(8)),
        Optional.ofNullable(rows.getString(9)).map(PrintableText::line),
        trust(rows.getString(13)),
        PrintableText.lines(rows.getString(10)),
        nullableLong(rows, 11),
        rows.getInt(12));
  }

  Optional<StoredSession> find(long id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT started_at, finished_at,"
                + " origin, kind, command, arguments, network, verdict, reason, summary, exit_code,"
                + " instance_reached, output, trust FROM sessions WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Optional<Long> exit = nullableLong(rows, 11);
        SessionRecord record =
            new SessionRecord(
                Instant.ofEpochMilli(rows.getLong(1)),
                Instant.ofEpochMilli(rows.getLong(2)),
                SessionOrigin.fromLabel(rows.getString(3)),
                kind(rows.getString(4)),
                rows.getString(5),
                rows.getString(6),
                Optional.ofNullable(rows.getString(7)),
                SessionVerdict.fromName(rows.getString(8)),
                Optional.ofNullable(rows.getString(9)),
                trust(rows.getString(14)),
                rows.getString(10),
                exit.map(Long::intValue),
                nullableLong(rows, 12),
                sources(id),
                cids(id),
                List.of(),
                facts(id),
                Optional.ofNullable(rows.getString(13)));
        return Optional.of(new StoredSession(id, record.printable(), tables(id), notes(id)));
      }
    }
  }

  private List<RecordedSource> sources(long id) throws SQLException {
    List<RecordedSource> sources = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT role, spec FROM" + " session_sources WHERE session_id = ? ORDER BY position")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sources.add(new RecordedSource(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return sources;
  }

  private List<RecordedCid> cids(long id) throws SQLException {
    List<RecordedCid> cids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT role, computed, expected"
                + " FROM session_cids WHERE session_id = ? ORDER BY position")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          cids.add(
              new RecordedCid(
                  rows.getString(1),
                  Optional.ofNullable(rows.getString(2)),
                  Optional.ofNullable(rows.getString(3))));
        }
      }
    }
    return cids;
  }

  private List<Fact> facts(long id) throws SQLException {
    List<Fact> facts = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT name, value FROM" + " session_facts WHERE session_id = ? ORDER BY position")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          facts.add(new Fact(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return facts;
  }

  private List<TableReference> tables(long id) throws SQLException {
    List<TableReference> tables = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT t.role, t.instance, t.cid,"
                + " p.entries FROM session_tables t JOIN power_tables p ON p.cid = t.cid"
                + " WHERE t.session_id = ? ORDER BY t.position")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tables.add(
              new TableReference(
                  PrintableText.line(rows.getString(1)),
                  nullableLong(rows, 2),
                  rows.getString(3),
                  rows.getInt(4)));
        }
      }
    }
    return tables;
  }

  private List<SessionNote> notes(long id) throws SQLException {
    List<SessionNote> notes = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id, created_at, text FROM" + " notes WHERE session_id = ? ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          notes.add(
              new SessionNote(
                  rows.getLong(1),
                  id,
                  Instant.ofEpochMilli(rows.getLong(2)),
                  PrintableText.lines(rows.getString(3))));
        }
      }
    }
    return notes;
  }

  Optional<PowerTable> table(String cid) throws SQLException, HistoryException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT data, cbor_length FROM" + " power_tables WHERE cid = ?")) {
      query.setString(1, cid);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(TableBlobs.decompress(cid, rows.getBytes(1), rows.getInt(2)));
      }
    }
  }

  List<Long> sessionsWithTable(String cid) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT DISTINCT session_id FROM"
                + " session_tables WHERE cid = ? ORDER BY session_id DESC")) {
      query.setString(1, cid);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  List<String> integrityCheck() throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  /** A stored kind; {@link SessionKind#UNKNOWN} for one a newer version may have added. */
  private static SessionKind kind(String label) {
    return SessionKind.fromLabel(label == null ? "" : label).orElse(SessionKind.UNKNOWN);
  }

  /**
   * A stored trust word ({@link TrustState#word()}) as its state; NULL is none, and so is a word
   * this version does not know (a newer version's): a trust that cannot be read is never shown as
   * one it is not.
   */
  static Optional<TrustState> trust(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (TrustState state : TrustState.values()) {
      if (state.word().equals(word)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> nullableLong(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
