package io.f3console.app.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.participation.InstanceRoll;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.validation.Stage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ParticipationViewTest {
  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  /** The first instance of the window on show, from the range label. */
  private static int firstShown(FxRobot robot) {
    String range = text(robot, "#participation-range");
    return Integer.parseInt(range.substring("instances ".length(), range.indexOf('–')));
  }

  private ChainInspection inspection() {
    return console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
  }

  @Test
  void theKeyboardOpensTheViewLooksUpAMinerAndOpensAnInstanceInTheStepper(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    ActorId actor = inspection().initialTable().entry(4).id();

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
    console.awaitIdle();

    assertThat(console.context().pageProperty().get()).isEqualTo(Page.PARTICIPATION);
    assertThat(text(robot, "#participation-headline")).startsWith("✔ 60 certificates");
    assertThat(robot.lookup("#participation-headline").queryAs(Label.class).getStyleClass())
        .contains(Tone.SUCCESS.styleClass());
    assertThat(text(robot, "#participation-caveat")).isEqualTo(ParticipationReport.CAVEAT);

    robot.clickOn("#miner-field").eraseText(20).write(actor.address()).type(KeyCode.ENTER);
    console.awaitIdle();

    int signed = 0;
    for (int i = 0; i < 60; i++) {
      PowerTable committee = inspection().committeeOf(i).orElseThrow();
      var index = committee.indexOf(actor);
      if (index.isPresent() && inspection().certificates().get(i).signers().contains(index.get())) {
        signed++;
      }
    }
    assertThat(text(robot, "#miner-headline"))
        .startsWith(actor.address() + " signed " + signed + " of the ");
    assertThat(console.context().workspace().selectedActorProperty().get()).isEqualTo(actor);
    assertThat(text(robot, "#miner-fact-signed")).isEqualTo(String.valueOf(signed));
    assertThat(robot.lookup("#rate-last-hour").tryQuery()).isPresent();
    assertThat(robot.lookup("#miner-strip").queryAs(MinerStrip.class).stretches()).isNotEmpty();

    TableView<?> table = robot.lookup("#instance-table").queryAs(TableView.class);
    robot.clickOn("#instance-table");
    robot.type(KeyCode.DOWN, 2);
    var row = (ParticipationRows.InstanceRow) table.getSelectionModel().getSelectedItem();
    assertThat(row).isNotNull();
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(console.context().pageProperty().get()).isEqualTo(Page.CERTIFICATES);
    assertThat(console.context().workspace().selectedCertificateProperty().get())
        .isEqualTo(row.index());
    assertThat(text(robot, "#certificate-title")).contains(String.valueOf(row.instance()));
  }

  @Test
  void theChartZoomsAndPansFromTheKeyboardAndADoubleClickOpensTheInstance(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.PARTICIPATION);
    ParticipationChart chart =
        robot.lookup("#participation-chart").queryAs(ParticipationChart.class);

    robot.clickOn(chart);
    console.awaitIdle();
    int clicked = chart.indexAt(chart.getWidth() / 2);
    assertThat(text(robot, "#missing-title"))
        .startsWith("Missing power in instance " + clicked + ":");
    robot.type(KeyCode.EQUALS);
    console.awaitIdle();
    int from = firstShown(robot);
    assertThat(text(robot, "#participation-range")).endsWith("(30 of 60)");
    assertThat(clicked).as("zoomed around the selected instance").isBetween(from, from + 29);
    robot.type(KeyCode.RIGHT);
    console.awaitIdle();
    assertThat(firstShown(robot)).isEqualTo(Math.min(30, from + 7));
    robot.type(KeyCode.MINUS);
    console.awaitIdle();
    assertThat(text(robot, "#participation-range")).isEqualTo("instances 0–59 (60 of 60)");
    robot.type(KeyCode.EQUALS, 3);
    robot.type(KeyCode.DIGIT0);
    console.awaitIdle();
    assertThat(text(robot, "#participation-range")).isEqualTo("instances 0–59 (60 of 60)");
    assertThat(text(robot, "#missing-title")).startsWith("Missing power in instance ");

    int index = chart.indexAt(chart.getWidth() / 2);
    robot.doubleClickOn(chart);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(index).isBetween(0, 59);
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.CERTIFICATES);
    assertThat(console.context().workspace().selectedCertificateProperty().get()).isEqualTo(index);
  }

  @Test
  void aBrokenChainIsShownInDangerUpToTheCertificateBeforeTheFailure(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.PARTICIPATION);
    assertThat(text(robot, "#participation-range")).isEqualTo("instances 0–59 (60 of 60)");

    console.openDemo(DemoNetwork.Scenario.BROKEN);
    console.awaitIdle();

    int broken = DemoNetwork.builtIn().brokenInstance();
    Label headline = robot.lookup("#participation-headline").queryAs(Label.class);
    assertThat(headline.getText()).startsWith("✘ Validation stops at instance " + broken);
    assertThat(headline.getStyleClass())
        .contains(Tone.DANGER.styleClass())
        .doesNotContain(Tone.SUCCESS.styleClass());
    assertThat(text(robot, "#participation-range"))
        .isEqualTo("instances 0–" + (broken - 1) + " (" + broken + " of " + broken + ")");
    assertThat(robot.lookup("#instance-table").queryAs(TableView.class).getItems()).hasSize(broken);
  }

  @Test
  void withNothingOpenTheViewSaysWhatToOpen(FxRobot robot) {
    console.navigate(Page.PARTICIPATION);

    assertThat(text(robot, "#participation-headline")).isEqualTo("No certificates open");
    assertThat(text(robot, "#participation-detail"))
        .contains("File ▸ Open files…")
        .contains("demo network");
    assertThat(robot.lookup("#instance-table").queryAs(TableView.class).getItems()).isEmpty();
  }

  @Test
  void theReportCopiesAsMarkdownAndTheTablesCopyTheirRows(FxRobot robot) throws Exception {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.PARTICIPATION);

    robot.clickOn("#participation-copy-report");
    assertThat(clipboard())
        .startsWith("# F3 participation\n\n- Data: " + text(robot, "#participation-headline"));
    assertThat(console.context().dialogs().noticeProperty().get())
        .isEqualTo("Copied the participation report as Markdown");

    TableView<?> instances = robot.lookup("#instance-table").queryAs(TableView.class);
    WaitForAsyncUtils.asyncFx(
        () -> {
          instances.getSelectionModel().clearAndSelect(3);
          instances.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
    assertThat(clipboard())
        .isEqualTo(Long.toUnsignedString(inspection().certificates().get(3).instance()));
  }

  private static String clipboard() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.asyncFx(
            () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
        .get();
  }

  @Test
  void theSignersStageListsSignersAndAbsenteesByPower(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.CERTIFICATES);
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedCertificateProperty().set(5));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#stage-" + Stage.SIGNERS.name());
    WaitForAsyncUtils.waitForFxEvents();

    FinalityCertificate cert = inspection().certificates().get(5);
    PowerTable committee = inspection().committeeOf(5).orElseThrow();
    List<Long> absentPower = new ArrayList<>();
    for (int j = 0; j < committee.size(); j++) {
      if (!cert.signers().contains(j)) {
        absentPower.add(committee.scaledPower(j));
      }
    }
    absentPower.sort((a, b) -> Long.compare(b, a));
    TableView<?> signers = robot.lookup("#roll-signers").queryAs(TableView.class);
    TableView<?> absentees = robot.lookup("#roll-absentees").queryAs(TableView.class);
    assertThat(signers.getItems()).hasSize((int) cert.signers().cardinality());
    assertThat(absentees.getItems())
        .extracting(m -> ((InstanceRoll.Member) m).scaledPower())
        .containsExactlyElementsOf(absentPower);
    assertThat(absentees.getItems())
        .allSatisfy(
            m ->
                assertThat(committee.entry(((InstanceRoll.Member) m).index()).id())
                    .isEqualTo(((InstanceRoll.Member) m).actor()));
    assertThat(text(robot, "#roll-caveat")).isEqualTo(ParticipationReport.CAVEAT);
    // Ctrl+C copies the selected absentee's actor
    WaitForAsyncUtils.asyncFx(
        () -> {
          absentees.getSelectionModel().clearAndSelect(0);
          absentees.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
    try {
      assertThat(clipboard())
          .isEqualTo(((InstanceRoll.Member) absentees.getItems().get(0)).actor().address());
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    robot.clickOn("#stage-" + Stage.QUORUM.name());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#roll-absentees").tryQuery()).isPresent();
    robot.clickOn("#stage-" + Stage.PAIRING.name());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#roll-absentees").tryQuery()).isEmpty();
  }

  @Test
  void workerKeysSayHowOftenTheParticipantSignedTheLoadedCertificates(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    ActorId actor = inspection().initialTable().entry(9).id();
    int signed = 0;
    int in = 0;
    long last = -1;
    for (int i = 0; i < 60; i++) {
      var index = inspection().committeeOf(i).orElseThrow().indexOf(actor);
      if (index.isPresent()) {
        in++;
        if (inspection().certificates().get(i).signers().contains(index.get())) {
          signed++;
          last = i;
        }
      }
    }

    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedActorProperty().set(actor));
    console.navigate(Page.WORKER_KEYS);
    console.awaitIdle();

    assertThat(text(robot, "#signatures-summary"))
        .startsWith(
            actor.address()
                + " signed "
                + signed
                + " of the "
                + in
                + " certificates whose committee it was in")
        .contains("last signed instance " + last);
    assertThat(text(robot, "#signatures-caveat")).isEqualTo(ParticipationReport.CAVEAT);
  }

  @Test
  void theCertificateStoreButtonShowsTheStoredInstancesAndBack(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    String network = console.context().workspace().network().f3NetworkName();
    java.nio.file.Path store = console.context().storeOf(network);
    var demo = DemoNetwork.builtIn();
    var initial = inspection().initialTable();
    try (var opened = io.f3console.core.store.CertificateStore.open(store, network);
        var source =
            io.f3console.core.open.Sources.open(
                "demo:healthy", io.f3console.core.source.SourceOptions.defaults())) {
      var result =
          new io.f3console.core.store.CertificateSync(
                  io.f3console.core.trust.TrustAssessor.of(demo.profile(initial.cid())),
                  io.f3console.core.validation.ValidatorOptions.withThreads(2))
              .sync(opened, source, java.util.OptionalLong.empty());
      assertThat(result.stored()).isEqualTo(60);
    }
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
    console.awaitIdle();

    robot.clickOn("#participation-store");
    console.awaitIdle();
    assertThat(text(robot, "#participation-headline"))
        .startsWith("✔ 60 stored instances, instances 0–59, validated from a verified");
    assertThat(text(robot, "#participation-detail")).contains(store.toString());

    robot.clickOn("#participation-store");
    console.awaitIdle();
    assertThat(text(robot, "#participation-headline")).startsWith("✔ 60 certificates");
  }
}
