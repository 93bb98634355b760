package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.trust.TrustState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
  @TempDir Path dir;

  /** A database as the first version of F3 Console wrote it: schema 1, one session, a note. */
  private Path versionOneDatabase() throws Exception {
    Path file = dir.resolve("v1.db");
    HistoryStore.open(file, 1).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO sessions (id, started_at, finished_at, origin, kind, command,"
              + " arguments, network, verdict, reason, summary, exit_code, instance_reached) VALUES"
              + " (7, 1760000000000, 1760000000450, 'cli', 'check', 'powertable check',"
              + " 'powertable check t.json --network mainnet', 'mainnet', 'FAILED', NULL,"
              + " 'MISMATCH: this is not the initial power table of mainnet', 1, NULL)");
      s.executeUpdate("INSERT INTO session_sources VALUES (7, 0, 'power table', 'file:t.json')");
      s.executeUpdate(
          "INSERT INTO notes (session_id, created_at, text) VALUES"
              + " (7, 1760000100000, 'the calibnet table, sent by mistake')");
    }
    return file;
  }

  @Test
  void versionOneIsMigratedOnOpenAndKeepsItsSessions() throws Exception {
    Path file = versionOneDatabase();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(SchemaMigrations.userVersion(c)).isEqualTo(1);
      assertThat(tables(c)).doesNotContain("power_tables");
    }
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST).isEqualTo(3);
      StoredSession old = store.find(7).orElseThrow();
      assertThat(old.record().summary()).startsWith("MISMATCH");
      assertThat(old.record().verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(old.record().sources())
          .containsExactly(new RecordedSource("power table", "file:t.json"));
      assertThat(old.record().output()).isEmpty();
      assertThat(old.record().trust()).isEmpty();
      assertThat(old.tables()).isEmpty();
      assertThat(old.notes())
          .extracting(SessionNote::text)
          .containsExactly("the calibnet table, sent by mistake");
      long id = store.record(HistoryStoreTest.validation(HistoryStoreTest.table(9, 12)));
      assertThat(id).isGreaterThan(7);
      assertThat(store.find(id).orElseThrow().tables()).hasSize(1);
      assertThat(store.list(SessionQuery.all()))
          .extracting(SessionSummary::id)
          .containsExactly(id, 7L);
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(tables(c))
          .contains("power_tables", "session_tables", "session_cids", "session_facts");
      assertThat(SchemaMigrations.applicationId(c)).isEqualTo(SchemaMigrations.APPLICATION_ID);
      assertThat(journalMode(c)).isEqualTo("wal");
    }
  }

  /** A database as version 2 wrote it: a session with its output, a CID, a fact and a note. */
  private Path versionTwoDatabase() throws Exception {
    Path file = dir.resolve("v2.db");
    HistoryStore.open(file, 2).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertThat(columns(c, "sessions")).doesNotContain("trust");
      s.executeUpdate(
          "INSERT INTO sessions (id, started_at, finished_at, origin, kind, command,"
              + " arguments, network, verdict, reason, summary, exit_code, instance_reached, output)"
              + " VALUES (4, 1760000000000, 1760000000900, 'console', 'validation', 'open demo:broken',"
              + " '', 'f3console-demo', 'FAILED', 'INSUFFICIENT_POWER',"
              + " 'Validation stops at instance 37', NULL, 36, 'INVALID at instance 37')");
      s.executeUpdate(
          "INSERT INTO session_cids VALUES (4, 0, 'initial power table', 'bafyA'," + " 'bafyA')");
      s.executeUpdate("INSERT INTO session_facts VALUES (4, 0, 'trust', 'verified: as expected')");
      s.executeUpdate(
          "INSERT INTO notes (session_id, created_at, text) VALUES"
              + " (4, 1760000100000, 'the planted fault')");
    }
    return file;
  }

  @Test
  void versionTwoIsMigratedKeepingItsSessionsWithoutTrustAndNewSessionsStoreIt() throws Exception {
    Path file = versionTwoDatabase();
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      StoredSession old = store.find(4).orElseThrow();
      assertThat(old.record().trust()).isEmpty();
      assertThat(old.record().verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(old.record().reason()).contains("INSUFFICIENT_POWER");
      assertThat(old.record().instanceReached()).contains(36L);
      assertThat(old.record().output()).contains("INVALID at instance 37");
      assertThat(old.record().cids())
          .extracting(RecordedCid::matches)
          .containsExactly(Optional.of(true));
      assertThat(old.record().facts()).containsExactly(new Fact("trust", "verified: as expected"));
      assertThat(old.notes()).extracting(SessionNote::text).containsExactly("the planted fault");
      long id =
          store.record(SessionTrustTest.checked(TrustState.MISMATCH, HistoryStoreTest.table(2, 3)));
      assertThat(store.find(id).orElseThrow().record().trust()).contains(TrustState.MISMATCH);
      assertThat(store.list(SessionQuery.all()))
          .extracting(SessionSummary::id, SessionSummary::trust)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(id, Optional.of(TrustState.MISMATCH)),
              org.assertj.core.groups.Tuple.tuple(4L, Optional.empty()));
      assertThat(store.list(SessionQuery.all().trust(TrustState.MISMATCH)))
          .extracting(SessionSummary::id)
          .containsExactly(id);
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertThat(SchemaMigrations.userVersion(c)).isEqualTo(3);
      assertThat(columns(c, "sessions")).endsWith("output", "trust");
      try (ResultSet rows = s.executeQuery("SELECT trust FROM sessions WHERE id = 4")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isNull();
      }
      try (ResultSet rows = s.executeQuery("SELECT trust FROM sessions WHERE id <> 4")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("mismatch");
      }
    }
  }

  @Test
  void theTrustColumnTakesOnlyTheThreeWordsOrNull() throws Exception {
    Path file = dir.resolve("h.db");
    HistoryStore.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String refused :
          new String[] {"'trusted'", "'Verified'", "'MISMATCH'", "''", "'verified '", "1"}) {
        assertThatThrownBy(() -> s.executeUpdate(session(refused)))
            .as(refused)
            .hasMessageContaining("CHECK");
      }
      assertThatThrownBy(() -> s.executeUpdate(session("x'6d69736d61746368'")))
          .hasMessageContaining("cannot store BLOB value in TEXT column");
      for (String accepted : new String[] {"'verified'", "'unverified'", "'mismatch'", "NULL"}) {
        assertThat(s.executeUpdate(session(accepted))).as(accepted).isEqualTo(1);
      }
      try (ResultSet rows = s.executeQuery("SELECT count(*) FROM sessions")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(4);
      }
    }
  }

  private static String session(String trust) {
    return "INSERT INTO sessions (started_at, finished_at, origin, kind, command, arguments,"
        + " verdict, summary, trust) VALUES (1, 1, 'cli', 'check', 'c', '', 'PASSED', 's', "
        + trust
        + ")";
  }

  @Test
  void everyTableIsStrictAndForeignKeysHold() throws Exception {
    Path file = dir.resolve("h.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      store.record(HistoryStoreTest.validation(HistoryStoreTest.table(1, 3)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        try (ResultSet rows =
            s.executeQuery("SELECT strict FROM pragma_table_list WHERE name = '" + table + "'")) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getInt(1)).as(table + " is STRICT").isEqualTo(1);
        }
      }
      try (ResultSet rows = s.executeQuery("PRAGMA foreign_key_check")) {
        assertThat(rows.next()).as("foreign keys hold").isFalse();
      }
    }
  }

  @Test
  void theStoreRefusesRowsThatBreakItsRules() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      store.record(HistoryStoreTest.validation(HistoryStoreTest.table(1, 3)));
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db") + "?foreign_keys=on");
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO notes (session_id, created_at, text) VALUES (999, 1, 'x')"))
          .hasMessageContaining("FOREIGN KEY");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO sessions (started_at, finished_at,"
                          + " origin, kind, command, arguments, verdict, summary) VALUES ('soon', 1, 'cli', 'check',"
                          + " 'c', '', 'PASSED', 's')"))
          .hasMessageContaining("cannot store TEXT value in INTEGER column");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO sessions (started_at, finished_at,"
                          + " origin, kind, command, arguments, verdict, summary) VALUES (1, 1, 'web', 'check',"
                          + " 'c', '', 'PASSED', 's')"))
          .hasMessageContaining("CHECK");
    }
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE wallets (id INTEGER PRIMARY KEY)");
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("another program")
        .hasMessageContaining("left unchanged");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedNamingIt() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "these are my notes, not a database\n");
    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not an SQLite database");
    assertThat(Files.readString(file)).isEqualTo("these are my notes, not a database\n");
    assertThatThrownBy(() -> HistoryStore.open(dir))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void aDatabaseCutShortIsReportedAsDamaged() throws Exception {
    Path file = dir.resolve("h.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      for (int i = 0; i < 50; i++) {
        store.record(HistoryStoreTest.validation(HistoryStoreTest.table(i, 20)));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    byte[] whole = Files.readAllBytes(file);
    byte[] damaged = whole.clone();
    for (int i = 4096; i < Math.min(whole.length, 4096 * 3); i++) {
      damaged[i] = (byte) 0xA5;
    }
    Files.write(file, damaged);
    assertThatThrownBy(
            () -> {
              try (HistoryStore store = HistoryStore.open(file)) {
                store.list(SessionQuery.all());
                for (SessionSummary s : store.list(SessionQuery.all())) {
                  store.find(s.id());
                }
                assertThat(store.integrityCheck()).containsExactly("ok");
              }
            })
        .isInstanceOfAny(HistoryException.class, AssertionError.class);
  }

  @Test
  void scriptsSplitIntoStatements() {
    List<String> v1 = SchemaMigrations.statements("V1__sessions.sql");
    assertThat(v1).allSatisfy(sql -> assertThat(sql).endsWith(";").doesNotStartWith("--"));
    assertThat(v1).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE sessions"));
    assertThat(SchemaMigrations.statements("V3__trust.sql"))
        .containsExactly(
            "ALTER TABLE sessions ADD COLUMN trust TEXT\n"
                + "  CHECK (trust IS NULL OR trust IN ('verified', 'unverified', 'mismatch'));",
            "CREATE INDEX sessions_by_trust ON sessions (trust, started_at);");
    assertThat(
            Optional.ofNullable(
                SchemaMigrations.class.getResource(
                    "V" + (SchemaMigrations.LATEST + 1) + "__x.sql")))
        .isEmpty();
  }

  private static List<String> tables(Connection c) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static String journalMode(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
