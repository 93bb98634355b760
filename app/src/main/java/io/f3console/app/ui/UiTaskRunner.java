package io.f3console.app.ui;

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
 * daemon thread; its title, progress and message are mirrored into properties the status bar
 * binds to, and it can be cancelled (which interrupts the worker, the core's way to cancel).
 * Results and failures arrive on the FX thread.
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

  private final ExecutorService pool;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final AtomicInteger active = new AtomicInteger();
  private Task<?> current;

  public UiTaskRunner(DialogService dialogs) {
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    AtomicInteger number = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "f3console-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs {@code work} in the background. A job started while another runs cancels the other:
   * the console works on one workspace at a time.
   *
   * @param title what the job does, shown in the status bar
   * @param onSuccess called on the FX thread with the result
   * @return the task, for tests and for callers that want to observe it
   */
  public <T> Task<T> run(String title, Work<T> work, Consumer<T> onSuccess) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(onSuccess, "onSuccess");
    if (current != null && current.isRunning()) {
      current.cancel(true);
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
    current = task;
    running.set(true);
    active.incrementAndGet();
    progress.bind(task.progressProperty());
    message.bind(task.messageProperty());
    task.setOnSucceeded(e -> {
      finished(task, title + ": done");
      onSuccess.accept(task.getValue());
    });
    task.setOnCancelled(e -> finished(task, title + ": cancelled"));
    task.setOnFailed(e -> {
      finished(task, title + ": failed");
      dialogs.showError(title + " failed", task.getException());
    });
    pool.execute(task);
    return task;
  }

  private void finished(Task<?> task, String outcome) {
    active.decrementAndGet();
    if (task == current) {
      progress.unbind();
      message.unbind();
      progress.set(0);
      message.set(outcome);
      running.set(false);
    }
  }

  /** Cancels the job in progress, if any. */
  public void cancel() {
    if (current != null) {
      current.cancel(true);
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
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
