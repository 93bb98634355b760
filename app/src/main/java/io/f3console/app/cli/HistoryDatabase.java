package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryLocation;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.StoredSession;
import java.nio.file.Files;
import java.nio.file.Path;

/** The history database a {@code history} command reads: the run's {@code --db}, or the default. */
final class HistoryDatabase {
  private HistoryDatabase() {}

  static Path file(OutputOptions output) {
    return output.root().historyFile();
  }

  /** Whether anything has been recorded there yet. */
  static boolean exists(OutputOptions output) {
    return Files.exists(file(output));
  }

  /** Opens the database, which must exist: reading never creates one. */
  static HistoryStore open(OutputOptions output) throws HistoryException {
    Path file = file(output);
    if (!Files.exists(file)) {
      throw new HistoryException(
          "there is no history database at "
              + file
              + " yet: no run"
              + " has been recorded there (give another file with --db or "
              + HistoryLocation.ENVIRONMENT_VARIABLE
              + ")");
    }
    return HistoryStore.open(file);
  }

  /** The session with this id, or an error naming the database. */
  static StoredSession session(HistoryStore store, long id) throws F3Exception {
    return store
        .find(id)
        .orElseThrow(
            () ->
                new F3Exception(
                    "there is no session "
                        + id
                        + " in "
                        + store.file()
                        + " (see 'f3console history list')"));
  }
}
