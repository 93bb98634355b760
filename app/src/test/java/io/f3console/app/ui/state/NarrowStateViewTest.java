package io.f3console.app.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ClippedText;
import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.testing.SharedData;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Chain state in a 1024×700 window: buttons, headers and the summary whole. */
@ExtendWith(ApplicationExtension.class)
class NarrowStateViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void nothingIsCutAndTheClaimsKeepTheirColumns(FxRobot robot) throws Exception {
    StatePage.compute(
        console, robot, "butterfly", "car:" + SharedData.file(StatePage.BUTTERFLY_V17));

    Parent view = robot.lookup("#" + Page.CHAIN_STATE.id()).queryAs(Parent.class);
    assertThat(ClippedText.in(view)).isEmpty();
    TableView<?> table = robot.lookup("#state-decisions").queryAs(TableView.class);
    assertThat(ClippedText.narrowColumns(table)).isEmpty();
  }
}
