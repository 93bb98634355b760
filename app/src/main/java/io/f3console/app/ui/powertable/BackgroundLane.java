package io.f3console.app.ui.powertable;

import io.f3console.app.ui.UiTaskRunner;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * Runs a view's background work through the console's {@link UiTaskRunner} without fighting
 * the rest of the console over it. The runner cancels whatever runs when new work starts, so a
 * lane waits until the runner is idle before starting (it never cancels the loader or another
 * view), keeps only the newest request, and starts that request again when someone else's work
 * cancelled it. Work the user cancelled (the status bar's Cancel) is not restarted. FX thread
 * only.
 */
final class BackgroundLane {
  /** Where a lane's newest request stands. */
  enum State {
    /** Nothing was asked, or the last request was withdrawn. */
    IDLE,
    /** The newest request is waiting or running. */
    WORKING,
    /** The newest request's result has been applied. */
    DONE,
    /** The user cancelled the newest request. */
    CANCELLED,
    /** The newest request failed (the runner has shown the error). */
    FAILED
  }

  private final UiTaskRunner runner;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state",
      State.IDLE);
  private Request<?> latest;
  private Request<?> pending;

  BackgroundLane(UiTaskRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
    runner.runningProperty().addListener((obs, was, running) -> {
      if (!running) {
        Platform.runLater(this::startPending);
      }
    });
  }

  ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /**
   * Asks for {@code work}; {@code apply} gets its result on the FX thread unless a newer
   * request came first.
   */
  <T> void submit(String title, UiTaskRunner.Work<T> work, Consumer<T> apply) {
    Request<T> request = new Request<>(title, work, apply);
    latest = request;
    pending = request;
    state.set(State.WORKING);
    startPending();
  }

  /** Applies a result known already (nothing to compute) and drops any request. */
  <T> void complete(T result, Consumer<T> apply) {
    latest = null;
    pending = null;
    state.set(State.DONE);
    apply.accept(result);
  }

  /** Drops any request: its result, if it still comes, is ignored. */
  void withdraw() {
    latest = null;
    pending = null;
    state.set(State.IDLE);
  }

  private void startPending() {
    if (pending == null || runner.runningProperty().get()) {
      return;
    }
    Request<?> request = pending;
    pending = null;
    start(request);
  }

  private <T> void start(Request<T> request) {
    Task<T> task = runner.run(request.title(), request.work(), result -> {
      if (request == latest) {
        latest = null;
        state.set(State.DONE);
        request.apply().accept(result);
      }
    });
    task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED,
        e -> Platform.runLater(() -> cancelled(request)));
    task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
      if (request == latest) {
        latest = null;
        state.set(State.FAILED);
      }
    });
  }

  private void cancelled(Request<?> request) {
    if (request != latest || pending != null) {
      return;
    }
    if (runner.runningProperty().get()) {
      pending = request;
    } else {
      latest = null;
      state.set(State.CANCELLED);
    }
  }

  private record Request<T>(String title, UiTaskRunner.Work<T> work, Consumer<T> apply) {}
}
