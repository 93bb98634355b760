package io.f3console.app.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Health in a 1024×700 window: the settings, the facts and their labels whole. */
@ExtendWith(ApplicationExtension.class)
class NarrowHealthViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void nothingIsCut(FxRobot robot) {
    Parent view = console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.HEALTH);
    assertThat(ClippedText.in(view)).isEmpty();
  }
}
