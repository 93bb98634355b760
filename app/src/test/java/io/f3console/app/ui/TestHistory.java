package io.f3console.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * History databases for UI tests: each in a folder of its own under the temporary directory,
 * removed when the test JVM ends. No test touches the user's real history.
 */
public final class TestHistory {
  private TestHistory() {}

  /** A database file that does not exist yet, in a new temporary folder. */
  public static Path newDatabase() {
    try {
      Path dir = Files.createTempDirectory("f3console-history-test-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir.resolve("history.db");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary history folder", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort at exit: the folder is in the temporary directory anyway.
    }
  }
}
