package io.f3console.app.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the console runs work off the UI thread. The window uses {@link FxTaskRunner} (worker
 * threads, results on the FX thread); view-model tests use a runner that does the work on the
 * calling thread, so a view-model can be tested without the toolkit.
 *
 * <p>Jobs run in lanes: a new job cancels the unfinished job of its own lane only. Loading the
 * workspace is one lane ({@link #WORKSPACE}); each view computes in its own lane, so a view's work
 * never cancels a load and a new load's view work replaces the stale one.
 */
public interface UiTaskRunner {
  /** Work to run in the background. */
  @FunctionalInterface
  interface Work<T> {
    T run(Progress progress) throws Exception;
  }

  /** How background work reports how far it has got. Safe to call from any thread. */
  interface Progress {
    void update(long done, long total);

    void message(String message);
  }

  /** Who tells the user that a job failed. */
  enum Failures {
    /** The runner, in an error dialog: for work whose caller has nowhere to say it. */
    SHOWN_BY_RUNNER,
    /**
     * The caller, through {@link Job#onFailed}: a dialog's Test result line, say. The runner shows
     * nothing, so a failure is never told twice.
     */
    SAID_BY_CALLER
  }

  /** The lane of workspace loads (demo, files, network changes). */
  String WORKSPACE = "workspace";

  /**
   * Runs {@code work} in the {@link #WORKSPACE} lane: a load cancels the unfinished load before it,
   * since the console works on one workspace at a time.
   */
  default <T> Job<T> run(String title, Work<T> work, Consumer<T> onSuccess) {
    return run(WORKSPACE, title, work, onSuccess);
  }

  /**
   * Runs {@code work} in {@code lane}, cancelling that lane's unfinished job. UI thread only.
   *
   * @param lane which jobs this one replaces, e.g. a view's name
   * @param title what the job does, shown in the status bar
   * @param onSuccess called on the UI thread with the result (not called when the job is cancelled
   *     or fails; a failure is reported to the user by the runner)
   */
  default <T> Job<T> run(String lane, String title, Work<T> work, Consumer<T> onSuccess) {
    return run(lane, title, work, onSuccess, Failures.SHOWN_BY_RUNNER);
  }

  /**
   * Runs {@code work} in {@code lane} as {@link #run(String, String, Work, Consumer)} does, with
   * {@code failures} saying who tells the user if it fails.
   */
  <T> Job<T> run(String lane, String title, Work<T> work, Consumer<T> onSuccess, Failures failures);

  /**
   * Runs {@code action} on the UI thread, after what is queued there; callable from any thread (a
   * history listener, a progress callback).
   */
  void post(Runnable action);

  /** Cancels every unfinished job (the status bar's Cancel). */
  void cancel();

  /** Whether any job is unfinished. */
  ReadOnlyBooleanProperty runningProperty();

  /** The newest unfinished job's progress, 0–1 (or negative while unknown). */
  ReadOnlyDoubleProperty progressProperty();

  /** The newest unfinished job's message, or how the last one ended. */
  ReadOnlyStringProperty messageProperty();

  /** How many jobs have not finished yet (for tests waiting for quiet). */
  int activeJobs();

  /** Checks a lane name: not blank. */
  static String lane(String lane) {
    Objects.requireNonNull(lane, "lane");
    if (lane.isBlank()) {
      throw new IllegalArgumentException("a lane needs a name");
    }
    return lane;
  }
}
