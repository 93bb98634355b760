package io.f3console.core.store;

import io.f3console.core.sqlite.SqliteSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The store schema's versions, as SQL scripts {@code V<n>__<what>.sql} beside this class, applied
 * by {@link SqliteSchema}. The file is marked as a certificate store with {@code application_id}.
 */
final class StoreSchema {
  /** {@code application_id} of an F3 Console certificate store: "F3CS". */
  static final int APPLICATION_ID = 0x46334353;

  private static final SqliteSchema SCHEMA =
      new SqliteSchema(
          StoreSchema.class,
          APPLICATION_ID,
          List.of(
              "V1__certificates.sql",
              "V2__participation_index.sql",
              "V3__certificate_batches.sql"));

  /** The newest schema version this program knows. */
  static final int LATEST = SCHEMA.latest();

  private StoreSchema() {}

  /** Applies every missing script, each in one transaction that re-reads the version first. */
  static void migrate(Connection connection) throws SQLException {
    SCHEMA.migrate(connection, LATEST);
  }

  static int intPragma(Connection connection, String name) throws SQLException {
    return SqliteSchema.intPragma(connection, name);
  }
}
