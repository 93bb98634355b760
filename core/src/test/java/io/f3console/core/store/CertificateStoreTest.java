package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store file itself: its schema, its marks and the files it refuses. */
class CertificateStoreTest {
  @TempDir Path dir;

  @Test
  void aNewStoreIsMarkedAndAtTheLatestSchema() throws Exception {
    Path file = dir.resolve("sub").resolve("new.db");
    try (CertificateStore store = CertificateStore.open(file, "filecoin")) {
      assertThat(store.schemaVersion()).isEqualTo(StoreSchema.LATEST);
      assertThat(store.start()).isEmpty();
      assertThat(store.latestInstance()).isEmpty();
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement()) {
      assertThat(statement.executeQuery("PRAGMA application_id").getInt(1))
          .isEqualTo(StoreSchema.APPLICATION_ID);
      assertThat(statement.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
      assertThat(statement.executeQuery("PRAGMA page_size").getInt(1))
          .isEqualTo(CertificateStore.PAGE_SIZE);
      assertThat(
              statement
                  .executeQuery(
                      "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                          + " AND sql LIKE '%STRICT%'")
                  .getInt(1))
          .isEqualTo(6);
    }
  }

  @Test
  void aNewerSchemaIsRefusedUnchanged() throws Exception {
    Path file = dir.resolve("newer.db");
    CertificateStore.open(file, "filecoin").close();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement()) {
      statement.executeUpdate("PRAGMA user_version = " + (StoreSchema.LATEST + 1));
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> CertificateStore.open(file, "filecoin"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("newer");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void anotherProgramsDatabaseIsRefusedUnchanged() throws Exception {
    Path file = dir.resolve("foreign.db");
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement()) {
      statement.executeUpdate("CREATE TABLE things (id INTEGER)");
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> CertificateStore.open(file, "filecoin"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("another program");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void theDefaultFileIsBesideTheHistoryAndNamedForTheNetwork() {
    Path history = dir.resolve("data").resolve("history.db");
    assertThat(StoreLocation.besideHistory(history, "filecoin"))
        .isEqualTo(dir.resolve("data").resolve("certificates-filecoin.db").toAbsolutePath());
    assertThat(StoreLocation.fileName("calibrationnet/2"))
        .isEqualTo("certificates-calibrationnet_2.db");
    assertThat(StoreLocation.resolve(Path.of("mine.db"), "filecoin")).isEqualTo(Path.of("mine.db"));
  }
}
