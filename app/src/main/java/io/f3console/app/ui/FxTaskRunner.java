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
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The window's {@link UiTaskRunner}: each job is a {@link Task} on a named daemon thread; the
 * newest running job's title, progress and message are mirrored into properties the status bar
 * binds to, and jobs can be cancelled (which interrupts the worker, the core's way to cancel).
 * Results and failures arrive on the FX thread; a failure is shown by the dialog service.
 */
public final class FxTaskRunner implements UiTaskRunner {
  private final ExecutorService pool;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final AtomicInteger active = new AtomicInteger();
  private final Map<String, Task<?>> lanes = new HashMap<>();
  private final Deque<Task<?>> running = new ArrayDeque<>();

  public FxTaskRunner(DialogService dialogs) {
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    AtomicInteger number = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            3,
            runnable -> {
              Thread thread = new Thread(runnable, "f3console-worker-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public <T> Job<T> run(
      String lane, String title, Work<T> work, Consumer<T> onSuccess, Failures told) {
    Objects.requireNonNull(told, "told");
    UiTaskRunner.lane(lane);
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(onSuccess, "onSuccess");
    Task<?> previous = lanes.get(lane);
    if (previous != null && !previous.isDone()) {
      previous.cancel(true);
    }
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            updateTitle(title);
            updateMessage(title + "…");
            return work.run(
                new Progress() {
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
    task.setOnSucceeded(
        e -> {
          // The result is applied before the job counts as finished, so work it starts is never
          // missed by someone waiting for quiet.
          try {
            onSuccess.accept(task.getValue());
          } finally {
            finished(task, title + ": done");
          }
        });
    task.setOnCancelled(e -> finished(task, title + ": cancelled"));
    task.setOnFailed(
        e -> {
          finished(task, title + ": failed");
          if (told == Failures.SHOWN_BY_RUNNER) {
            dialogs.showError(title + " failed", task.getException());
          }
        });
    pool.execute(task);
    return new FxJob<>(task);
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

  @Override
  public void post(Runnable action) {
    Platform.runLater(Objects.requireNonNull(action, "action"));
  }

  @Override
  public void cancel() {
    for (Task<?> task : List.copyOf(running)) {
      task.cancel(true);
    }
  }

  @Override
  public ReadOnlyBooleanProperty runningProperty() {
    return busy.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  @Override
  public int activeJobs() {
    return active.get();
  }
}
