package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LateStartDialogTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void aTrustedLaterCommitteeStartsWhereItIsCommittedAndReachesTheNewestCertificate(
      FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.CERTIFICATES);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);

    robot.clickOn("#late-start-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#late-certificates").queryAs(TextField.class).getText())
        .isEqualTo("demo:healthy");
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#late-instance").queryAs(TextField.class)
        .setText("20"));
    robot.clickOn("#late-run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result(robot).startsWith("✔")
        || result(robot).startsWith("✘"));

    assertThat(result(robot)).startsWith("✔ Started at instance 20")
        .contains("reached instance " + chain.certificates().size())
        .contains(chain.finalTable().cid().toString());
  }

  @Test
  void aBrokenChainAfterTheStartIsReportedAtItsInstance(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    console.navigate(Page.CERTIFICATES);

    robot.clickOn("#late-start-button");
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#late-instance").queryAs(TextField.class)
        .setText("3"));
    robot.clickOn("#late-run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result(robot).startsWith("✔")
        || result(robot).startsWith("✘"));

    assertThat(result(robot)).startsWith("✘ Started at instance 3")
        .contains("Certificate " + DemoNetwork.builtIn().brokenInstance()
            + " fails INSUFFICIENT_POWER");
  }

  private static String result(FxRobot robot) {
    return robot.lookup("#late-result").queryAs(Label.class).getText();
  }
}
