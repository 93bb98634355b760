package io.f3console.app.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
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
class SourceDialogTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void testingASourceDescribesItAndOpeningLoadsItIntoTheWorkspace(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    WaitForAsyncUtils.asyncFx(() -> SourceDialog.forSource(console.context()).dialog().show());
    WaitForAsyncUtils.waitForFxEvents();
    robot.lookup("#source-string").queryAs(TextField.class).setText("demo:broken");

    robot.clickOn("#source-test");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result(robot).startsWith("✔"));
    assertThat(result(robot))
        .contains("demo source answered")
        .contains("certificates 0–59 (60)")
        .contains("150 entries");
    // nothing in the dialog is cut: the label, the buttons and the whole answer show
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Label answer =
        robot.lookup("#source-test-result").queryAs(javafx.scene.control.Label.class);
    assertThat(answer.getHeight())
        .isGreaterThanOrEqualTo(answer.prefHeight(answer.getWidth()) - 0.5);
    for (String text : java.util.List.of("Source", "Test", "Browse…")) {
      javafx.scene.control.Labeled labeled =
          robot
              .lookup(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()))
              .queryAs(javafx.scene.control.Labeled.class);
      assertThat(labeled.getWidth()).as(text).isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
    }

    robot.clickOn("#source-open");
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    assertThat(console.context().workspace().sources()).containsExactly("demo:broken");
    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .count(CertificateStatus.INVALID))
        .isEqualTo(1);
  }

  @Test
  void aTableSourceOpenedOverCertificatesAsksBeforeReplacingThem(FxRobot robot) throws Exception {
    console.open(
        SharedData.file("mainnet_initial_power_table.json"),
        SharedData.file("mainnet_certs_0_9.json"));
    var calibnet = SharedData.file("calibnet_old_initial_power_table.json");
    WaitForAsyncUtils.asyncFx(() -> SourceDialog.forSource(console.context()).dialog().show());
    WaitForAsyncUtils.waitForFxEvents();
    robot.lookup("#source-string").queryAs(TextField.class).setText(calibnet.toString());

    robot.clickOn("#source-open");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#table-arrival").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    // nothing is replaced while the question is open
    assertThat(console.context().workspace().chain()).isPresent();
    assertThat(console.context().workspace().table().orElseThrow().table().cid().toString())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");

    robot.clickOn("#table-arrival-replace");
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    assertThat(console.context().workspace().chain()).isEmpty();
    assertThat(console.context().workspace().table().orElseThrow().table().cid().toString())
        .isEqualTo("bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c");
    assertThat(console.context().workspace().network().key()).isEqualTo("calibnet-2024");
  }

  @Test
  void aMalformedOrUnreachableSourceSaysWhyInsideTheDialog(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> SourceDialog.forNode(console.context()).dialog().show());
    WaitForAsyncUtils.waitForFxEvents();
    TextField url = robot.lookup("#node-url").queryAs(TextField.class);

    WaitForAsyncUtils.asyncFx(() -> url.setText("f3snap:snapshot.f3"));
    robot.clickOn("#source-test");
    assertThat(result(robot)).startsWith("✘").contains("http:// or https://");

    // Connect with a string that is not a node keeps the dialog open, saying why
    WaitForAsyncUtils.asyncFx(() -> url.setText("rpc:127.0.0.1"));
    robot.clickOn("#source-open");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(result(robot)).startsWith("✘").contains("rpc: takes an http:// or https:// URL");
    assertThat(robot.lookup("#source-open").query().getScene().getWindow().isShowing()).isTrue();
  }

  private static String result(FxRobot robot) {
    return robot.lookup("#source-test-result").queryAs(Label.class).getText();
  }

  @Test
  void connectingToANodeWithItsTokenValidatesItsCertificates(FxRobot robot) throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet().requireToken("secret-token-123")) {
      WaitForAsyncUtils.asyncFx(() -> SourceDialog.forNode(console.context()).dialog().show());
      WaitForAsyncUtils.waitForFxEvents();
      WaitForAsyncUtils.asyncFx(
          () -> {
            robot.lookup("#node-url").queryAs(TextField.class).setText(node.endpoint().toString());
            robot.lookup("#node-token").queryAs(TextField.class).setText("secret-token-123");
          });
      WaitForAsyncUtils.waitForFxEvents();

      robot.clickOn("#source-test");
      try {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result(robot).startsWith("✔"));
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError(
            "result: "
                + result(robot)
                + " / error: "
                + console.context().dialogs().lastErrorProperty().get());
      }
      assertThat(result(robot))
          .contains("rpc source answered")
          .contains("(the initial table of mainnet)")
          .doesNotContain("secret-token-123");

      robot.clickOn("#source-open");
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();

      var workspace = console.context().workspace();
      assertThat(workspace.sources()).containsExactly("rpc:" + node.endpoint());
      assertThat(workspace.network().key()).isEqualTo("mainnet");
      var inspection = workspace.chain().orElseThrow().inspection().orElseThrow();
      assertThat(inspection.count(CertificateStatus.VALID)).isEqualTo(node.certificates().size());
      assertThat(String.join(" ", workspace.sources())).doesNotContain("secret-token-123");
    }
  }
}
