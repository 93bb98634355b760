package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The power table in a 1024×700 window: headers whole, and the charts can be put away. */
@ExtendWith(ApplicationExtension.class)
class NarrowPowerTableViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void everyHeaderShowsWholeAndHidingTheChartsGivesTheTableTheWidth(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.POWER_TABLE);
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> table = robot.lookup("#entry-table").queryAs(TableView.class);
    for (TableColumn<?, ?> column : table.getColumns()) {
      Text header = new Text(column.getText());
      assertThat(column.getWidth()).as(column.getText())
          .isGreaterThanOrEqualTo(header.getLayoutBounds().getWidth() + 8);
    }
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
}
