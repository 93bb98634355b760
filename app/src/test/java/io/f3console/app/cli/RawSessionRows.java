package io.f3console.app.cli;

import io.f3console.core.history.HistoryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Sessions written into a real history database with plain SQL, as another program or a newer F3
 * Console might have left them: values this version never writes, the schema's CHECKs set aside.
 */
record RawSessionRows(Path db) {

  /** A row of the sessions table; each column as SQLite is to store it. */
  record Row(
      Object startedAt,
      Object finishedAt,
      String origin,
      String kind,
      String command,
      String arguments,
      String network,
      String verdict,
      String reason,
      String summary,
      Object exitCode,
      Object instanceReached,
      String output,
      String trust) {

    /** An ordinary CLI session to vary. */
    static Row ordinary() {
      return new Row(
          1_700_000_000_000L,
          1_700_000_000_250L,
          "cli",
          "check",
          "powertable check",
          "powertable check table.json",
          "calibrationnet",
          "PASSED",
          null,
          "The table matches",
          0L,
          null,
          "ok\n",
          null);
    }

    Row started(Object started, Object finished) {
      return new Row(
          started,
          finished,
          origin,
          kind,
          command,
          arguments,
          network,
          verdict,
          reason,
          summary,
          exitCode,
          instanceReached,
          output,
          trust);
    }

    Row labels(String origin, String kind, String verdict, String trust) {
      return new Row(
          startedAt,
          finishedAt,
          origin,
          kind,
          command,
          arguments,
          network,
          verdict,
          reason,
          summary,
          exitCode,
          instanceReached,
          output,
          trust);
    }

    Row texts(String command, String arguments, String summary, String output) {
      return new Row(
          startedAt,
          finishedAt,
          origin,
          kind,
          command,
          arguments,
          network,
          verdict,
          reason,
          summary,
          exitCode,
          instanceReached,
          output,
          trust);
    }
  }

  /** Creates the database (current schema) when missing, inserts {@code row}, returns its id. */
  long insert(Row row) throws Exception {
    HistoryStore.open(db).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (Statement pragma = connection.createStatement()) {
        pragma.execute("PRAGMA ignore_check_constraints = ON");
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO sessions (started_at, finished_at, origin, kind, command, arguments,"
                  + " network, verdict, reason, summary, exit_code, instance_reached, output,"
                  + " trust) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
        Object[] values = {
          row.startedAt(),
          row.finishedAt(),
          row.origin(),
          row.kind(),
          row.command(),
          row.arguments(),
          row.network(),
          row.verdict(),
          row.reason(),
          row.summary(),
          row.exitCode(),
          row.instanceReached(),
          row.output(),
          row.trust()
        };
        for (int i = 0; i < values.length; i++) {
          insert.setObject(i + 1, values[i]);
        }
        try (ResultSet ids = insert.executeQuery()) {
          ids.next();
          return ids.getLong(1);
        }
      }
    }
  }

  /** A note on session {@code id}, as plain SQL. */
  void note(long id, Object createdAt, String text) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO notes (session_id, created_at, text) VALUES (?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setObject(2, createdAt);
      insert.setString(3, text);
      insert.executeUpdate();
    }
  }
}
