package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.TrustState;
import io.f3console.core.sim.DemoNetwork;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void opensTheHealthyDemoAsVerifiedSyntheticData(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);

    assertThat(robot.lookup("#source-label").queryAs(Label.class).getText())
        .isEqualTo("demo:healthy");
    assertThat(robot.lookup("#synthetic-label").queryAs(Label.class).isVisible()).isTrue();
    TrustBadge badge = robot.lookup("#trust-badge").queryAs(TrustBadge.class);
    assertThat(badge.getText()).contains(TrustState.VERIFIED.word());
    ComboBox<?> networks = robot.lookup("#network-box").queryAs(ComboBox.class);
    assertThat(networks.getValue()).isEqualTo(console.context().workspace().network());
    assertThat(console.context().workspace().chain().orElseThrow().inspection().orElseThrow()
        .count(CertificateStatus.VALID)).isEqualTo(60);
  }

  @Test
  void everyPageCanBeShownFromTheNavigation(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    for (Page page : Page.values()) {
      robot.clickOn(page.title());
      assertThat(console.context().pageProperty().get()).isEqualTo(page);
      assertThat(robot.lookup("#" + page.id()).tryQuery()).isPresent();
    }
  }
}
