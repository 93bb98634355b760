package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.app.ui.historydb.ConsoleHistory;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.sim.DemoNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A history that cannot be used never stops the console; the History view says why. */
@ExtendWith(ApplicationExtension.class)
class HistoryUnavailableTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private ConsoleFixture console(Optional<Path> historyFile) {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(() -> ConsoleFixture.start(stage, historyFile)));
  }

  @Test
  void aDatabaseOfANewerSchemaIsLeftAloneAndTheConsoleWorksWithoutIt(
      FxRobot robot, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("newer.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      store.record(SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, "check").build());
    }
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var statement = connection.createStatement()) {
      statement.executeUpdate("PRAGMA user_version = " + (HistoryStore.latestSchemaVersion() + 7));
      statement.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    byte[] before = Files.readAllBytes(file);

    ConsoleFixture console = console(Optional.of(file));
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    HistoryPage page = new HistoryPage(console, robot).show();

    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .count(CertificateStatus.VALID))
        .isEqualTo(60);
    assertThat(console.context().history().stateProperty().get())
        .isEqualTo(ConsoleHistory.State.UNAVAILABLE);
    assertThat(page.text("#history-status"))
        .startsWith("✘ The history is unavailable: ")
        .contains("newer")
        .contains("left unchanged")
        .contains(file.toString())
        .contains("sessions are not recorded");
    assertThat(page.node("#history-status").getStyleClass()).contains("f3-danger");
    assertThat(page.table().getItems()).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotAHistoryIsNamedOnceInTheStatusBarAndLeftUnchanged(
      FxRobot robot, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "my own notes, not a database\n");

    ConsoleFixture console = console(Optional.of(file));
    console.openDemo(DemoNetwork.Scenario.BROKEN);

    assertThat(console.context().dialogs().noticeProperty().get())
        .startsWith("History unavailable, nothing is recorded: ")
        .contains("not an SQLite database");
    HistoryPage page = new HistoryPage(console, robot).show();
    assertThat(page.text("#history-status")).contains("not an SQLite database");
    assertThat(Files.readString(file)).isEqualTo("my own notes, not a database\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void withNoHistoryNothingIsOpenedOrWrittenEvenWhereDbPoints(FxRobot robot, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("history.db");
    ConsoleOptions options =
        ConsoleOptions.parse(new String[] {"--no-history", "--db", file.toString()});

    ConsoleFixture console = console(options.historyFile());
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    HistoryPage page = new HistoryPage(console, robot).show();

    assertThat(console.context().history().stateProperty().get())
        .isEqualTo(ConsoleHistory.State.OFF);
    assertThat(page.text("#history-status")).contains("--no-history");
    assertThat(page.table().getItems()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
