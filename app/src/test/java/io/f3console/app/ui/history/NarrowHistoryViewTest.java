package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * History in a 1024×700 window: filters, buttons, headers and details whole, the details one column
 * so that they need no scrolling sideways.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowHistoryViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void nothingIsCutAndTheDetailsNeedNoSidewaysScrolling(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(1);
    page.select(page.rows().get(0).id());
    WaitForAsyncUtils.waitForFxEvents();

    Parent view = robot.lookup("#" + Page.HISTORY.id()).queryAs(Parent.class);
    assertThat(ClippedText.in(view)).isEmpty();
    // the facts go above the CIDs: the details fit the width they are given
    javafx.scene.control.ScrollPane scroll =
        robot.lookup("#history-details-scroll").queryAs(javafx.scene.control.ScrollPane.class);
    assertThat(robot.lookup("#history-details").queryAs(SessionDetailsPane.class).getWidth())
        .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
    assertThat(robot.lookup("#history-cids").query().localToScene(0, 0).getX())
        .isLessThan(robot.lookup("#history-facts").query().localToScene(0, 0).getX() + 1);
    TableView<?> table = page.table();
    assertThat(ClippedText.narrowColumns(table)).isEmpty();
  }
}
