package io.f3console.core.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The history schema's versions, as SQL scripts {@code V<n>__<what>.sql} beside this class, and
 * the code that brings a database up to date. The version is SQLite's {@code user_version}; the
 * file is marked as ours with {@code application_id}.
 */
final class SchemaMigrations {
  /** {@code application_id} of an F3 Console history database: "F3CH". */
  static final int APPLICATION_ID = 0x46334348;

  /** The scripts, in order: script i takes the schema from version i to version i + 1. */
  private static final List<String> SCRIPTS = List.of(
      "V1__sessions.sql",
      "V2__tables_and_findings.sql",
      "V3__trust.sql");

  /** The newest schema version this program knows. */
  static final int LATEST = SCRIPTS.size();

  private SchemaMigrations() {}

  /**
   * Applies every script above the database's version up to {@code target}, each in its own
   * immediate transaction that re-reads the version first, so that two processes opening the
   * same new file at once migrate it once.
   */
  static void migrate(Connection connection, int target) throws SQLException {
    if (target < 0 || target > LATEST) {
      throw new IllegalArgumentException("no schema version " + target);
    }
    for (int version = 1; version <= target; version++) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (userVersion(connection) < version) {
          try (Statement statement = connection.createStatement()) {
            for (String sql : statements(SCRIPTS.get(version - 1))) {
              statement.executeUpdate(sql);
            }
            statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
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

  static int userVersion(Connection connection) throws SQLException {
    return intPragma(connection, "user_version");
  }

  static int applicationId(Connection connection) throws SQLException {
    return intPragma(connection, "application_id");
  }

  private static int intPragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** The statements of a script: split at semicolons ending a line, comments removed. */
  static List<String> statements(String script) {
    String text;
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(script)) {
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
