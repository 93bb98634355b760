package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test runner keeps the window runner's rules: lanes, listeners, failures, quiet. */
class SameThreadRunnerTest {
  private final SameThreadRunner runner = new SameThreadRunner();
  private final List<String> seen = new ArrayList<>();

  @Test
  void runsAtOnceAndTellsLateListenersAtOnce() {
    Job<String> job = runner.run("lane", "Computing", p -> "result", seen::add);

    assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
    job.onSucceeded(value -> seen.add("late " + value));
    assertThat(seen).containsExactly("result", "late result");
    assertThat(runner.runningProperty().get()).isFalse();
    assertThat(runner.messageProperty().get()).isEqualTo("Computing: done");
  }

  @Test
  void aNewJobCancelsTheHeldJobOfItsLaneOnly() {
    runner.hold();
    Job<String> first = runner.run("a", "First", p -> "first", seen::add);
    Job<String> other = runner.run("b", "Other", p -> "other", seen::add);
    first.onCancelled(() -> seen.add("first cancelled"));
    assertThat(runner.activeJobs()).isEqualTo(2);
    assertThat(runner.runningProperty().get()).isTrue();

    Job<String> second = runner.run("a", "Second", p -> "second", seen::add);
    runner.runPending();

    assertThat(first.state()).isEqualTo(Job.State.CANCELLED);
    assertThat(other.state()).isEqualTo(Job.State.SUCCEEDED);
    assertThat(second.value()).contains("second");
    assertThat(seen).containsExactly("first cancelled", "other", "second");
    assertThat(runner.activeJobs()).isZero();
  }

  @Test
  void keepsFailuresAndNeverCallsOnSuccessForThem() {
    IOException broken = new IOException("disk gone");
    Job<String> job =
        runner.run(
            "lane",
            "Reading",
            p -> {
              throw broken;
            },
            seen::add);

    assertThat(job.failure()).contains(broken);
    assertThat(runner.failures()).containsExactly(broken);
    assertThat(seen).isEmpty();
  }

  @Test
  void postedActionsWaitWhileHeld() {
    runner.hold();
    runner.post(() -> seen.add("posted"));
    assertThat(seen).isEmpty();
    runner.runPending();
    assertThat(seen).containsExactly("posted");
    runner.post(() -> seen.add("now"));
    assertThat(seen).containsExactly("posted", "now");
  }
}
