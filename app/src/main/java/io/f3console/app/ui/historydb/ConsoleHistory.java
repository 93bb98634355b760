package io.f3console.app.ui.historydb;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.RecordedTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.known.Remembered;
import io.f3console.core.known.StoredTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's session history: the {@link HistoryStore} of this window, opened, written and read
 * on one thread of its own, never the FX thread. Sessions are written in the order they were
 * recorded. When the database cannot be opened or written (a newer schema, a file that is not a
 * history, a lock held too long), the console goes on without it: the reason is shown once in the
 * status bar and stays in {@link #problemProperty()} for the History view. Properties change on the
 * FX thread.
 *
 * <p>Every session also hands its power tables to the {@link PublishedTables}: a network's
 * published initial table is kept there (once, checked), with or without the history, since it is
 * public data rather than a record of the person's work. {@link #publishedTables()} lists the
 * tables kept, read (and checked) on the history's thread when the console starts and again
 * whenever a table is newly kept; a table that cannot be kept is said once in the status bar.
 */
public final class ConsoleHistory implements SessionRecorder, SessionHistory, AutoCloseable {
  /** Where the history stands. */
  public enum State {
    /** Started with {@code --no-history}: nothing is opened, written or read. */
    OFF,
    /** The database is being opened. */
    OPENING,
    /** Sessions are recorded and can be read. */
    OPEN,
    /** The database could not be opened; {@link #problemProperty()} says why. */
    UNAVAILABLE
  }

  /** Work on the open store, run on the history's thread. */
  @FunctionalInterface
  public interface StoreWork<T> {
    T run(HistoryStore store) throws HistoryException;
  }

  private final Optional<Path> file;
  private final Optional<PublishedTables> published;
  private final DialogService dialogs;
  private final ExecutorService thread;
  private final ReadOnlyObjectWrapper<State> state;
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyLongWrapper recorded = new ReadOnlyLongWrapper(this, "recorded");
  private final ObservableList<StoredTable> offered = FXCollections.observableArrayList();

  /** One read-only view, kept, so that listeners added to it live as long as the history. */
  private final ObservableList<StoredTable> offeredView =
      FXCollections.unmodifiableObservableList(offered);

  private volatile boolean keepingFailed;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile HistoryStore store;
  private volatile String unavailable = "";

  private ConsoleHistory(
      Optional<Path> file, Optional<PublishedTables> published, DialogService dialogs) {
    this.file = file;
    this.published = Objects.requireNonNull(published, "published");
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    this.state =
        new ReadOnlyObjectWrapper<>(this, "state", file.isPresent() ? State.OPENING : State.OFF);
    this.thread =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread t = new Thread(runnable, "f3console-history");
              t.setDaemon(true);
              return t;
            });
  }

  /** The history in {@code file}, opened in the background; without a file, the history is off. */
  public static ConsoleHistory open(Optional<Path> file, DialogService dialogs) {
    return open(file, Optional.empty(), dialogs);
  }

  /**
   * The history in {@code file}, opened in the background, keeping the published initial tables its
   * sessions saw in {@code published}; without a file, the history is off, but published tables are
   * still kept.
   */
  public static ConsoleHistory open(
      Optional<Path> file, Optional<PublishedTables> published, DialogService dialogs) {
    ConsoleHistory history = new ConsoleHistory(file, published, dialogs);
    file.ifPresent(history::startOpening);
    if (published.isPresent()) {
      history.pending.incrementAndGet();
      history.thread.execute(history::readPublished);
    }
    return history;
  }

  /** Reads the published tables kept (history thread) and offers them (FX thread). */
  private void readPublished() {
    List<StoredTable> found;
    try {
      found = published.map(PublishedTables::found).orElse(List.of());
    } catch (RuntimeException e) {
      found = List.of();
    }
    List<StoredTable> offer = found;
    Platform.runLater(
        () -> {
          offered.setAll(offer);
          pending.decrementAndGet();
        });
  }

  private void startOpening(Path path) {
    pending.incrementAndGet();
    thread.execute(
        () -> {
          try {
            store = HistoryStore.open(path);
            Platform.runLater(
                () -> {
                  state.set(State.OPEN);
                  pending.decrementAndGet();
                });
          } catch (HistoryException | RuntimeException e) {
            String reason = DialogService.plainMessage(e);
            unavailable = reason;
            Platform.runLater(
                () -> {
                  problem.set(reason);
                  state.set(State.UNAVAILABLE);
                  dialogs.notice("History unavailable, nothing is recorded: " + reason);
                  pending.decrementAndGet();
                });
          }
        });
  }

  @Override
  public Optional<Path> file() {
    return file;
  }

  /** The published tables kept beside the history, if this console keeps them. */
  public Optional<PublishedTables> published() {
    return published;
  }

  @Override
  public void record(Supplier<SessionRecord> session) {
    if (file.isEmpty() && published.isEmpty() || thread.isShutdown()) {
      return;
    }
    pending.incrementAndGet();
    thread.execute(
        () -> {
          HistoryStore open = store;
          SessionRecord built;
          try {
            built = session.get();
          } catch (RuntimeException e) {
            notRecorded(e);
            return;
          }
          remember(built);
          if (open == null) {
            Platform.runLater(pending::decrementAndGet);
            return;
          }
          try {
            long id = open.record(built);
            Platform.runLater(
                () -> {
                  recorded.set(id);
                  pending.decrementAndGet();
                });
          } catch (HistoryException | RuntimeException e) {
            notRecorded(e);
          }
        });
  }

  /** Says once (on the FX thread) that a session could not be recorded, and why. */
  private void notRecorded(Exception e) {
    String reason = "A session could not be recorded: " + DialogService.plainMessage(e);
    Platform.runLater(
        () -> {
          if (!reason.equals(problem.get())) {
            dialogs.notice(reason);
          }
          problem.set(reason);
          pending.decrementAndGet();
        });
  }

  /**
   * Keeps the published initial tables {@code session} saw (history thread). Never fails the
   * session: the first table that cannot be kept is said once in the status bar.
   */
  private void remember(SessionRecord session) {
    if (published.isEmpty() || session.tables().isEmpty()) {
      return;
    }
    List<Remembered> results;
    try {
      results =
          published.get().rememberAll(session.tables().stream().map(RecordedTable::table).toList());
    } catch (RuntimeException e) {
      results = List.of();
    }
    long newlyKept = results.stream().filter(r -> r.outcome() == Remembered.Outcome.KEPT).count();
    Optional<Remembered> failed = results.stream().filter(Remembered::failed).findFirst();
    if (newlyKept > 0) {
      pending.incrementAndGet();
      readPublished();
    }
    if (failed.isPresent() && !keepingFailed) {
      keepingFailed = true;
      String detail = failed.get().detail();
      Platform.runLater(() -> dialogs.notice(detail));
    }
  }

  /**
   * The networks' published initial tables kept and found good, in the order of the known networks:
   * what the console offers beside the demo networks. Changes on the FX thread.
   */
  public ObservableList<StoredTable> publishedTables() {
    return offeredView;
  }

  /**
   * Runs {@code work} on the history's thread, after everything recorded before it, and waits for
   * it. Call from background work, never from the FX thread.
   *
   * @throws HistoryException when the history is off or unavailable (saying why), or the work fails
   * @throws InterruptedException when the waiting thread is interrupted (the work is cancelled)
   */
  @Override
  public <T> T call(StoreWork<T> work) throws HistoryException, InterruptedException {
    if (file.isEmpty()) {
      throw new HistoryException(
          "the history is off: the console was started with" + " --no-history");
    }
    if (thread.isShutdown()) {
      throw new HistoryException("the history is closed");
    }
    Future<T> result =
        thread.submit(
            () -> {
              HistoryStore open = store;
              if (open == null) {
                throw new HistoryException(
                    unavailable.isEmpty() ? "the history is not open" : unavailable);
              }
              return work.run(open);
            });
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HistoryException history) {
        throw history;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /**
   * Why the history cannot be used (it could not be opened), or why the last session could not be
   * recorded; empty when nothing went wrong.
   */
  @Override
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyLongProperty recordedProperty() {
    return recorded.getReadOnlyProperty();
  }

  /** How many opens and writes are queued or running (for tests waiting for quiet). */
  public int pendingWrites() {
    return pending.get();
  }

  /**
   * Closes the database after what is queued has been written, waiting for that (a write may wait
   * up to {@link HistoryStore#BUSY_TIMEOUT_MILLIS} for another process's lock).
   */
  @Override
  public void close() {
    if (thread.isShutdown()) {
      return;
    }
    thread.execute(
        () -> {
          HistoryStore open = store;
          store = null;
          if (open != null) {
            open.close();
          }
        });
    thread.shutdown();
    try {
      thread.awaitTermination(
          HistoryStore.BUSY_TIMEOUT_MILLIS + 5_000L, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
