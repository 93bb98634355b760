package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.validation.Stage;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stepper in a 1024×700 window: no stage title broken inside a word, no button cut. */
@ExtendWith(ApplicationExtension.class)
class NarrowCertificatesViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void everyStageTitleWrapsBetweenWordsAndEveryStepperButtonShowsItsWholeLabel(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.CERTIFICATES);

    StagePipeline pipeline = robot.lookup("#stage-pipeline").queryAs(StagePipeline.class);
    for (Stage stage : Stage.values()) {
      VBox node = pipeline.node(stage);
      Label title = (Label) node.getChildren().get(1);
      for (String word : stage.title().split(" ")) {
        Text measure = new Text(word);
        measure.setFont(title.getFont());
        assertThat(title.getWidth())
            .as("%s: room for '%s'", stage, word)
            .isGreaterThanOrEqualTo(measure.getLayoutBounds().getWidth());
      }
      assertThat(node.getHeight())
          .as(stage.toString())
          .isLessThanOrEqualTo(pipeline.getParent().getLayoutBounds().getHeight() + 0.5);
    }
    for (String id : List.of("#prev-stage", "#next-stage", "#run-to-end", "#run-to-failure")) {
      Button button = robot.lookup(id).queryButton();
      assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
    }
    // the verdict line's actions fit beside the verdict, inside the window
    double width = console.scene().getWidth();
    for (String id :
        List.of(
            "#certificates-summary",
            "#late-start-button",
            "#certificates-copy-report",
            "#certificates-export-report")) {
      javafx.scene.Node node = robot.lookup(id).query();
      assertThat(node.localToScene(node.getLayoutBounds()).getMaxX())
          .as(id)
          .isLessThanOrEqualTo(width + 0.5);
      if (node instanceof Button button) {
        assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
      }
    }
  }
}
