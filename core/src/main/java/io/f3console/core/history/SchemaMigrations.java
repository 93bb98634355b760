package io.f3console.core.history;

import io.f3console.core.sqlite.SqliteSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The history schema's versions, as SQL scripts {@code V<n>__<what>.sql} beside this class, applied
 * by {@link SqliteSchema}. The file is marked as a history with {@code application_id}.
 */
final class SchemaMigrations {
  /** {@code application_id} of an F3 Console history database: "F3CH". */
  static final int APPLICATION_ID = 0x46334348;

  private static final SqliteSchema SCHEMA =
      new SqliteSchema(
          SchemaMigrations.class,
          APPLICATION_ID,
          List.of("V1__sessions.sql", "V2__tables_and_findings.sql", "V3__trust.sql"));

  /** The newest schema version this program knows. */
  static final int LATEST = SCHEMA.latest();

  private SchemaMigrations() {}

  /** Applies every script above the database's version up to {@code target}. */
  static void migrate(Connection connection, int target) throws SQLException {
    SCHEMA.migrate(connection, target);
  }

  static int userVersion(Connection connection) throws SQLException {
    return SqliteSchema.intPragma(connection, "user_version");
  }

  static int applicationId(Connection connection) throws SQLException {
    return SqliteSchema.intPragma(connection, "application_id");
  }

  /** The statements of a script: split at semicolons ending a line, comments removed. */
  static List<String> statements(String script) {
    return SCHEMA.statements(script);
  }
}
