package io.f3console.app.ui.powertable;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The power-table view as tests see it: its nodes by id, and waiting for its work. */
final class PowerTablePage {
  private final ConsoleFixture console;
  private final FxRobot robot;

  PowerTablePage(ConsoleFixture console, FxRobot robot) {
    this.console = console;
    this.robot = robot;
  }

  /** Shows the view and waits until what it shows has been computed. */
  PowerTablePage show() {
    console.navigate(Page.POWER_TABLE);
    return awaitReady();
  }

  /** Waits until neither the console nor the view computes anything. */
  PowerTablePage awaitReady() {
    try {
      await(
          () ->
              console.context().runner().activeJobs() == 0
                  && !node("#computing-placeholder").isVisible()
                  && (node("#table-split").isVisible()
                      || node("#compare-pane").isVisible()
                      || node("#message-placeholder").isVisible()));
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage()
              + ": jobs "
              + console.context().runner().activeJobs()
              + ", running "
              + console.context().runner().runningProperty().get()
              + ", task \""
              + console.context().runner().messageProperty().get()
              + "\", computing "
              + node("#computing-placeholder").isVisible()
              + ", message \""
              + text("#placeholder-message")
              + "\", notice \""
              + console.context().dialogs().noticeProperty().get()
              + "\"",
          e);
    }
    return this;
  }

  static void await(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
    } catch (TimeoutException e) {
      throw new AssertionError("the power-table view did not settle within a minute", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  Node node(String query) {
    return robot.lookup(query).query();
  }

  /** The text of a label or of selectable text. */
  String text(String query) {
    javafx.scene.Node node = robot.lookup(query).query();
    return node instanceof javafx.scene.control.TextInputControl input
        ? input.getText()
        : ((Label) node).getText();
  }

  @SuppressWarnings("unchecked")
  TableView<EntryRow> entries() {
    return robot.lookup("#entry-table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  TableView<ChangeRow> changes() {
    return robot.lookup("#change-table").queryAs(TableView.class);
  }

  /** The rows the entry table shows, in display order. */
  List<EntryRow> rows() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(entries().getItems())));
  }

  /** The rows the change table shows, in display order. */
  List<ChangeRow> changeRows() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(changes().getItems())));
  }
}
