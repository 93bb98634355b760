package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The certificate stepper on the demo network: the list with every certificate's status, the stages
 * of the selected one walked with the keyboard and the buttons, the quorum bar and the next-table
 * CIDs against values computed from the inspection, and the broken certificate's failure explained.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  private ChainInspection inspection() {
    return console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
  }

  private void openDemo(DemoNetwork.Scenario scenario) {
    console.openDemo(scenario);
    console.navigate(Page.CERTIFICATES);
  }

  private void selectCertificate(int index) {
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedCertificateProperty().set(index));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void focus(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    WaitForAsyncUtils.asyncFx(node::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The text of a label, or of selectable evidence text. */
  private static String text(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    return node instanceof TextInputControl field ? field.getText() : ((Label) node).getText();
  }

  @SuppressWarnings("unchecked")
  private static ListView<CertificateRow> list(FxRobot robot) {
    return robot.lookup("#certificate-list").queryAs(ListView.class);
  }

  private static StagePipeline pipeline(FxRobot robot) {
    return robot.lookup("#stage-pipeline").queryAs(StagePipeline.class);
  }

  private static String detail(StageEvent event, String name) {
    return Stream.concat(event.inputs().stream(), event.outputs().stream())
        .filter(d -> d.name().equals(name))
        .map(Detail::value)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theArrowKeysStepThroughGoF3sStagesInOrder(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(5);
    focus(robot, "#certificate-list");
    Stage[] stages = Stage.values();

    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 5");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[0].title());
    for (int k = 1; k < stages.length; k++) {
      robot.type(KeyCode.RIGHT);
      assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[k].title());
      assertThat(text(robot, "#stage-verdict")).isEqualTo("✔ passed");
      assertThat(pipeline(robot).node(stages[k]).getStyleClass())
          .contains(StagePipeline.CURRENT, StagePipeline.PASSED);
      assertThat(pipeline(robot).node(stages[k - 1]).getStyleClass())
          .doesNotContain(StagePipeline.CURRENT);
    }
    robot.type(KeyCode.RIGHT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[stages.length - 1].title());
    assertThat(robot.lookup("#next-stage").query().isDisabled()).isTrue();

    robot.type(KeyCode.LEFT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[stages.length - 2].title());
    robot.type(KeyCode.LEFT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[stages.length - 3].title());
    robot.type(KeyCode.HOME);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[0].title());
    assertThat(robot.lookup("#prev-stage").query().isDisabled()).isTrue();
    robot.type(KeyCode.END);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(stages[stages.length - 1].title());
    assertThat(console.context().workspace().selectedCertificateProperty().get()).isEqualTo(5);
  }

  @Test
  void theButtonsStepAndClickingANodeJumps(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(2);
    // the verdict the view model words is shown, and with no failure there is none to go to
    assertThat(text(robot, "#certificates-summary"))
        .isEqualTo("✔ 60 certificates, all valid; next instance 60");
    assertThat(robot.lookup("#first-failure-button").query().isVisible()).isFalse();

    robot.clickOn("#next-stage");
    robot.clickOn("#next-stage");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.BASE.title());
    robot.clickOn("#prev-stage");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    robot.clickOn("#stage-" + Stage.PAIRING.name());
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.PAIRING.title());
    assertThat(robot.lookup("#stage-detail .hex-block").queryAll()).hasSize(3);
  }

  @Test
  void upAndDownChangeCertificateOutsideTheList(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(10);
    focus(robot, "#run-to-failure");

    robot.type(KeyCode.DOWN);
    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 11");
    assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(11);
    assertThat(console.context().workspace().selectedCertificateProperty().get()).isEqualTo(11);
    robot.type(KeyCode.UP, 2);
    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 9");
  }

  @Test
  void afterTheCertificatesShortcutTheArrowsStepStages(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(5);
    assertThat(console.scene().getFocusOwner()).isSameAs(robot.lookup("#navigation").query());

    robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.CERTIFICATES);
    robot.type(KeyCode.RIGHT);

    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 5");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    robot.type(KeyCode.RIGHT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.BASE.title());
    robot.type(KeyCode.LEFT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    assertThat(console.scene().getFocusOwner()).isSameAs(list(robot));
    robot.type(KeyCode.DOWN);
    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 6");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
  }

  @Test
  void theArrowsStepStagesWhereverTheFocusIsOnTheShell(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(5);
    focus(robot, "#theme-toggle");

    robot.type(KeyCode.RIGHT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    robot.type(KeyCode.DOWN);
    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 6");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    assertThat(console.scene().getFocusOwner()).isSameAs(robot.lookup("#theme-toggle").query());
  }

  @Test
  void theNavigationKeepsItsOwnUpAndDown(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(5);
    focus(robot, "#navigation");

    robot.type(KeyCode.RIGHT);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.CHAIN.title());
    robot.type(KeyCode.DOWN);
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.DOCTOR);
    assertThat(console.context().workspace().selectedCertificateProperty().get()).isEqualTo(5);
  }

  @Test
  void theQuorumBarShowsTheCommitteesNumbers(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.HEALTHY);
    selectCertificate(5);
    robot.clickOn("#stage-" + Stage.QUORUM.name());

    QuorumBar bar = robot.lookup("#quorum-bar").queryAs(QuorumBar.class);
    StageEvent quorum = inspection().outcomes().get(5).event(Stage.QUORUM).orElseThrow();
    PowerTable committee = inspection().committeeOf(5).orElseThrow();
    FinalityCertificate cert = inspection().certificates().get(5);
    long signed = 0;
    for (long index : cert.signers().toArray(committee.size())) {
      signed += committee.scaledPower((int) index);
    }

    assertThat(bar.signerPower())
        .isEqualTo(Long.parseLong(detail(quorum, "signerPower")))
        .isEqualTo(signed);
    assertThat(bar.scaledTotal())
        .isEqualTo(Long.parseLong(detail(quorum, "scaledTotal")))
        .isEqualTo(committee.scaledTotal());
    assertThat(bar.threshold())
        .isEqualTo(Long.parseLong(detail(quorum, "threshold")))
        .isEqualTo(committee.strongQuorumThreshold());
    assertThat(bar.caption())
        .contains(String.format(Locale.ROOT, "%,d", signed))
        .contains(String.format(Locale.ROOT, "2/3 = %,d", committee.strongQuorumThreshold()));
    assertThat(text(robot, "#quorum-verdict")).isEqualTo("✔ strong quorum");
  }

  @Test
  void runToFirstFailureExplainsTheBrokenCertificate(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.BROKEN);
    selectCertificate(4);
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.INSTANCE.title());

    robot.clickOn("#run-to-failure");

    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 37");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.QUORUM.title());
    assertThat(text(robot, "#stage-verdict")).isEqualTo("✘ failed");
    PowerTable committee = inspection().committeeOf(37).orElseThrow();
    long signed = 0;
    for (long index : inspection().certificates().get(37).signers().toArray(committee.size())) {
      signed += committee.scaledPower((int) index);
    }
    // the failure box shows the view model's sentences (their wording: CertificatesViewModelTest)
    assertThat(text(robot, "#failure-headline")).startsWith("✘ Instance 37 failed at quorum: ");
    assertThat(text(robot, "#failure-concrete")).startsWith("Certificate 37 was signed by ");
    assertThat(text(robot, "#failure-meaning"))
        .isEqualTo("What it means: " + FailureReason.INSUFFICIENT_POWER.meaning());
    // the evidence can be selected, not edited
    TextInputControl concrete = robot.lookup("#failure-concrete").queryAs(TextInputControl.class);
    assertThat(concrete.isEditable()).isFalse();
    WaitForAsyncUtils.asyncFx(concrete::selectAll);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(concrete.getSelectedText()).isEqualTo(concrete.getText());
    // the validation report copies as Markdown, with the failure and its evidence
    robot.clickOn("#certificates-copy-report");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(
                    () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())))
        .startsWith("# F3 certificate validation")
        .contains("## Failure: INSUFFICIENT_POWER")
        .contains(concrete.getText());
    QuorumBar bar = robot.lookup("#quorum-bar").queryAs(QuorumBar.class);
    assertThat(bar.signerPower()).isEqualTo(signed);
    assertThat(bar.threshold()).isEqualTo(committee.strongQuorumThreshold());
    assertThat(text(robot, "#quorum-verdict")).isEqualTo("✘ no strong quorum");

    StagePipeline pipeline = pipeline(robot);
    for (Stage stage : Stage.values()) {
      VBox node = pipeline.node(stage);
      String expected =
          stage.ordinal() < Stage.QUORUM.ordinal()
              ? StagePipeline.PASSED
              : stage == Stage.QUORUM ? StagePipeline.FAILED : StagePipeline.NOT_RUN;
      assertThat(node.getStyleClass()).as(stage.name()).contains(expected);
    }
    assertThat(text(robot, "#certificates-summary"))
        .isEqualTo(
            "✘ Validation stops at"
                + " instance 37: the signers hold less than two thirds of the power");
  }

  @Test
  void certificatesAfterTheFailureWereNotReached(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.BROKEN);

    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 37");
    assertThat(list(robot).getItems()).hasSize(60);
    assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(37);

    selectCertificate(45);
    assertThat(text(robot, "#certificate-status")).isEqualTo("— not reached");
    assertThat(text(robot, "#certificate-note"))
        .isEqualTo(
            "Not checked: validation stopped"
                + " at instance 37 (go-f3 stops at the first failure).");
    assertThat(text(robot, "#stage-verdict")).isEqualTo("· not run");
    assertThat(pipeline(robot).node(Stage.INSTANCE).getStyleClass())
        .contains(StagePipeline.NOT_RUN);

    robot.clickOn("#first-failure-button");
    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 37");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.QUORUM.title());
  }

  @Test
  void runToEndStopsWhereValidationStopped(FxRobot robot) {
    openDemo(DemoNetwork.Scenario.BROKEN);
    selectCertificate(50);

    robot.clickOn("#run-to-end");

    assertThat(text(robot, "#certificate-title")).isEqualTo("Instance 37");
    assertThat(text(robot, "#stage-detail-title")).isEqualTo(Stage.QUORUM.title());
    assertThat(console.context().workspace().selectedCertificateProperty().get()).isEqualTo(37);
    // the view model's notices reach the status bar
    assertThat(console.context().dialogs().noticeProperty().get())
        .startsWith("End of validation: ✘");
    // Ctrl+C on the list copies the selected certificate's instance
    focus(robot, "#certificate-list");
    robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(
                    () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())))
        .isEqualTo("37");
  }

  @Test
  void nothingOpenSaysWhatToOpen(FxRobot robot) {
    console.navigate(Page.CERTIFICATES);

    assertThat(text(robot, "#certificates-summary")).isEqualTo("No certificates open");
    assertThat(text(robot, "#stage-detail-empty")).contains("power table");
    assertThat(list(robot).getItems()).isEmpty();
    assertThat(robot.lookup("#certificate-header").query().isVisible()).isFalse();
  }
}
