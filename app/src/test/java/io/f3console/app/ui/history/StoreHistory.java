package io.f3console.app.ui.history;

import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.historydb.ConsoleHistory;
import io.f3console.app.ui.historydb.SessionHistory;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionRecord;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A history for view-model tests: a real {@link HistoryStore} (an SQLite file the test gives),
 * worked on in the calling thread, so a same-thread runner reads and writes it without a toolkit.
 * It also records sessions, as the window's history does, and says each one recorded.
 */
final class StoreHistory implements SessionHistory, SessionRecorder, AutoCloseable {
  private final HistoryStore store;
  private final ReadOnlyObjectWrapper<ConsoleHistory.State> state =
      new ReadOnlyObjectWrapper<>(ConsoleHistory.State.OPEN);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper recorded = new ReadOnlyLongWrapper();

  StoreHistory(Path file) throws HistoryException {
    this.store = HistoryStore.open(file);
  }

  /** The store itself, for a test to write as another process would. */
  HistoryStore store() {
    return store;
  }

  /** Makes the history unavailable for {@code reason}, as a failed open does. */
  void fail(String reason) {
    problem.set(reason);
    state.set(ConsoleHistory.State.UNAVAILABLE);
  }

  /** Says that a session could not be recorded, as a failed write does. */
  void notRecorded(String reason) {
    problem.set(reason);
  }

  @Override
  public void record(Supplier<SessionRecord> session) {
    try {
      recorded.set(store.record(session.get()));
    } catch (HistoryException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public ReadOnlyObjectProperty<ConsoleHistory.State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyLongProperty recordedProperty() {
    return recorded.getReadOnlyProperty();
  }

  @Override
  public Optional<Path> file() {
    return Optional.of(store.file());
  }

  @Override
  public <T> T call(ConsoleHistory.StoreWork<T> work) throws HistoryException {
    if (state.get() != ConsoleHistory.State.OPEN) {
      throw new HistoryException(problem.get());
    }
    return work.run(store);
  }

  @Override
  public void close() {
    store.close();
  }
}
