package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.UiTaskRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundLaneTest {
  private final UiTaskRunner runner = new UiTaskRunner(new DialogService(() -> null));
  private final List<Integer> applied = new CopyOnWriteArrayList<>();
  private BackgroundLane lane;

  @Start
  void start(Stage stage) {
    lane = new BackgroundLane(runner);
  }

  @Test
  void waitsForOtherWorkInsteadOfCancellingIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    Task<String> other = onFx(() -> runner.run("other", p -> {
      release.await();
      return "done";
    }, value -> { }));

    onFx(() -> {
      lane.submit("lane", p -> {
        started.incrementAndGet();
        return 42;
      }, applied::add);
      return null;
    });
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    assertThat(started).hasValue(0);
    assertThat(onFx(other::isCancelled)).isFalse();
    assertThat(lane.stateProperty().get()).isEqualTo(BackgroundLane.State.WORKING);

    release.countDown();
    awaitState(BackgroundLane.State.DONE);
    assertThat(onFx(other::getValue)).isEqualTo("done");
    assertThat(applied).containsExactly(42);
  }

  @Test
  void startsAgainWhenSomeoneElseCancelledIt() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch running = new CountDownLatch(1);
    onFx(() -> {
      lane.submit("lane", p -> {
        if (attempts.incrementAndGet() == 1) {
          running.countDown();
          new CountDownLatch(1).await();
        }
        return 7;
      }, applied::add);
      return null;
    });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    onFx(() -> runner.run("other", p -> "quick", value -> { }));

    awaitState(BackgroundLane.State.DONE);
    assertThat(attempts).hasValue(2);
    assertThat(applied).containsExactly(7);
  }

  @Test
  void doesNotStartAgainWhenTheUserCancelledIt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    onFx(() -> {
      lane.submit("lane", p -> {
        attempts.incrementAndGet();
        running.countDown();
        new CountDownLatch(1).await();
        return 1;
      }, applied::add);
      return null;
    });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    onFx(() -> {
      runner.cancel();
      return null;
    });

    awaitState(BackgroundLane.State.CANCELLED);
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    assertThat(attempts).hasValue(1);
    assertThat(applied).isEmpty();
  }

  @Test
  void onlyTheNewestRequestIsApplied() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    onFx(() -> {
      lane.submit("first", p -> {
        release.await();
        return 1;
      }, applied::add);
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
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> onFx(() -> lane.stateProperty().get()) == state);
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> action) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
  }
}
