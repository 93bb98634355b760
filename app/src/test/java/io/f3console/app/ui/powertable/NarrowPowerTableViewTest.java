package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The power table in a 1024×700 window: headers whole, the charts can be put away, and the compare
 * chips and buttons show their words whole.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowPowerTableViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void everyHeaderShowsWholeAndHidingTheChartsGivesTheTableTheWidth(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.POWER_TABLE);

    TableView<?> table = robot.lookup("#entry-table").queryAs(TableView.class);
    assertThat(ClippedText.narrowColumns(table)).isEmpty();
    double before = table.getWidth();
    SplitPane split = robot.lookup("#table-split").queryAs(SplitPane.class);
    assertThat(split.getItems()).hasSize(2);

    robot.clickOn("#chart-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(split.getItems()).hasSize(1);
    assertThat(table.getWidth()).isGreaterThan(before + 150);

    robot.clickOn("#chart-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(split.getItems()).hasSize(2);
  }

  @Test
  void theCompareChipsAndButtonsShowTheirWordsWhole(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTablePage page = new PowerTablePage(console, robot).show();

    robot.clickOn("#compare-toggle");
    page.awaitReady();

    Parent pane = robot.lookup("#compare-pane").query();
    FlowPane chips = robot.lookup("#change-kind-filter").queryAs(FlowPane.class);
    assertThat(chips.getChildren())
        .hasSize(5)
        .allSatisfy(
            chip -> {
              assertThat(chip.getBoundsInParent().getMaxX())
                  .isLessThanOrEqualTo(chips.getWidth() + 1);
              assertThat(chip.getLayoutBounds().getWidth())
                  .isGreaterThanOrEqualTo(((javafx.scene.layout.Region) chip).prefWidth(-1) - 0.5);
            });
    assertThat(ClippedText.in(pane)).isEmpty();
    assertThat(robot.lookup("#compare-copy-markdown").queryAs(Button.class).getWidth())
        .isGreaterThanOrEqualTo(new Text("Copy as Markdown").getLayoutBounds().getWidth());
  }
}
