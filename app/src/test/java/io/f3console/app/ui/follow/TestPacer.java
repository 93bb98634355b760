package io.f3console.app.ui.follow;

import java.time.Duration;
import java.util.Optional;

/** Pacing for tests: the next round of following starts when the test says so. */
public final class TestPacer implements RoundPacer {
  private Runnable next;
  private Duration pause;

  @Override
  public void after(Duration wait, Runnable round) {
    this.pause = wait;
    this.next = round;
  }

  @Override
  public void stop() {
    next = null;
  }

  /** The pause asked for last, if a round waits. */
  public Optional<Duration> waiting() {
    return next == null ? Optional.empty() : Optional.of(pause);
  }

  /** Starts the round that waits (it runs on the test's thread with a same-thread runner). */
  public void fire() {
    Runnable round = next;
    next = null;
    if (round == null) {
      throw new AssertionError("no round waits");
    }
    round.run();
  }
}
