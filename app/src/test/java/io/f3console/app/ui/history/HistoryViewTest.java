package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionLabels;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  private Path database() {
    return console.historyFile().orElseThrow();
  }

  @Test
  void openingTheDemoLeavesAValidationSessionThatTheHistoryViewShowsWithItsVerdict(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(1);

    SessionSummary row = page.rows().get(0);
    assertThat(row.origin()).isEqualTo(SessionOrigin.CONSOLE);
    assertThat(row.kind()).isEqualTo(SessionKind.VALIDATION);
    assertThat(row.command()).isEqualTo("open demo:healthy");
    assertThat(row.network()).contains(DemoNetwork.PROFILE_KEY);
    assertThat(row.verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(page.text("#history-count")).isEqualTo("1 session");
    page.select(row.id());
    assertThat(page.text("#history-detail-verdict")).isEqualTo("✔ passed");
    assertThat(page.node("#history-detail-verdict").getStyleClass()).contains("f3-success");
    assertThat(page.text("#history-detail-instance"))
        .isEqualTo(String.valueOf(chain.certificates().size() - 1));
    assertThat(page.text("#history-detail-title"))
        .isEqualTo("Session " + row.id() + " · open demo:healthy");
    assertThat(page.text("#history-cid-mark-0")).isEqualTo("✔ equal");

    StoredSession stored = HistoryPage.stored(database(), row.id());
    assertThat(stored.record().sources()).extracting(s -> s.spec()).containsExactly("demo:healthy");
    RecordedCid initial =
        stored.record().cids().stream()
            .filter(cid -> cid.role().startsWith("trusted table against "))
            .findFirst()
            .orElseThrow();
    assertThat(initial.computed()).contains(chain.initialTable().cid().toString());
    assertThat(initial.expected()).contains(chain.initialTable().cid().toString());
    assertThat(stored.tables())
        .extracting(TableReference::role, TableReference::cid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("initial", chain.initialTable().cid().toString()),
            org.assertj.core.groups.Tuple.tuple(
                "final committee", chain.finalTable().cid().toString()));
    assertThat(stored.record().instanceReached()).contains((long) chain.certificates().size() - 1);
    try (HistoryStore store = HistoryStore.open(database())) {
      assertThat(store.list(SessionQuery.all())).isEqualTo(page.rows());
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
  }

  @Test
  void theBrokenDemosSessionShowsInsufficientPowerAndTheInstanceReached(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(1);

    SessionSummary row = page.rows().get(0);
    assertThat(row.verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(row.reason()).contains(FailureReason.INSUFFICIENT_POWER.name());
    assertThat(row.instanceReached()).contains(36L);
    assertThat(DemoNetwork.builtIn().brokenInstance()).isEqualTo(37);
    page.select(row.id());
    assertThat(page.text("#history-detail-verdict")).isEqualTo("✘ failed · INSUFFICIENT_POWER");
    assertThat(page.node("#history-detail-verdict").getStyleClass()).contains("f3-danger");
    assertThat(page.text("#history-detail-instance")).isEqualTo("36");
    assertThat(page.text("#history-detail-summary"))
        .startsWith("Validation stops at instance 37 (INSUFFICIENT_POWER)");
    // the instance and the CIDs copy with a click; the summary and findings are selectable
    assertThat(
            robot
                .lookup("#history-detail-summary")
                .queryAs(javafx.scene.control.TextInputControl.class)
                .isEditable())
        .isFalse();
    robot.interact(
        () ->
            robot
                .lookup("#history-detail-instance")
                .queryAs(io.f3console.app.ui.controls.CopyableText.class)
                .copy());
    assertThat(
            WaitForAsyncUtils.asyncFx(
                    () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get())
        .isEqualTo("36");
    assertThat(
            robot
                .lookup("#history-tables .f3-copyable")
                .queryAllAs(io.f3console.app.ui.controls.CopyableText.class))
        .extracting(io.f3console.app.ui.controls.CopyableText::value)
        .contains("37", HistoryPage.stored(database(), row.id()).tables().get(1).cid());
  }

  @Test
  void sessionsOfThisConsoleAppearAsRecordedAndRefreshBringsThoseOfOtherProcesses(FxRobot robot)
      throws Exception {
    HistoryPage page = new HistoryPage(console, robot).show();
    page.await(() -> page.text("#history-count").equals("0 sessions"));

    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    page.awaitRows(1);

    long other;
    try (HistoryStore store = HistoryStore.open(database())) {
      other =
          store.record(
              SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, "powertable check")
                  .network("mainnet")
                  .summary("written by another process")
                  .build());
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.rows()).hasSize(1);

    robot.clickOn("#history-refresh");
    page.awaitRows(2);
    assertThat(page.rows().get(0).id()).isEqualTo(other);
    assertThat(page.rows().get(0).command()).isEqualTo("powertable check");

    console.openDemo(DemoNetwork.Scenario.BROKEN);
    page.awaitRows(3);
    robot.type(javafx.scene.input.KeyCode.F5);
    page.awaitRows(3);
    assertThat(page.text("#history-count")).isEqualTo("3 sessions");

    // the filters are the model's (what they select is HistoryViewModelTest's)
    @SuppressWarnings("unchecked")
    ComboBox<String> networks = robot.lookup("#history-network").queryAs(ComboBox.class);
    assertThat(networks.getItems()).contains("mainnet", DemoNetwork.PROFILE_KEY);
    WaitForAsyncUtils.asyncFx(() -> networks.setValue("mainnet"));
    page.awaitRows(1);
    WaitForAsyncUtils.asyncFx(() -> networks.setValue(HistoryViewModel.ALL_NETWORKS));
    page.awaitRows(3);
    @SuppressWarnings("unchecked")
    ComboBox<String> kinds = robot.lookup("#history-kind").queryAs(ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> kinds.setValue(SessionKind.VALIDATION.label()));
    page.awaitRows(2);
    @SuppressWarnings("unchecked")
    ComboBox<SinceChoice> since = robot.lookup("#history-since").queryAs(ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> since.setValue(SinceChoice.TODAY));
    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#history-filter")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("broken"));
    page.awaitRows(1);
    assertThat(page.model().sinceProperty().get()).isEqualTo(SinceChoice.TODAY);
    assertThat(page.rows().get(0).command()).isEqualTo("open demo:broken");
  }

  @Test
  void aNoteIsStoredForGoodAndShownAtOnce(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(1);
    long id = page.rows().get(0).id();
    page.select(id);
    assertThat(page.text("#history-notes .label")).isEqualTo("none");

    String note = "Instance 37 lacks power: the demo breaks it on purpose.";
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#history-note").queryAs(TextArea.class).setText(note));
    robot.clickOn("#history-add-note");
    page.await(
        () ->
            page.model().detailsProperty().get() != null
                && !page.model().detailsProperty().get().notes().isEmpty());

    assertThat(robot.lookup("#history-notes").lookup(".label").queryAs(Label.class).getText())
        .endsWith("— " + note);
    assertThat(robot.lookup("#history-note").queryAs(TextArea.class).getText()).isEmpty();
    assertThat(HistoryPage.stored(database(), id).notes())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo(note));
    page.await(() -> page.rows().get(0).notes() == 1);
  }

  @Test
  void aDoctorSessionsDetailNamesItsFindingsAndCidsInWords(FxRobot robot) throws Exception {
    long id;
    try (HistoryStore store = HistoryStore.open(database())) {
      id =
          store.record(
              SessionRecord.builder(SessionOrigin.CLI, SessionKind.DOCTOR, "doctor")
                  .network("mainnet")
                  .verdict(SessionVerdict.FAILED)
                  .reason("certificate-0")
                  .summary("Doctor on a node")
                  .fact("certificate-0", "PASS: certificate 0 has the expected base.")
                  .cid(RecordedCid.computed("certificate-0: basePowerTable", "bafy2bzacebase"))
                  .build());
    }
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(1);
    page.select(id);

    assertThat(page.text("#history-detail-verdict")).isEqualTo("✘ failed · Certificate 0");
    assertThat(page.text("#history-detail-reason")).isEqualTo("certificate-0");
    assertThat(page.text("#history-cid-role-0")).isEqualTo("Certificate 0 · base power table");
    assertThat(robot.lookup("#history-findings .f3-selectable").queryAllAs(TextArea.class))
        .extracting(TextArea::getText)
        .containsExactly("Certificate 0: PASS: certificate 0 has the expected base.");
    assertThat(robot.lookup("#history-cids .label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .doesNotContain("Expected")
        .noneMatch(text -> text.contains("basePowerTable") || text.contains("certificate-0"));
    assertThat(SessionLabels.looksLikeKey(page.text("#history-cid-role-0"))).isFalse();
  }
}
