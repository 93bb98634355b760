package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.logs.KnownLogLine;
import io.f3console.core.logs.LogClass;
import io.f3console.core.logs.LogRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Doctor's Paste logs… window: a real log pasted, its rows and summary, from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class LogPasteViewTest {
  private ConsoleFixture console;
  private FxRobot robot;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @AfterEach
  void closeTheWindow() {
    if (robot != null) {
      robot
          .lookup("#logs-dialog")
          .tryQueryAs(DialogPane.class)
          .ifPresent(pane -> WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()));
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  @Test
  void aPastedLogShowsOneRowPerDistinctF3LineWorstFirst(FxRobot robot) throws Exception {
    this.robot = robot;
    open(robot);
    String log = fixture("mixed.log");
    TextArea input = robot.lookup("#logs-input").queryAs(TextArea.class);
    WaitForAsyncUtils.asyncFx(() -> input.setText(log));
    robot.clickOn("#logs-read");
    List<LogRow> rows = awaitRows(robot);

    assertThat(rows)
        .extracting(LogRow::logClass)
        .containsExactly(
            LogClass.PROBLEM, LogClass.WORTH_A_LOOK, LogClass.UNKNOWN, LogClass.UNKNOWN);
    assertThat(rows).extracting(LogRow::count).containsExactly(1L, 3L, 2L, 1L);
    assertThat(rows.get(0).entry().map(KnownLogLine::id)).contains("gof3-initial-table-mismatch");
    Label summary = robot.lookup("#logs-summary").queryAs(Label.class);
    assertThat(summary.getText())
        .startsWith("✘ Some lines are problems.")
        .contains("16 lines read: 7 about F3 (1 problem, 3 worth a look, 3 unknown, 0 benign)");
    assertThat(summary.getStyleClass()).contains(Tone.DANGER.styleClass());

    // the class is a word and an icon, coloured by its tone; the span is in words
    List<Label> badges =
        robot.lookup("#logs-rows .f3-badge").queryAllAs(Label.class).stream().toList();
    assertThat(badges).extracting(Label::getText).startsWith("✘ problem", "⚠ worth a look");
    assertThat(badges.get(0).getStyleClass()).contains(Tone.DANGER.styleClass());
    assertThat(robot.lookup("61 s").tryQuery()).isPresent();
  }

  @Test
  void theKeyboardReachesEverythingAndCtrlEnterReads(FxRobot robot) {
    this.robot = robot;
    open(robot);
    TextArea input = robot.lookup("#logs-input").queryAs(TextArea.class);
    assertThat(input.isFocused()).as("the text area has the focus when the window opens").isTrue();
    robot.clickOn("#logs-input").write("reached a decision");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    List<LogRow> rows = awaitRows(robot);

    assertThat(rows).singleElement().extracting(LogRow::logClass).isEqualTo(LogClass.BENIGN);
    assertThat(robot.lookup("#logs-summary").queryAs(Label.class).getText())
        .startsWith("✔ Only noise");
    for (String id : List.of("#logs-read", "#logs-open")) {
      Node button = robot.lookup(id).queryAs(Button.class);
      assertThat(button.isFocusTraversable()).as(id).isTrue();
    }
    assertThat(robot.lookup("#logs-rows").queryAs(TableView.class).isFocusTraversable()).isTrue();
  }

  private void open(FxRobot robot) {
    console.navigate(Page.DOCTOR);
    robot.clickOn("#doctor-logs");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private List<LogRow> awaitRows(FxRobot robot) {
    TableView<LogRow> table = robot.lookup("#logs-rows").queryAs(TableView.class);
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "no rows appeared; text: "
              + robot.lookup("#logs-input").queryAs(TextArea.class).getText()
              + "; summary: "
              + robot.lookup("#logs-summary").queryAs(Label.class).getText(),
          e);
    }
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();
    return List.copyOf(table.getItems());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = LogPasteViewTest.class.getResourceAsStream("/logs/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing log fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
