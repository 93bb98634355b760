package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.sqlite.SqliteFile;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.StoreException;
import io.f3console.core.testing.Fifo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database path that is not a regular file (a named pipe with no writer, a device) is refused
 * before anything opens it: opening a pipe would wait for a writer forever.
 */
class NonRegularDatabaseTest {
  static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void aNamedPipeIsNeitherAbsentNorADatabase() throws Exception {
    Path fifo = Fifo.make(dir.resolve("history.db"));

    assertThat(assertTimeoutPreemptively(GUARD, () -> SqliteFile.kindOf(fifo)))
        .isEqualTo(SqliteFile.Kind.NOT_A_FILE);
  }

  @Test
  void aHistoryThatIsANamedPipeIsRefusedNamingItAndWhatItIs() throws Exception {
    Path fifo = Fifo.make(dir.resolve("history.db"));

    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> HistoryStore.open(fifo))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining(fifo.toString())
                .hasMessageContaining("named pipe")
                .hasMessageContaining("--db"));
  }

  @Test
  void aHistoryThatIsADeviceIsRefused() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "this system has no /dev/zero");

    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> HistoryStore.open(zero))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("/dev/zero is a character device"));
  }

  @Test
  void aCertificateStoreThatIsANamedPipeIsRefused() throws Exception {
    Path fifo = Fifo.make(dir.resolve("certs.db"));

    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> CertificateStore.open(fifo, "filecoin"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(fifo.toString())
                .hasMessageContaining("named pipe"));
  }
}
