package io.f3console.app.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The one way the console runs work off the FX thread. Each job is a {@link Task} on a named
 * daemon thread; the newest running job's title, progress and message are mirrored into
 * properties the status bar binds to, and jobs can be cancelled (which interrupts the worker,
 * the core's way to cancel). Results and failures arrive on the FX thread.
 *
 * <p>Jobs run in lanes: a new job cancels the unfinished job of its own lane only. Loading the
 * workspace is one lane ({@link #WORKSPACE}); each view computes in its own lane, so a view's
 * work never cancels a load and a new load's view work replaces the stale one.
 */
public final class UiTaskRunner {
  /** Work to run in the background. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Progress progress) throws Exception;
  }

  /** How background work reports how far it has got. Safe to call from any thread. */
  public interface Progress {
    void update(long done, long total);

    void message(String message);
  }

  /** The lane of workspace loads (demo, files, network changes). */
  public static final String WORKSPACE = "workspace";

  private final ExecutorService pool;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final AtomicInteger active = new AtomicInteger();
  private final Map<String, Task<?>> lanes = new HashMap<>();
  private final Deque<Task<?>> running = new ArrayDeque<>();

  public UiTaskRunner(DialogService dialogs) {
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    AtomicInteger number = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(3, runnable -> {
      Thread thread = new Thread(runnable, "f3console-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs {@code work} in the {@link #WORKSPACE} lane: a load cancels the unfinished load
   * before it, since the console works on one workspace at a time.
   *
   * @param title what the job does, shown in the status bar
   * @param onSuccess called on the FX thread with the result
   * @return the task, for tests and for callers that want to observe it
   */
  public <T> Task<T> run(String title, Work<T> work, Consumer<T> onSuccess) {
    return run(WORKSPACE, title, work, onSuccess);
  }

  /**
   * Runs {@code work} in the background in {@code lane}, cancelling that lane's unfinished job.
   * FX thread only.
   *
   * @param lane which jobs this one replaces, e.g. a view's name
   * @param title what the job does, shown in the status bar
   * @param onSuccess called on the FX thread with the result (not called when the job is
   *     cancelled or fails; a failure is shown by the dialog service)
   */
  public <T> Task<T> run(String lane, String title, Work<T> work, Consumer<T> onSuccess) {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(onSuccess, "onSuccess");
    Task<?> previous = lanes.get(lane);
    if (previous != null && !previous.isDone()) {
      previous.cancel(true);
    }
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        updateTitle(title);
        updateMessage(title + "…");
        return work.run(new Progress() {
          @Override
          public void update(long done, long total) {
            updateProgress(done, total);
            updateMessage(title + ": " + done + " / " + total);
          }

          @Override
          public void message(String text) {
            updateMessage(text);
          }
        });
      }
    };
    lanes.put(lane, task);
    running.addLast(task);
    active.incrementAndGet();
    display(task);
    task.setOnSucceeded(e -> {
      // The result is applied before the job counts as finished, so work it starts is never
      // missed by someone waiting for quiet.
      try {
        onSuccess.accept(task.getValue());
      } finally {
        finished(task, title + ": done");
      }
    });
    task.setOnCancelled(e -> finished(task, title + ": cancelled"));
    task.setOnFailed(e -> {
      finished(task, title + ": failed");
      dialogs.showError(title + " failed", task.getException());
    });
    pool.execute(task);
    return task;
  }

  private void display(Task<?> task) {
    busy.set(true);
    progress.bind(task.progressProperty());
    message.bind(task.messageProperty());
  }

  private void finished(Task<?> task, String outcome) {
    active.decrementAndGet();
    boolean shown = !running.isEmpty() && running.peekLast() == task;
    running.remove(task);
    if (!running.isEmpty()) {
      if (shown) {
        display(running.peekLast());
      }
      return;
    }
    progress.unbind();
    message.unbind();
    progress.set(0);
    message.set(outcome);
    busy.set(false);
  }

  /** Cancels every unfinished job (the status bar's Cancel). */
  public void cancel() {
    for (Task<?> task : List.copyOf(running)) {
      task.cancel(true);
    }
  }

  /** Whether any job is unfinished. */
  public ReadOnlyBooleanProperty runningProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** How many jobs have not finished yet (for tests waiting for quiet). */
  public int activeJobs() {
    return active.get();
  }
}
