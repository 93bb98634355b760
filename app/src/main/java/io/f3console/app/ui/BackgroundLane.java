package io.f3console.app.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A view's background computation: runs in the view's own lane of the {@link UiTaskRunner} (so it
 * never cancels a load or another view), answers only the newest request, and says where that
 * request stands, so the view can show "computing", the result, or "cancelled" with a way to
 * compute again. FX thread only.
 */
public final class BackgroundLane {
  /** Where a lane's newest request stands. */
  public enum State {
    /** Nothing was asked, or the last request was withdrawn. */
    IDLE,
    /** The newest request is running. */
    WORKING,
    /** The newest request's result has been applied. */
    DONE,
    /** The newest request was cancelled (the status bar's Cancel). */
    CANCELLED,
    /** The newest request failed (the runner has shown the error). */
    FAILED
  }

  private final UiTaskRunner runner;
  private final String name;
  private final ReadOnlyObjectWrapper<State> state =
      new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
  private Object latest;

  /**
   * @param name the lane's name in the runner; one per view computation
   */
  public BackgroundLane(UiTaskRunner runner, String name) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.name = Objects.requireNonNull(name, "name");
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /**
   * Starts {@code work}, replacing any unfinished request of this lane; {@code apply} gets the
   * result on the FX thread unless a newer request came first.
   *
   * @return the task, for callers that record how it ends
   */
  public <T> Job<T> submit(String title, UiTaskRunner.Work<T> work, Consumer<T> apply) {
    return submit(title, work, apply, UiTaskRunner.Failures.SHOWN_BY_RUNNER);
  }

  /**
   * As {@link #submit(String, UiTaskRunner.Work, Consumer)}, with {@code told} saying who tells the
   * user of a failure.
   */
  public <T> Job<T> submit(
      String title, UiTaskRunner.Work<T> work, Consumer<T> apply, UiTaskRunner.Failures told) {
    Object request = new Object();
    latest = request;
    state.set(State.WORKING);
    Job<T> task =
        runner.run(
            name,
            title,
            work,
            result -> {
              if (request == latest) {
                latest = null;
                state.set(State.DONE);
                apply.accept(result);
              }
            },
            told);
    task.onCancelled(() -> settle(request, State.CANCELLED));
    task.onFailed(error -> settle(request, State.FAILED));
    return task;
  }

  /** Applies a result known already (nothing to compute) and drops any request. */
  public <T> void complete(T result, Consumer<T> apply) {
    latest = null;
    state.set(State.DONE);
    apply.accept(result);
  }

  /** Drops any request: its result, if it still comes, is ignored. */
  public void withdraw() {
    latest = null;
    state.set(State.IDLE);
  }

  private void settle(Object request, State outcome) {
    if (request == latest) {
      latest = null;
      state.set(outcome);
    }
  }
}
