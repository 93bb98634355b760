package io.f3console.app.ui.history;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.StoredSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The History view as tests see it: its nodes by id, and waiting for its work. */
final class HistoryPage {
  private final ConsoleFixture console;
  private final FxRobot robot;

  HistoryPage(ConsoleFixture console, FxRobot robot) {
    this.console = console;
    this.robot = robot;
  }

  /** Shows the view and waits until its list is in the scene and has been read. */
  HistoryPage show() {
    console.navigate(Page.HISTORY);
    await(() -> robot.lookup("#history-table").tryQuery().isPresent());
    return this;
  }

  /** Waits until the console is quiet and {@code condition} holds on the FX thread. */
  void await(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () ->
              WaitForAsyncUtils.waitFor(
                  WaitForAsyncUtils.asyncFx(
                      () ->
                          console.context().runner().activeJobs() == 0
                              && console.context().history().pendingWrites() == 0
                              && condition.call())));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the History view did not settle within a minute: "
              + text("#history-status")
              + " / "
              + text("#history-count")
              + " / notice \""
              + console.context().dialogs().noticeProperty().get()
              + "\"",
          e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the list shows {@code count} sessions. */
  HistoryPage awaitRows(int count) {
    await(() -> table().getItems().size() == count);
    return this;
  }

  @SuppressWarnings("unchecked")
  TableView<SessionSummary> table() {
    return robot.lookup("#history-table").queryAs(TableView.class);
  }

  List<SessionSummary> rows() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(table().getItems())));
  }

  /** Selects the session with {@code id} and waits for its details. */
  HistoryPage select(long id) {
    WaitForAsyncUtils.asyncFx(
        () ->
            table()
                .getSelectionModel()
                .select(
                    table().getItems().stream()
                        .filter(s -> s.id() == id)
                        .findFirst()
                        .orElseThrow()));
    await(
        () ->
            model().detailsProperty().get() != null && model().detailsProperty().get().id() == id);
    return this;
  }

  HistoryViewModel model() {
    return HistoryView.modelOf(robot.lookup("#" + Page.HISTORY.id()).query()).orElseThrow();
  }

  Node node(String query) {
    return robot.lookup(query).query();
  }

  /** The text of a label or of selectable text; empty when there is no such node. */
  String text(String query) {
    return robot
        .lookup(query)
        .tryQuery()
        .map(
            n ->
                n instanceof Label label
                    ? label.getText()
                    : ((javafx.scene.control.TextInputControl) n).getText())
        .orElse("");
  }

  /** The session as the database holds it, read through a store of the test's own. */
  static StoredSession stored(Path file, long id) throws Exception {
    try (HistoryStore store = HistoryStore.open(file)) {
      return store.find(id).orElseThrow();
    }
  }
}
