package io.f3console.app.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * A {@link Job} over a JavaFX {@link Task}: its events arrive on the FX thread, and its {@link
 * #state()} may only be read there; {@link #isDone()} may be asked from any thread. Listeners are
 * registered against the FX-side state: the worker may have finished while its state change still
 * waits in the FX queue, and such a listener must still hear of it.
 */
final class FxJob<T> implements Job<T> {
  private final Task<T> task;

  FxJob(Task<T> task) {
    this.task = Objects.requireNonNull(task, "task");
  }

  @Override
  public State state() {
    return switch (task.getState()) {
      case SUCCEEDED -> State.SUCCEEDED;
      case FAILED -> State.FAILED;
      case CANCELLED -> State.CANCELLED;
      case READY, SCHEDULED, RUNNING -> State.RUNNING;
    };
  }

  /** Whether the work has ended (from any thread; its listeners may not have run yet). */
  @Override
  public boolean isDone() {
    return task.isDone();
  }

  @Override
  public Optional<T> value() {
    return state() == State.SUCCEEDED ? Optional.ofNullable(task.getValue()) : Optional.empty();
  }

  @Override
  public Optional<Throwable> failure() {
    return state() == State.FAILED ? Optional.ofNullable(task.getException()) : Optional.empty();
  }

  @Override
  public void cancel() {
    task.cancel(true);
  }

  @Override
  public void onSucceeded(Consumer<T> listener) {
    Objects.requireNonNull(listener, "listener");
    if (state() == State.SUCCEEDED) {
      listener.accept(task.getValue());
    } else if (state() == State.RUNNING) {
      task.addEventHandler(
          WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> listener.accept(task.getValue()));
    }
  }

  @Override
  public void onFailed(Consumer<Throwable> listener) {
    Objects.requireNonNull(listener, "listener");
    if (state() == State.FAILED) {
      listener.accept(task.getException());
    } else if (state() == State.RUNNING) {
      task.addEventHandler(
          WorkerStateEvent.WORKER_STATE_FAILED, e -> listener.accept(task.getException()));
    }
  }

  @Override
  public void onCancelled(Runnable listener) {
    Objects.requireNonNull(listener, "listener");
    if (state() == State.CANCELLED) {
      listener.run();
    } else if (state() == State.RUNNING) {
      task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> listener.run());
    }
  }
}
