package io.f3console.app.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link UiTaskRunner} for view-model tests: jobs run on the calling thread, no toolkit needed.
 * By default a job runs as soon as it is started; after {@link #hold()} jobs wait until {@link
 * #runPending()}, so a test can look at a view-model while its work is under way, start a newer job
 * in the same lane, or cancel; actions {@link #post posted} to the UI thread wait likewise.
 * Failures are kept for the test to read.
 */
public final class SameThreadRunner implements UiTaskRunner {
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final Deque<SameThreadJob<?>> pending = new ArrayDeque<>();
  private final Deque<Runnable> posted = new ArrayDeque<>();
  private final Map<String, SameThreadJob<?>> lanes = new HashMap<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private boolean holding;

  /** Jobs started from now on wait for {@link #runPending()}. */
  public SameThreadRunner hold() {
    holding = true;
    return this;
  }

  /** Runs every waiting job, oldest first (and any they start), then runs jobs at once again. */
  public void runPending() {
    holding = false;
    while (!pending.isEmpty() || !posted.isEmpty()) {
      if (!posted.isEmpty()) {
        posted.removeFirst().run();
      } else {
        pending.removeFirst().execute();
      }
    }
  }

  /** The titles of every job started, in order. */
  public List<String> titles() {
    return List.copyOf(titles);
  }

  /**
   * What failed jobs threw, in order, of those whose failure the runner tells (the window would
   * show each in a dialog); failures said by their caller are not here.
   */
  public List<Throwable> failures() {
    return List.copyOf(failures);
  }

  @Override
  public <T> Job<T> run(
      String lane, String title, Work<T> work, Consumer<T> onSuccess, Failures told) {
    Objects.requireNonNull(told, "told");
    UiTaskRunner.lane(lane);
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(onSuccess, "onSuccess");
    SameThreadJob<?> previous = lanes.get(lane);
    if (previous != null && !previous.isDone()) {
      previous.cancel();
    }
    SameThreadJob<T> job =
        new SameThreadJob<>(title, work, onSuccess, told == Failures.SHOWN_BY_RUNNER);
    lanes.put(lane, job);
    titles.add(title);
    busy.set(true);
    message.set(title + "…");
    if (holding) {
      pending.addLast(job);
    } else {
      job.execute();
    }
    return job;
  }

  @Override
  public void post(Runnable action) {
    Objects.requireNonNull(action, "action");
    if (holding) {
      posted.addLast(action);
    } else {
      action.run();
    }
  }

  @Override
  public void cancel() {
    for (SameThreadJob<?> job : List.copyOf(pending)) {
      job.cancel();
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
    return (int) lanes.values().stream().filter(job -> !job.isDone()).count();
  }

  private void settled(String outcome) {
    if (activeJobs() == 0) {
      busy.set(false);
      progress.set(0);
      message.set(outcome);
    }
  }

  private final class SameThreadJob<T> implements Job<T> {
    private final String title;
    private final Work<T> work;
    private final Consumer<T> onSuccess;
    private final boolean shownByRunner;
    private final List<Consumer<T>> succeeded = new ArrayList<>();
    private final List<Consumer<Throwable>> failed = new ArrayList<>();
    private final List<Runnable> cancelled = new ArrayList<>();
    private State state = State.RUNNING;
    private T value;
    private Throwable failure;

    SameThreadJob(String title, Work<T> work, Consumer<T> onSuccess, boolean shownByRunner) {
      this.title = title;
      this.work = work;
      this.onSuccess = onSuccess;
      this.shownByRunner = shownByRunner;
    }

    void execute() {
      if (state != State.RUNNING) {
        return;
      }
      T result;
      try {
        result =
            work.run(
                new Progress() {
                  @Override
                  public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    message.set(title + ": " + done + " / " + total);
                  }

                  @Override
                  public void message(String text) {
                    message.set(text);
                  }
                });
      } catch (Exception e) {
        if (state != State.RUNNING) {
          return;
        }
        state = State.FAILED;
        failure = e;
        if (shownByRunner) {
          failures.add(e);
        }
        settled(title + ": failed");
        failed.forEach(listener -> listener.accept(e));
        return;
      }
      if (state != State.RUNNING) {
        return;
      }
      state = State.SUCCEEDED;
      value = result;
      try {
        onSuccess.accept(result);
      } finally {
        settled(title + ": done");
      }
      succeeded.forEach(listener -> listener.accept(result));
    }

    @Override
    public State state() {
      return state;
    }

    @Override
    public Optional<T> value() {
      return Optional.ofNullable(value);
    }

    @Override
    public Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public void cancel() {
      if (state != State.RUNNING) {
        return;
      }
      state = State.CANCELLED;
      pending.remove(this);
      settled(title + ": cancelled");
      cancelled.forEach(Runnable::run);
    }

    @Override
    public void onSucceeded(Consumer<T> listener) {
      if (state == State.SUCCEEDED) {
        listener.accept(value);
      } else if (state == State.RUNNING) {
        succeeded.add(listener);
      }
    }

    @Override
    public void onFailed(Consumer<Throwable> listener) {
      if (state == State.FAILED) {
        listener.accept(failure);
      } else if (state == State.RUNNING) {
        failed.add(listener);
      }
    }

    @Override
    public void onCancelled(Runnable listener) {
      if (state == State.CANCELLED) {
        listener.run();
      } else if (state == State.RUNNING) {
        cancelled.add(listener);
      }
    }
  }
}
