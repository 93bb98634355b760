package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.app.ui.shell.ConsoleWindow;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .count(CertificateStatus.VALID))
        .isEqualTo(60);
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

  @Test
  void commandLineFilesOpenWithTheNamedNetworkAndNoDemo(FxRobot robot) {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    ConsoleOptions options =
        new ConsoleOptions(
            List.of(table, certs), Optional.of("mainnet"), Optional.empty(), Theme.LIGHT);

    WaitForAsyncUtils.asyncFx(() -> ConsoleWindow.openInitial(console.context(), options));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();

    assertThat(console.context().workspace().synthetic()).isFalse();
    assertThat(console.context().workspace().sources())
        .containsExactly(
            "file:" + table.toAbsolutePath().normalize(),
            "file:" + certs.toAbsolutePath().normalize());
    assertThat(robot.lookup("#synthetic-label").queryAs(Label.class).isVisible()).isFalse();
    assertThat(robot.lookup("#source-label").queryAs(Label.class).getText())
        .isEqualTo("mainnet_initial_power_table.json  +  mainnet_certs_0_9.json");
    assertThat(robot.lookup("#trust-badge").queryAs(TrustBadge.class).getText())
        .contains("verified");
    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .result()
                .nextInstance())
        .isEqualTo(10);
  }

  @Test
  void aBrokenFileGivesAPlainErrorWithTheDetailOneClickAwayAndKeepsTheWorkspace(
      FxRobot robot, @TempDir Path dir) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    Path bad = dir.resolve("table.json");
    Files.writeString(bad, "[{\"ID\": \"1000\", \"Power\": \"12\", \"PubKey\": 7}]");

    console.open(bad);

    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).startsWith("Opening table.json failed");
    assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
        .contains("table.json")
        .doesNotContain("Exception");
    // the details open on the causes in words; the stack trace is one more click away
    javafx.scene.control.TitledPane technical =
        robot.lookup("#error-technical").queryAs(javafx.scene.control.TitledPane.class);
    assertThat(technical.isExpanded()).isFalse();
    assertThat(((TextArea) technical.getContent()).getText()).contains("PowerTableFormatException");
    assertThat(robot.lookup("#error-causes").queryAs(Label.class).getText())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(console.context().workspace().sources()).containsExactly("demo:healthy");
    robot.clickOn("OK");
  }

  @Test
  void aMissingFileSaysSoInWordsWithNoStackTraceInSight(FxRobot robot, @TempDir Path dir) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    Path missing = dir.resolve("not-there.json");

    console.open(missing);

    String message = robot.lookup("#error-message").queryAs(Label.class).getText();
    String causes = robot.lookup("#error-causes").queryAs(Label.class).getText();
    assertThat(message + "\n" + causes)
        .contains("not-there.json")
        .doesNotContain("Exception")
        .doesNotContain("java.");
    assertThat(
            robot
                .lookup("#error-technical")
                .queryAs(javafx.scene.control.TitledPane.class)
                .isExpanded())
        .isFalse();
    robot.clickOn("OK");
  }

  @Test
  void themeToggleSwapsTheColourTokensStylesheet(FxRobot robot) {
    assertThat(console.scene().getStylesheets()).first().asString().endsWith("light.css");

    robot.clickOn("#theme-toggle");

    assertThat(console.context().themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(console.scene().getStylesheets()).first().asString().endsWith("dark.css");
    assertThat(console.scene().getStylesheets()).hasSize(2);
  }

  @Test
  void theThemeButtonSaysWhichThemePressingItSwitchesTo(FxRobot robot) {
    javafx.scene.control.ButtonBase button =
        robot.lookup("#theme-toggle").queryAs(javafx.scene.control.ButtonBase.class);
    assertThat(button.getText()).isEqualTo("Dark");
    assertThat(button.getTooltip().getText()).isEqualTo("Switch to the dark theme (now light)");

    robot.clickOn("#theme-toggle");

    assertThat(console.context().themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(button.getText()).isEqualTo("Light");
    assertThat(button.getTooltip().getText()).isEqualTo("Switch to the light theme (now dark)");

    robot.clickOn("#theme-toggle");

    assertThat(console.context().themeProperty().get()).isEqualTo(Theme.LIGHT);
    assertThat(button.getText()).isEqualTo("Dark");
  }

  @Test
  void cancellingLongWorkLeavesTheWindowUsableAndSaysSo(FxRobot robot) {
    WaitForAsyncUtils.asyncFx(
        () ->
            console
                .context()
                .runner()
                .run(
                    "Waiting",
                    progress -> {
                      progress.update(1, 100);
                      Thread.sleep(60_000);
                      return null;
                    },
                    result -> {}));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#cancel-button").queryButton().isVisible()).isTrue();

    robot.clickOn("#cancel-button");
    console.awaitIdle();

    assertThat(robot.lookup("#task-message").queryAs(Label.class).getText())
        .isEqualTo("Waiting: cancelled");
    assertThat(robot.lookup("#cancel-button").queryButton().isVisible()).isFalse();
  }

  @Test
  void choosingAnotherNetworkRevalidatesAgainstItsNameAndExpectedCid(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    var mainnet =
        console.context().loader().networks().stream()
            .filter(p -> p.key().equals("mainnet"))
            .findFirst()
            .orElseThrow();

    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#network-box")
                .queryAs(ComboBox.class)
                .getSelectionModel()
                .select(mainnet));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();

    var workspace = console.context().workspace();
    assertThat(workspace.network()).isEqualTo(mainnet);
    assertThat(workspace.table().orElseThrow().trust().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(robot.lookup("#trust-badge").queryAs(TrustBadge.class).getText())
        .contains(TrustState.MISMATCH.word());
    // what the validation against mainnet finds is MainViewModelTest's
  }
}
