package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.Clipboards;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.release.ReleaseCheckViewModel;
import io.f3console.core.bootstrap.SourceEvidence;
import io.f3console.core.testing.SharedData;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What only the Release check's screen shows: the empty parts, the columns in a narrow window, an
 * input error in sight, the CIDs to click and the copy actions. What the check says is {@link
 * io.f3console.app.ui.release.ReleaseCheckViewModelTest}'s.
 */
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
    assertThat(
            ((Label)
                    robot
                        .lookup("#release-sources")
                        .queryAs(javafx.scene.control.ListView.class)
                        .getPlaceholder())
                .getText())
        .startsWith("No sources yet");
    double columns = evidence.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
    assertThat(columns).isLessThanOrEqualTo(evidence.getWidth());
    assertThat(evidence.getColumns())
        .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(c.getMinWidth()));
  }

  /**
   * The verdict, the evidence rows and the report as the view-model gives them, every CID a value
   * to click or Ctrl+C, and the copy and export actions.
   */
  @Test
  void theOpenMainnetFilesConfirmTheCandidateAndEveryCidShownCopies(FxRobot robot)
      throws Exception {
    console.open(
        SharedData.file("mainnet_initial_power_table.json"),
        SharedData.file("mainnet_certs_0_9.json"));
    console.navigate(Page.RELEASE_CHECK);

    robot.clickOn("#release-add-open");
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#release-candidate").queryAs(TextField.class).setText(MAINNET_CID));
    robot.clickOn("#release-run");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#release-report").queryAs(TextArea.class).getText().isEmpty());
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#release-verdict").queryAs(Label.class).getText())
        .startsWith("✔ Confirmed: " + MAINNET_CID);
    @SuppressWarnings("unchecked")
    TableView<SourceEvidence> evidence = robot.lookup("#release-evidence").queryAs(TableView.class);
    assertThat(evidence.getItems()).hasSize(2);
    TextArea report = robot.lookup("#release-report").queryAs(TextArea.class);
    assertThat(report.getText()).contains(MAINNET_CID).contains("\"InitialPowerTable\"");
    assertThat(report.isEditable()).isFalse();
    assertThat(robot.lookup("#release-export").queryButton().isDisabled()).isFalse();
    robot.clickOn("#release-copy");
    assertThat(clipboard()).isEqualTo(report.getText());

    // the verdict's CID and the table's CID in the evidence are values to click
    CopyableText named =
        robot
            .from(robot.lookup("#release-verdict-cids").queryAs(Node.class))
            .lookup(".f3-copyable")
            .queryAs(CopyableText.class);
    assertThat(named.value()).isEqualTo(MAINNET_CID);
    robot.clickOn((Node) named);
    assertThat(clipboard()).isEqualTo(MAINNET_CID);
    CopyableText cell = robot.from(evidence).lookup(".f3-copyable").queryAs(CopyableText.class);
    assertThat(cell.value()).isEqualTo(MAINNET_CID);
    WaitForAsyncUtils.asyncFx(() -> Clipboards.put(""));
    robot.clickOn((Node) cell);
    assertThat(clipboard()).isEqualTo(MAINNET_CID);

    // Ctrl+C on a row copies the row
    WaitForAsyncUtils.asyncFx(
        () -> {
          evidence.getSelectionModel().select(1);
          evidence.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
    assertThat(clipboard())
        .isEqualTo(ReleaseCheckViewModel.evidenceLine(evidence.getItems().get(1)));
  }

  @Test
  void aSourceThatIsNotOneIsShownAsTheVerdict(FxRobot robot) {
    console.navigate(Page.RELEASE_CHECK);
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#release-source").queryAs(TextField.class).setText("rpc:"));
    robot.clickOn("#release-add");
    WaitForAsyncUtils.waitForFxEvents();

    Label verdict = robot.lookup("#release-verdict").queryAs(Label.class);
    assertThat(verdict.getText()).startsWith("✘ ").hasSizeGreaterThan(3);
    assertThat(verdict.isVisible()).isTrue();
    assertThat(verdict.getStyleClass()).contains(Tone.DANGER.styleClass());
    assertThat(
            robot
                .lookup("#release-sources")
                .queryAs(javafx.scene.control.ListView.class)
                .getItems())
        .isEmpty();
  }

  private static String clipboard() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
  }
}
