package io.f3console.core.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A versioned SQLite schema: plain SQL scripts {@code V<n>__<what>.sql} on the classpath beside an
 * anchor class, applied in order. The version is SQLite's {@code user_version}; the file is marked
 * as one of ours with {@code application_id}. Shared by every F3 Console database (the history, the
 * certificate store).
 */
public final class SqliteSchema {
  private final Class<?> anchor;
  private final int applicationId;
  private final List<String> scripts;

  /**
   * @param anchor the class the scripts sit beside
   * @param applicationId the file's {@code application_id}
   * @param scripts the scripts in order: script i takes the schema from version i to i + 1
   */
  public SqliteSchema(Class<?> anchor, int applicationId, List<String> scripts) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.applicationId = applicationId;
    this.scripts = List.copyOf(scripts);
  }

  /** The newest schema version. */
  public int latest() {
    return scripts.size();
  }

  public int applicationId() {
    return applicationId;
  }

  /**
   * Applies every script above the database's version up to {@code target}, each in its own
   * transaction that re-reads the version first, so that two processes opening the same new file at
   * once migrate it once (the connection's transactions must be immediate).
   */
  public void migrate(Connection connection, int target) throws SQLException {
    if (target < 0 || target > latest()) {
      throw new IllegalArgumentException("no schema version " + target);
    }
    for (int version = 1; version <= target; version++) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (intPragma(connection, "user_version") < version) {
          try (Statement statement = connection.createStatement()) {
            for (String sql : statements(scripts.get(version - 1))) {
              statement.executeUpdate(sql);
            }
            statement.executeUpdate("PRAGMA application_id = " + applicationId);
            statement.executeUpdate("PRAGMA user_version = " + version);
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /** An integer pragma's value ({@code user_version}, {@code application_id}), 0 when unset. */
  public static int intPragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** The statements of a script: split at semicolons ending a line, comments removed. */
  public List<String> statements(String script) {
    String text;
    try (InputStream in = anchor.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + script + " is missing from the build");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema script " + script, e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("schema script " + script + " ends without a semicolon");
    }
    return statements;
  }
}
