package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.sim.DemoNetwork;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PowerTableCompareTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  /** Other pairs of tables, and the Markdown itself, are checked in CompareViewModelTest. */
  @Test
  void showsTheDifferencesOfTheChosenTablesAndCopiesThemAsMarkdown(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTablePage page = new PowerTablePage(console, robot).show();
    PowerTableTimeline timeline =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow().timeline();
    PowerTable initial = console.context().workspace().table().orElseThrow().table();

    robot.clickOn("#compare-toggle");
    page.awaitReady();
    assertThat(robot.lookup("#compare-pane").query().isVisible()).isTrue();
    // By default: the starting table against the last committee the chain reached.
    assertChanges(
        robot, page, PowerTableDiff.between(initial, timeline.committee(timeline.lastInstance())));

    choose(robot, "#compare-b", 25);
    page.awaitReady();
    PowerTableDiff diff = PowerTableDiff.between(initial, timeline.committee(25));
    assertThat(diff.changes()).isNotEmpty();
    assertChanges(robot, page, diff);

    assertThat(robot.lookup("#compare-cid-a").queryAs(CopyableText.class).value())
        .isEqualTo(initial.cid().toString());
    robot.clickOn("#compare-cid-b");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clipboard()).isEqualTo(timeline.committee(25).cid().toString());

    robot.clickOn("#compare-copy-markdown");
    WaitForAsyncUtils.waitForFxEvents();
    String copied = clipboard();
    assertThat(copied)
        .startsWith("# Power table comparison")
        .contains("`" + initial.cid() + "`", "`" + timeline.committee(25).cid() + "`");
    assertThat(copied.lines().filter(line -> line.startsWith("| `f0")))
        .hasSize(diff.changes().size());

    ChangeRow first = page.changeRows().get(0);
    WaitForAsyncUtils.asyncFx(() -> page.changes().getSelectionModel().select(0));
    robot.clickOn("#change-table");
    WaitForAsyncUtils.asyncFx(() -> page.changes().getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clipboard()).isEqualTo(first.asText()).startsWith(first.actor().address());
  }

  @Test
  void theKindTogglesFilterTheChanges(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTablePage page = new PowerTablePage(console, robot).show();
    PowerTableTimeline timeline =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow().timeline();
    PowerTableDiff diff =
        PowerTableDiff.between(
            console.context().workspace().table().orElseThrow().table(),
            timeline.committee(timeline.lastInstance()));
    robot.clickOn("#compare-toggle");
    page.awaitReady();

    PowerTableDiff.Kind kind =
        Stream.of(PowerTableDiff.Kind.values())
            .filter(k -> diff.count(k) > 0 && diff.count(k) < diff.changes().size())
            .findFirst()
            .orElseThrow();
    robot.clickOn("#kind-" + key(kind));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.changeRows())
        .hasSize((int) diff.count(kind))
        .allMatch(row -> row.kind() == kind);
    assertThat(page.text("#change-count"))
        .isEqualTo(diff.count(kind) + " of " + diff.changes().size() + " changes");

    robot.clickOn("#kind-" + key(kind));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.changeRows()).hasSize(diff.changes().size());
  }

  @Test
  void withoutCertificatesThereIsNothingToCompareWith(FxRobot robot) throws Exception {
    console.open(
        io.f3console.core.testing.SharedData.file("calibnet_old_initial_power_table.json"));
    PowerTablePage page = new PowerTablePage(console, robot).show();

    robot.clickOn("#compare-toggle");
    page.awaitReady();

    assertThat(robot.lookup("#message-placeholder").query().isVisible()).isTrue();
    assertThat(page.text("#placeholder-message")).contains("Open finality certificates");
    assertThat(robot.lookup("#compare-toggle").queryAs(ToggleButton.class).isSelected()).isTrue();
  }

  private static void assertChanges(FxRobot robot, PowerTablePage page, PowerTableDiff diff) {
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      assertThat(page.text("#count-" + key(kind)))
          .as("count of %s", kind)
          .isEqualTo(String.valueOf(diff.count(kind)));
    }
    assertThat(page.changeRows())
        .containsExactlyElementsOf(diff.changes().stream().map(ChangeRow::of).toList());
  }

  private static String clipboard() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
  }

  @SuppressWarnings("unchecked")
  private static void choose(FxRobot robot, String query, long instance) {
    ComboBox<TableChoice> box = robot.lookup(query).queryAs(ComboBox.class);
    WaitForAsyncUtils.asyncFx(
        () ->
            box.setValue(
                box.getItems().stream()
                    .filter(choice -> choice.instance() == instance)
                    .findFirst()
                    .orElseThrow()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String key(PowerTableDiff.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
