package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
  private FxTaskRunner runner;

  @Start
  void start(Stage stage) {
    runner = new FxTaskRunner(new DialogService(() -> stage));
    // a failure is shown in a dialog owned by the window, as in the console
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
    stage.show();
  }

  @Test
  void aJobCancelsOnlyTheUnfinishedJobOfItsOwnLane() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<String> viewResult = new AtomicReference<>();
    Job<String> load = onFx(() -> runner.run("Loading", p -> block(release), r -> {}));
    Job<String> view = onFx(() -> runner.run("table", "Computing", p -> "stats", viewResult::set));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, view::isDone);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewResult.get()).isEqualTo("stats");
    assertThat(state(load)).isIn(Job.State.RUNNING);

    Job<String> secondLoad = onFx(() -> runner.run("Loading again", p -> "second", r -> {}));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> secondLoad.isDone() && load.isDone());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(state(load)).isEqualTo(Job.State.CANCELLED);
    assertThat(state(secondLoad)).isEqualTo(Job.State.SUCCEEDED);
    assertThat(runner.runningProperty().get()).isFalse();
    assertThat(runner.activeJobs()).isZero();
    release.countDown();
  }

  @Test
  void theStatusFollowsTheNewestUnfinishedJobAndCancelStopsThemAll() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Job<String> first = onFx(() -> runner.run("a", "First", p -> block(release), r -> {}));
    Job<String> second = onFx(() -> runner.run("b", "Second", p -> block(release), r -> {}));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> runner.messageProperty().get().startsWith("Second"));

    assertThat(runner.runningProperty().get()).isTrue();
    WaitForAsyncUtils.asyncFx(runner::cancel);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.isDone() && second.isDone());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(state(first)).isEqualTo(Job.State.CANCELLED);
    assertThat(state(second)).isEqualTo(Job.State.CANCELLED);
    assertThat(runner.runningProperty().get()).isFalse();
    release.countDown();
  }

  private static Job.State state(Job<?> task) throws Exception {
    return onFx(task::state);
  }

  @Test
  void aListenerAddedAfterTheWorkerEndedButBeforeTheFxThreadHeardStillHearsIt() throws Exception {
    java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    onFx(
        () -> {
          Job<String> failing =
              runner.run(
                  "a",
                  "Failing",
                  p -> {
                    throw new java.io.IOException("bad input");
                  },
                  r -> {});
          Job<String> succeeding = runner.run("b", "Quick", p -> "value", r -> {});
          // hold the FX thread until both workers are done: their state changes wait in the queue
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (!(failing.isDone() && succeeding.isDone()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
          }
          failing.onFailed(e -> heard.add("failed: " + e.getMessage()));
          succeeding.onSucceeded(v -> heard.add("succeeded: " + v));
          return null;
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heard.size() == 2);
    assertThat(heard).containsExactlyInAnyOrder("failed: bad input", "succeeded: value");
  }

  @Test
  void aFailureTheCallerSaysOpensNoErrorWindowAndOneTheRunnerTellsDoes() throws Exception {
    java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
    int before = openWindows();
    Job<String> quiet =
        onFx(
            () -> {
              Job<String> job =
                  runner.run(
                      "a",
                      "Testing a node",
                      p -> {
                        throw new java.io.IOException("cannot connect");
                      },
                      r -> {},
                      UiTaskRunner.Failures.SAID_BY_CALLER);
              job.onFailed(e -> said.add(e.getMessage()));
              return job;
            });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> said.size() == 1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(quiet.isDone()).isTrue();
    assertThat(openWindows()).isEqualTo(before);

    onFx(
        () ->
            runner.run(
                "b",
                "Reading a file",
                p -> {
                  throw new java.io.IOException("no such file");
                },
                r -> {}));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openWindows() == before + 1);
  }

  private static int openWindows() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () ->
                (int)
                    javafx.stage.Window.getWindows().stream()
                        .filter(javafx.stage.Window::isShowing)
                        .count()));
  }

  private static String block(CountDownLatch release) throws InterruptedException {
    release.await();
    return "released";
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
  }
}
