package io.f3console.app.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Participation in a 1024×700 window: every label, button and legend shows its whole text (a
 * wrapped one all its lines) inside the page, and the tables' headers show whole.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowParticipationViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void nothingOnTheParticipationPageIsCut(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.PARTICIPATION);
    String actor =
        console.context().workspace().table().orElseThrow().table().entry(0).id().toString();
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#miner-field").queryAs(TextField.class).setText(actor));
    robot.clickOn("#miner-field").type(KeyCode.ENTER);
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();

    Node page = robot.lookup("#participation-headline").query();
    while (!page.getStyleClass().contains("f3-page")) {
      page = page.getParent();
    }
    assertThat(ClippedText.withRows((Parent) page)).isEmpty();
    assertThat(ClippedText.pastRightEdge((Parent) page)).isEmpty();
    // the main parts inside the window, each with room to show
    double width = console.scene().getWidth();
    double height = console.scene().getHeight();
    assertThat(width).isLessThanOrEqualTo(1024);
    for (String id :
        List.of(
            "#participation-headline",
            "#participation-chart",
            "#show-all",
            "#participation-copy-report",
            "#participation-export-report",
            "#instance-table",
            "#miner-field",
            "#participation-caveat")) {
      Node node = robot.lookup(id).query();
      Bounds bounds = node.localToScene(node.getLayoutBounds());
      assertThat(bounds.getMinX()).as(id).isGreaterThanOrEqualTo(0);
      assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(width + 0.5);
      assertThat(bounds.getMaxY()).as(id).isLessThanOrEqualTo(height + 0.5);
      assertThat(bounds.getHeight()).as(id).isGreaterThan(10);
    }
    for (String id : List.of("#instance-table", "#missing-table")) {
      TableView<?> table = robot.lookup(id).queryAs(TableView.class);
      if (!table.isVisible() || table.getWidth() <= 0) {
        continue;
      }
      assertThat(ClippedText.narrowColumns(table)).as(id).isEmpty();
    }
  }
}
