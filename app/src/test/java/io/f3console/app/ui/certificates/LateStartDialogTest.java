package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.FakeLotusNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
  void aNodeThatNeedsATokenIsReadWithTheTokenFromThePasswordField(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.CERTIFICATES);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    String secret = "late-start-token-77";
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(secret)) {
      robot.clickOn("#late-start-button");
      WaitForAsyncUtils.waitForFxEvents();
      // the dialog offers the open certificates (what runs: LateStartViewModelTest)
      assertThat(robot.lookup("#late-certificates").queryAs(TextField.class).getText())
          .isEqualTo("demo:healthy");
      WaitForAsyncUtils.asyncFx(
          () -> {
            robot
                .lookup("#late-trusted")
                .queryAs(TextField.class)
                .setText("rpc:" + node.endpoint());
            robot.lookup("#late-instance").queryAs(TextField.class).setText("5");
            robot
                .lookup("#late-certificates")
                .queryAs(TextField.class)
                .setText("rpc:" + node.endpoint());
            robot.lookup("#late-token").queryAs(PasswordField.class).setText(secret);
          });
      robot.clickOn("#late-run");
      WaitForAsyncUtils.waitFor(
          30,
          TimeUnit.SECONDS,
          () ->
              result(robot).startsWith("✔")
                  || result(robot).startsWith("?")
                  || result(robot).startsWith("✘"));
      console.awaitIdle();

      assertThat(result(robot))
          .startsWith("? Started at instance 5 (committed to by" + " certificate 4)")
          .doesNotContain(secret);
      Path history = console.historyFile().orElseThrow();
      for (Path file : List.of(history, history.resolveSibling(history.getFileName() + "-wal"))) {
        if (Files.exists(file)) {
          assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
              .doesNotContain(secret);
        }
      }
    }
  }

  private static String result(FxRobot robot) {
    return robot.lookup("#late-result").queryAs(Label.class).getText();
  }
}
