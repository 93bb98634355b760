package io.f3console.app.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A job started by a {@link UiTaskRunner}: where it stands, a way to cancel it, and how to hear how
 * it ends. Listeners run on the UI thread, once; one added after the job has ended runs at once.
 */
public interface Job<T> {
  /** Where a job stands. */
  enum State {
    /** Queued or running. */
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  State state();

  /** Whether the job has ended, however. */
  default boolean isDone() {
    return state() != State.RUNNING;
  }

  /** The result, once the job has succeeded. */
  Optional<T> value();

  /** Why the job failed, once it has. */
  Optional<Throwable> failure();

  /** Cancels the job unless it has ended; its worker is interrupted. */
  void cancel();

  /** Runs {@code listener} with the result when the job succeeds. */
  void onSucceeded(Consumer<T> listener);

  /** Runs {@code listener} with the cause when the job fails. */
  void onFailed(Consumer<Throwable> listener);

  /** Runs {@code listener} when the job is cancelled. */
  void onCancelled(Runnable listener);
}
