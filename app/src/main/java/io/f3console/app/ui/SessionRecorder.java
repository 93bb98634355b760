package io.f3console.app.ui;

import io.f3console.core.history.SessionRecord;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Where the console's views leave the sessions they finish: the history, or nowhere when it is off.
 * Sessions are built and written off the FX thread, in the order they were handed over.
 */
public interface SessionRecorder {
  /** Records nothing. */
  SessionRecorder NONE = session -> {};

  /**
   * Records the session {@code session} builds. The supplier runs on the recorder's own thread, so
   * the mapping of results (CIDs, tables) never runs on the FX thread; it is not called at all when
   * nothing is recorded (the history is off and no published tables are kept).
   */
  void record(Supplier<SessionRecord> session);

  /**
   * Records how {@code task} ends: its result through {@code outcome}, a failure with the plain
   * reason and its verdict ({@link SessionFailures}), a cancellation as cancelled. Call on the FX
   * thread before the task can finish (right after starting it).
   *
   * @param session the session, begun when the work was asked for
   * @param secrets texts never to store (tokens typed into a dialog)
   * @return {@code task}
   */
  default <T> Job<T> track(
      Job<T> task,
      SessionRecord.Builder session,
      BiFunction<SessionRecord.Builder, T, SessionRecord.Builder> outcome,
      List<String> secrets) {
    task.onSucceeded(
        value -> record(() -> outcome.apply(session, value).build().withoutSecrets(secrets)));
    task.onFailed(
        error ->
            record(() -> SessionFailures.failed(session, error).build().withoutSecrets(secrets)));
    task.onCancelled(
        () -> record(() -> SessionFailures.cancelled(session).build().withoutSecrets(secrets)));
    return task;
  }

  /** {@link #track(Job, SessionRecord.Builder, BiFunction, List)} without secrets. */
  default <T> Job<T> track(
      Job<T> task,
      SessionRecord.Builder session,
      BiFunction<SessionRecord.Builder, T, SessionRecord.Builder> outcome) {
    return track(task, session, outcome, List.of());
  }
}
