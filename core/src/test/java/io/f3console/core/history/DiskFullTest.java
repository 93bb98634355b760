package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history that cannot be written says why: a full disk is told as a full disk, and a transaction
 * SQLite rolled back itself (as it may on a full disk or an I/O error) is told by its own failure,
 * never by the bookkeeping after it ("cannot commit - no transaction is active").
 */
class DiskFullTest {
  @TempDir Path dir;

  static SessionRecord bigSession() {
    return SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, "powertable check")
        .summary("The table matches")
        .source("table", "table.json")
        .output("line of output\n".repeat(20_000))
        .build();
  }

  @Test
  void aDatabaseThatCannotGrowIsToldAsAFullDisk() throws Exception {
    Path db = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(db)) {
      // SQLite fails a write that needs more pages than max_page_count with SQLITE_FULL, the
      // error a full disk gives.
      try (Statement statement = store.connection().createStatement();
          ResultSet pages = statement.executeQuery("PRAGMA page_count")) {
        pages.next();
        statement.execute("PRAGMA max_page_count = " + pages.getLong(1));
      }

      assertThatThrownBy(() -> store.record(bigSession()))
          .isInstanceOf(HistoryException.class)
          .hasMessage(
              "the history database "
                  + db.toAbsolutePath()
                  + " could not record the session: the disk is full (free some space on it, or"
                  + " give another file with --db or F3CONSOLE_DB)");
      assertThat(store.list(SessionQuery.all())).isEmpty();
    }
  }

  @Test
  void aTransactionSqliteRolledBackItselfIsToldByItsOwnFailure() throws Exception {
    Path db = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(db)) {
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement statement = other.createStatement()) {
        statement.execute(
            "CREATE TRIGGER fail_sources BEFORE INSERT ON session_sources"
                + " BEGIN SELECT RAISE(ROLLBACK, 'simulated write failure'); END");
      }

      assertThatThrownBy(() -> store.record(bigSession()))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("could not record the session")
          .hasMessageContaining("simulated write failure")
          .hasMessageNotContaining("no transaction is active");
      assertThat(store.list(SessionQuery.all())).as("nothing half written").isEmpty();

      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement statement = other.createStatement()) {
        statement.execute("DROP TRIGGER fail_sources");
      }
      long id = store.record(bigSession());
      assertThat(store.find(id)).as("the store still records afterwards").isPresent();
    }
  }
}
