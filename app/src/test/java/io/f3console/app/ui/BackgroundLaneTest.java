package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundLaneTest {
  private final FxTaskRunner runner = new FxTaskRunner(new DialogService(() -> null));
  private final List<Integer> applied = new CopyOnWriteArrayList<>();
  private BackgroundLane lane;

  @Start
  void start(Stage stage) {
    lane = new BackgroundLane(runner, "lane");
  }

  @Test
  void runsBesideOtherWorkAndNeitherCancelsTheOther() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Job<String> other =
        onFx(
            () ->
                runner.run(
                    "other",
                    p -> {
                      release.await();
                      return "done";
                    },
                    value -> {}));

    onFx(
        () -> {
          lane.submit("lane", p -> 42, applied::add);
          return null;
        });
    awaitState(BackgroundLane.State.DONE);

    assertThat(applied).containsExactly(42);
    assertThat(other.isDone()).isFalse();
    onFx(() -> runner.run("another load", p -> "quick", value -> {}));
    release.countDown();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.activeJobs() == 0);
    assertThat(onFx(other::state)).isEqualTo(Job.State.CANCELLED);
  }

  @Test
  void aWorkspaceLoadDoesNotCancelIt() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    onFx(
        () -> {
          lane.submit(
              "lane",
              p -> {
                attempts.incrementAndGet();
                running.countDown();
                release.await();
                return 7;
              },
              applied::add);
          return null;
        });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    Job<String> load = onFx(() -> runner.run("load", p -> "quick", value -> {}));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
    release.countDown();

    awaitState(BackgroundLane.State.DONE);
    assertThat(attempts).hasValue(1);
    assertThat(applied).containsExactly(7);
  }

  @Test
  void saysCancelledWhenTheUserCancelledIt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    onFx(
        () -> {
          lane.submit(
              "lane",
              p -> {
                attempts.incrementAndGet();
                running.countDown();
                new CountDownLatch(1).await();
                return 1;
              },
              applied::add);
          return null;
        });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    onFx(
        () -> {
          runner.cancel();
          return null;
        });

    awaitState(BackgroundLane.State.CANCELLED);
    assertThat(attempts).hasValue(1);
    assertThat(applied).isEmpty();
  }

  @Test
  void onlyTheNewestRequestIsApplied() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    onFx(
        () -> {
          lane.submit(
              "first",
              p -> {
                release.await();
                return 1;
              },
              applied::add);
          lane.submit("second", p -> 2, applied::add);
          return null;
        });
    release.countDown();

    awaitState(BackgroundLane.State.DONE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.activeJobs() == 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).containsExactly(2);
  }

  private void awaitState(BackgroundLane.State state) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> onFx(() -> lane.stateProperty().get()) == state);
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> action) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
  }
}
