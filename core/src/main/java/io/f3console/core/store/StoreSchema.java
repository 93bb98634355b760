package io.f3console.core.store;

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
 * The store schema's versions, as SQL scripts {@code V<n>__<what>.sql} beside this class. The
 * version is SQLite's {@code user_version}; the file is marked as a certificate store with
 * {@code application_id}.
 */
final class StoreSchema {
  /** {@code application_id} of an F3 Console certificate store: "F3CS". */
  static final int APPLICATION_ID = 0x46334353;

  private static final List<String> SCRIPTS = List.of("V1__certificates.sql");

  /** The newest schema version this program knows. */
  static final int LATEST = SCRIPTS.size();

  private StoreSchema() {}

  /** Applies every missing script, each in one transaction that re-reads the version first. */
  static void migrate(Connection connection) throws SQLException {
    for (int version = 1; version <= LATEST; version++) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (intPragma(connection, "user_version") < version) {
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

  static int intPragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static List<String> statements(String script) {
    String text;
    try (InputStream in = StoreSchema.class.getResourceAsStream(script)) {
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
