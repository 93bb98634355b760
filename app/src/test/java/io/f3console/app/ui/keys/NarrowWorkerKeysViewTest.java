package io.f3console.app.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The worker-keys view in a 1024×700 window: no label, button or check box is shortened. */
@ExtendWith(ApplicationExtension.class)
class NarrowWorkerKeysViewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void everyWordShowsWhole(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.WORKER_KEYS);

    Parent page = robot.lookup("#participant-picker").query().getParent().getParent();
    assertThat(ClippedText.in(page)).isEmpty();
    assertThat(robot.lookup("#committee-cid").query().isVisible()).isTrue();
  }
}
