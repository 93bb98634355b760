package io.f3console.app.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.validation.FailureReason;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OverviewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  /** The verdict, the trust badge and every value to copy, as the view-model gives them. */
  @Test
  void healthyDemoShowsTheVerdictAndEveryCidAndInstanceIsClickToCopy(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.OVERVIEW);
    ChainInspection inspection =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
    OverviewViewModel model =
        new OverviewViewModel(console.context().workspace(), console.context().runner());

    assertThat(text(robot, "#overview-verdict"))
        .isEqualTo("✔  " + model.summaryProperty().get().verdict());
    assertThat(robot.lookup("#overview-failure").queryButton().isVisible()).isFalse();
    assertThat(text(robot, "#overview-trust")).contains("verified");
    assertThat(copyable(robot, "#overview-cid"))
        .isEqualTo(inspection.initialTable().cid().toString());
    assertThat(copyable(robot, "#overview-expected-cid")).isEqualTo(model.expectedCid());
    assertThat(copyable(robot, "#overview-next-cid")).isEqualTo(model.nextTableCid());
    assertThat(copyable(robot, "#overview-table-instance")).isEqualTo(model.tableInstance());
    assertThat(copyable(robot, "#overview-first-instance")).isEqualTo(model.firstInstance());
    assertThat(copyable(robot, "#overview-last-instance")).isEqualTo(model.lastInstance());
    assertThat(copyable(robot, "#overview-next-instance")).isEqualTo(model.nextInstance());
    assertThat(copyable(robot, "#overview-biggest"))
        .isEqualTo(model.biggestParticipant().orElseThrow().actor());
    assertThat(text(robot, "#overview-biggest-share"))
        .isEqualTo(model.biggestParticipant().orElseThrow().share());
    for (String id :
        new String[] {"#overview-next-cid", "#overview-biggest", "#overview-next-instance"}) {
      robot.clickOn(id);
      assertThat(
              org.testfx.util.WaitForAsyncUtils.waitFor(
                  org.testfx.util.WaitForAsyncUtils.asyncFx(
                      () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())))
          .isEqualTo(copyable(robot, id));
    }
  }

  @Test
  void brokenDemoSaysWhereValidationStopsAndWhatItMeans(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    console.navigate(Page.OVERVIEW);
    DemoNetwork demo = DemoNetwork.builtIn();

    assertThat(text(robot, "#overview-verdict"))
        .startsWith("✘")
        .contains("Validation stops at instance " + demo.brokenInstance());
    assertThat(text(robot, "#overview-meaning"))
        .startsWith("What it means: ")
        .contains(FailureReason.INSUFFICIENT_POWER.meaning());

    robot.clickOn("#overview-failure");
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.CERTIFICATES);
    assertThat(console.context().workspace().selectedCertificateProperty().get())
        .isEqualTo(demo.brokenInstance());
  }

  private static String copyable(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(CopyableText.class).value();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
