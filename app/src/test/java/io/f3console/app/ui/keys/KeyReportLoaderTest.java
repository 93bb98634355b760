package io.f3console.app.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.FxTaskRunner;
import io.f3console.app.ui.Job;
import io.f3console.core.crypto.Bls;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.inspect.WorkerKeyReport;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The loader runs in its own lane: it never cancels other work, nor is cancelled by it. */
@ExtendWith(ApplicationExtension.class)
class KeyReportLoaderTest {
  private FxTaskRunner runner;
  private KeyReportLoader loader;
  private PowerTable table;
  private final AtomicReference<WorkerKeyReport> ready = new AtomicReference<>();
  private final AtomicReference<String> stopped = new AtomicReference<>();

  @BeforeEach
  void setUp() throws Exception {
    runner = new FxTaskRunner(new io.f3console.app.ui.DialogService(() -> null));
    loader = WaitForAsyncUtils.asyncFx(() -> new KeyReportLoader(runner)).get();
    table =
        PowerTable.of(
            List.of(
                PowerEntry.of(1, 30, PubKey.of(Bls.publicKeyFromSecret(BigInteger.valueOf(11)))),
                PowerEntry.of(2, 20, PubKey.of(Bls.publicKeyFromSecret(BigInteger.valueOf(12))))));
  }

  @Test
  void runsBesideOtherWorkWithoutCancellingIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Job<String> other =
        WaitForAsyncUtils.asyncFx(
                () ->
                    runner.run(
                        "Other work",
                        progress -> {
                          release.await();
                          return "finished";
                        },
                        result -> {}))
            .get();

    load(() -> table);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready.get() != null);

    assertThat(other.isDone()).isFalse();
    assertThat(ready.get().table()).isEqualTo(table);
    assertThat(WaitForAsyncUtils.asyncFx(() -> loader.cached(table.cid())).get()).isPresent();
    release.countDown();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, other::isDone);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(WaitForAsyncUtils.asyncFx(other::value).get()).contains("finished");
  }

  @Test
  void aWorkspaceLoadStartedMeanwhileDoesNotCancelIt() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    load(
        () -> {
          calls.incrementAndGet();
          started.countDown();
          release.await();
          return table;
        });
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    Job<String> load =
        WaitForAsyncUtils.asyncFx(() -> runner.run("Other work", progress -> "x", result -> {}))
            .get();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, load::isDone);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(WaitForAsyncUtils.asyncFx(load::value).get()).contains("x");
    release.countDown();

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready.get() != null);
    assertThat(calls.get()).isEqualTo(1);
    assertThat(stopped.get()).isNull();
  }

  @Test
  void tellsWhenThePersonCancelled() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    load(
        () -> {
          started.countDown();
          never.await();
          return table;
        });
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    WaitForAsyncUtils.asyncFx(runner::cancel);

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stopped.get() != null);
    assertThat(stopped.get()).contains("cancelled");
    assertThat(ready.get()).isNull();
  }

  @Test
  void answersOnlyTheLatestRequest() throws Exception {
    PowerTable other =
        PowerTable.of(
            List.of(
                PowerEntry.of(3, 30, PubKey.of(Bls.publicKeyFromSecret(BigInteger.valueOf(13))))));
    AtomicInteger answers = new AtomicInteger();
    WaitForAsyncUtils.asyncFx(
        () -> {
          loader.load("first", () -> table, report -> answers.incrementAndGet(), stopped::set);
          loader.load(
              "second",
              () -> other,
              report -> {
                answers.incrementAndGet();
                ready.set(report);
              },
              stopped::set);
        });

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready.get() != null);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runner.activeJobs() == 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ready.get().table()).isEqualTo(other);
    assertThat(answers.get()).isEqualTo(1);
  }

  private void load(Callable<PowerTable> source) {
    WaitForAsyncUtils.asyncFx(
        () -> loader.load("Checking worker keys", source, ready::set, stopped::set));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
