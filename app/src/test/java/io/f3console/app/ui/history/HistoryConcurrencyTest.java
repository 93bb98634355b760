package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.sim.DemoNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console and the command line, in another process, write the same database at the same time:
 * every session of both is kept, the History view lists them all, and SQLite finds the file sound.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryConcurrencyTest {
  private static final int MINIMUM = 25;
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void theConsoleAndAnotherProcessShareTheDatabaseAndLoseNoSession(FxRobot robot, @TempDir Path dir)
      throws Exception {
    Path database = console.historyFile().orElseThrow();
    console.awaitIdle();
    Path stop = dir.resolve("stop");
    Process writer = startWriter(database, stop);
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(writer));
    try {
      awaitWriterSessions(database, 3);
      List<DemoNetwork.Scenario> opened =
          List.of(
              DemoNetwork.Scenario.HEALTHY,
              DemoNetwork.Scenario.BROKEN,
              DemoNetwork.Scenario.HEALTHY);
      opened.forEach(console::openDemo);
      Files.createFile(stop);
      assertThat(writer.waitFor(120, TimeUnit.SECONDS)).as("the writer finished").isTrue();
    } finally {
      writer.destroyForcibly();
    }
    String printed = output.get(10, TimeUnit.SECONDS);
    assertThat(writer.exitValue()).as(printed).isZero();
    int written = Integer.parseInt(printed.strip().replaceFirst("(?s).*recorded (\\d+)$", "$1"));
    assertThat(written).isGreaterThanOrEqualTo(MINIMUM);

    List<SessionSummary> all;
    try (HistoryStore store = HistoryStore.open(database)) {
      all = store.list(SessionQuery.all());
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
    List<SessionSummary> cli = all.stream().filter(s -> s.origin() == SessionOrigin.CLI).toList();
    List<SessionSummary> ours =
        all.stream().filter(s -> s.origin() == SessionOrigin.CONSOLE).toList();
    assertThat(cli).hasSize(written);
    assertThat(cli)
        .extracting(SessionSummary::command)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, written)
                .mapToObj(i -> ConcurrentSessionWriter.run(i).name())
                .toList());
    assertThat(cli)
        .filteredOn(s -> s.command().equals("certs validate"))
        .allSatisfy(s -> assertThat(s.reason()).contains("INSUFFICIENT_POWER"));
    assertThat(ours)
        .extracting(SessionSummary::command)
        .containsExactly("open demo:healthy", "open demo:broken", "open demo:healthy");
    assertThat(all).extracting(SessionSummary::id).doesNotHaveDuplicates();
    // They really ran side by side: the other process wrote before and after the console.
    Instant firstOurs = ours.get(ours.size() - 1).startedAt();
    Instant lastOurs = ours.get(0).startedAt();
    assertThat(cli).anyMatch(s -> s.startedAt().isBefore(firstOurs));
    assertThat(cli).anyMatch(s -> s.startedAt().isAfter(lastOurs));

    HistoryPage page = new HistoryPage(console, robot).show();
    robot.clickOn("#history-refresh");
    page.awaitRows(written + ours.size());
    assertThat(page.text("#history-count")).isEqualTo((written + ours.size()) + " sessions");
    assertThat(page.rows()).isEqualTo(all);
  }

  private static Process startWriter(Path database, Path stop) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-Xmx128m",
            "-cp",
            classpath,
            ConcurrentSessionWriter.class.getName(),
            database.toString(),
            stop.toString(),
            String.valueOf(MINIMUM))
        .redirectErrorStream(true)
        .start();
  }

  private static String read(Process process) {
    try (InputStream in = process.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "cannot read the writer's output: " + e.getMessage();
    }
  }

  private static void awaitWriterSessions(Path database, int count) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> {
          try (HistoryStore store = HistoryStore.open(database)) {
            return store.list(SessionQuery.all()).stream()
                    .filter(s -> s.origin() == SessionOrigin.CLI)
                    .count()
                >= count;
          }
        });
  }
}
