package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.testing.SharedData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReleaseCheckViewTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void beforeAnyCheckEveryEmptyPartSaysWhatWillAppearAndAllFourColumnsFitANarrowWindow(
      FxRobot robot) {
    console.openDemo(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.RELEASE_CHECK);
    WaitForAsyncUtils.asyncFx(() -> console.scene().getWindow().setWidth(1024));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> evidence = robot.lookup("#release-evidence").queryAs(TableView.class);
    assertThat(((Label) evidence.getPlaceholder()).getText()).contains("appear here");
    assertThat(((Label) robot.lookup("#release-sources").queryAs(javafx.scene.control.ListView.class)
        .getPlaceholder()).getText()).startsWith("No sources yet");
    double columns = evidence.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
    assertThat(columns).isLessThanOrEqualTo(evidence.getWidth());
    assertThat(evidence.getColumns()).allSatisfy(c -> assertThat(c.getWidth())
        .isGreaterThanOrEqualTo(c.getMinWidth()));
  }

  @Test
  void theOpenMainnetFilesConfirmTheCandidateWithCertificateZeroAsEvidence(FxRobot robot)
      throws Exception {
    console.open(SharedData.file("mainnet_initial_power_table.json"),
        SharedData.file("mainnet_certs_0_9.json"));
    console.navigate(Page.RELEASE_CHECK);

    robot.clickOn("#release-add-open");
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#release-candidate").queryAs(TextField.class)
        .setText(MAINNET_CID));
    robot.clickOn("#release-run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#release-report")
        .queryAs(TextArea.class).getText().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#release-verdict").queryAs(Label.class).getText())
        .startsWith("✔ Confirmed: " + MAINNET_CID);
    TableView<?> evidence = robot.lookup("#release-evidence").queryAs(TableView.class);
    assertThat(evidence.getItems()).hasSize(2);
    assertThat(robot.lookup("#release-report").queryAs(TextArea.class).getText())
        .contains(MAINNET_CID).contains("\"InitialPowerTable\"").contains("validates");
    assertThat(robot.lookup("#release-export").queryButton().isDisabled()).isFalse();
    robot.clickOn("#release-copy");
    String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard
        .getSystemClipboard().getString()).get();
    assertThat(copied).isEqualTo(robot.lookup("#release-report").queryAs(TextArea.class)
        .getText());
  }

  @Test
  void aWrongCandidateIsRefusedWithARemedy(FxRobot robot) throws Exception {
    console.openDemo(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.RELEASE_CHECK);
    WaitForAsyncUtils.asyncFx(() -> {
      robot.lookup("#release-source").queryAs(TextField.class).setText("demo:healthy");
      robot.lookup("#release-candidate").queryAs(TextField.class).setText(MAINNET_CID);
    });
    robot.clickOn("#release-add");
    robot.clickOn("#release-run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#release-report")
        .queryAs(TextArea.class).getText().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#release-verdict").queryAs(Label.class).getText())
        .startsWith("✘ Not confirmed (" + ReleaseCheckResult.Verdict.CANDIDATE_MISMATCH.name()
            .toLowerCase().replace('_', ' ') + ")");
  }

  @Test
  void aNodeThatNeedsATokenIsCheckedWithTheTokenFromThePasswordFieldAndNeverRecorded(
      FxRobot robot) throws Exception {
    console.openDemo(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    var chain = io.f3console.core.sim.DemoNetwork.builtIn().generate(
        io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    String token = "console-release-token-41";
    try (io.f3console.core.testing.FakeLotusNode node =
        io.f3console.core.testing.FakeLotusNode.start(chain).requireToken(token)) {
      console.navigate(Page.RELEASE_CHECK);
      javafx.scene.control.PasswordField field = robot.lookup("#release-token")
          .queryAs(javafx.scene.control.PasswordField.class);
      WaitForAsyncUtils.asyncFx(() -> {
        robot.lookup("#release-source").queryAs(TextField.class)
            .setText("rpc:" + node.endpoint());
        field.setText(token);
      });
      robot.clickOn("#release-add");
      robot.clickOn("#release-run");
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#release-report")
          .queryAs(TextArea.class).getText().isEmpty());
      console.awaitIdle();

      assertThat(robot.lookup("#release-verdict").queryAs(Label.class).getText())
          .startsWith("✔ Confirmed: " + chain.initialTable().cid());
      assertThat(robot.lookup("#release-report").queryAs(TextArea.class).getText())
          .doesNotContain(token);
      java.nio.file.Path history = console.historyFile().orElseThrow();
      for (java.nio.file.Path file : List.of(history,
          history.resolveSibling(history.getFileName() + "-wal"))) {
        if (java.nio.file.Files.exists(file)) {
          assertThat(new String(java.nio.file.Files.readAllBytes(file),
              java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
        }
      }
    }
  }
}
