package io.f3console.app.ui.historydb;

import io.f3console.core.history.HistoryException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the History view reads and writes the sessions through: where the history stands, why it
 * cannot be used, the last session recorded, and work on the open store. The window's {@link
 * ConsoleHistory} is one; its properties change on the UI thread.
 */
public interface SessionHistory {
  /** Where the history stands: off, opening, open or unavailable. */
  ReadOnlyObjectProperty<ConsoleHistory.State> stateProperty();

  /** Why the history cannot be used or the last session was not recorded; empty when fine. */
  ReadOnlyStringProperty problemProperty();

  /** The id of the last session this console recorded; changes after every write. */
  ReadOnlyLongProperty recordedProperty();

  /** The database file, unless the history is off. */
  Optional<Path> file();

  /**
   * Runs {@code work} on the open store and waits for it; call from background work only.
   *
   * @throws HistoryException when the history cannot be used (saying why), or the work fails
   */
  <T> T call(ConsoleHistory.StoreWork<T> work) throws HistoryException, InterruptedException;
}
