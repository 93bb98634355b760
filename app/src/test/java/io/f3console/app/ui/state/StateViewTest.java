package io.f3console.app.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.Decision;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Chain state view on the real genesis states (CAR files compressed with zstd). */
@ExtendWith(ApplicationExtension.class)
class StateViewTest {
  static final String BUTTERFLY_V17 = StatePage.BUTTERFLY_V17;
  static final String BUTTERFLY_TABLE = StatePage.BUTTERFLY_TABLE;
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  static void compute(ConsoleFixture console, FxRobot robot, String key, String source)
      throws Exception {
    StatePage.compute(console, robot, key, source);
  }

  /** The text of a label or of selectable text (the explanation). */
  static String text(FxRobot robot, String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    return node instanceof Label label
        ? label.getText()
        : ((javafx.scene.control.TextInputControl) node).getText();
  }

  @SuppressWarnings("unchecked")
  static TableView<ClaimDecision> table(FxRobot robot) {
    return robot.lookup("#state-decisions").queryAs(TableView.class);
  }

  @Test
  void theButterflynetGenesisGivesThreeIncludedMinersAndSaysWhy(FxRobot robot) throws Exception {
    console.navigate(Page.CHAIN_STATE);
    assertThat(text(robot, "#state-counts")).isEqualTo("—");
    compute(console, robot, "butterfly", "car:" + SharedData.file(BUTTERFLY_V17));
    assertThat(robot.lookup("#state-cancel").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#state-compute").queryButton().isDisabled()).isFalse();

    assertThat(text(robot, "#state-counts")).isEqualTo("3 INCLUDED (3 claims)");
    assertThat(robot.lookup("#state-cid").queryAs(Label.class).getTooltip().getText())
        .startsWith(BUTTERFLY_TABLE);
    assertThat(text(robot, "#state-tipset")).contains("height 0").contains("3 entries");
    assertThat(text(robot, "#state-verdict"))
        .contains(BUTTERFLY_TABLE)
        .contains("nothing to compare");
    TableView<ClaimDecision> table = table(robot);
    assertThat(table.getItems())
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.decision()).isEqualTo(Decision.INCLUDED));

    WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#state-explain"))
        .startsWith(table.getItems().get(1).miner() + " is included");

    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#state-actor").queryAs(TextField.class).setText("f09999"));
    robot.clickOn("#state-why");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#state-explain")).contains("f09999 has no claim");

    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#state-search").queryAs(TextField.class).setText("f01002"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(d -> d.miner().toString()).containsExactly("f01002");
    WaitForAsyncUtils.asyncFx(
        () -> {
          robot.lookup("#state-search").queryAs(TextField.class).setText("");
          robot
              .lookup("#state-decision-filter")
              .queryAs(ComboBox.class)
              .setValue(Decision.BELOW_MINIMUM_POWER);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).isEmpty();

    // every actor, key and CID copies whole; the explanation is text to select
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#state-decision-filter").queryAs(ComboBox.class).setValue(null));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).hasSize(3);
    ClaimDecision first = table.getItems().get(0);
    WaitForAsyncUtils.asyncFx(
        () -> {
          table.getSelectionModel().select(0);
          table.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .press(javafx.scene.input.KeyCode.CONTROL)
        .type(javafx.scene.input.KeyCode.C)
        .release(javafx.scene.input.KeyCode.CONTROL);
    assertThat(clipboard()).isEqualTo(first.miner().toString());
    // the row's context menu (fired as a pick from it would; headless, no pop-up is shown)
    javafx.scene.control.TableRow<?> row =
        robot
            .lookup("#state-decisions .table-row-cell")
            .nth(0)
            .queryAs(javafx.scene.control.TableRow.class);
    assertThat(row.getContextMenu().getItems())
        .extracting(javafx.scene.control.MenuItem::getText)
        .containsExactly("Copy actor", "Copy worker", "Copy BLS key");
    robot.interact(() -> row.getContextMenu().getItems().get(2).fire());
    assertThat(clipboard()).isEqualTo(first.key().orElseThrow().toString());
    assertThat(console.context().dialogs().noticeProperty().get())
        .isEqualTo(
            "Copied key "
                + io.f3console.app.ui.controls.Formats.shortenMiddle(
                    first.key().orElseThrow().toString(), 16, 7));
    robot.clickOn(robot.lookup("#state-tipset-cids .f3-copyable").queryAs(javafx.scene.Node.class));
    // the tipset is the genesis block, as the derivation beside the state says
    assertThat(clipboard())
        .isEqualTo("bafy2bzacebt5wxzyrgizu2uunetxtkc6aom3ult236vviv2nseiwnquu6anha");
    javafx.scene.control.TextInputControl explain =
        robot.lookup("#state-explain").queryAs(javafx.scene.control.TextInputControl.class);
    assertThat(explain.isEditable()).isFalse();
    assertThat(explain.getText()).startsWith(first.miner() + " is included");
  }

  static String clipboard() throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
        .get();
  }

  List<SessionSummary> sessions() throws Exception {
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      return store.list(SessionQuery.all()).stream()
          .filter(s -> s.command().equals(StateSession.COMMAND))
          .toList();
    }
  }

  @Test
  void theNodesBootstrapTipsetIsVerifiedWithTheTokenTypedAndRecordedWithoutIt(FxRobot robot)
      throws Exception {
    String token = "chain-state-token-77";
    try (CarBlockSource genesis = CarBlockSource.open(SharedData.file(BUTTERFLY_V17));
        FakeLotusNode node = StatePage.genesisNode(genesis).requireToken(token)) {
      console.navigate(Page.CHAIN_STATE);
      WaitForAsyncUtils.asyncFx(
          () ->
              robot
                  .lookup("#state-token")
                  .queryAs(javafx.scene.control.PasswordField.class)
                  .setText(token));
      StatePage.compute(console, robot, StatePage.bootstrapAtGenesis(), "rpc:" + node.endpoint());

      assertThat(robot.lookup("#state-epoch").queryAs(TextField.class).getPromptText())
          .isEqualTo("epoch 0");
      assertThat(text(robot, "#state-verdict"))
          .startsWith("✔ ")
          .contains(BUTTERFLY_TABLE)
          .doesNotContain(token);
      assertThat(text(robot, "#state-trust")).isEqualTo("✔ verified");
      assertThat(text(robot, "#state-signed-by")).contains("butterfly-at-genesis manifest");
      assertThat(text(robot, "#state-counts")).isEqualTo("3 INCLUDED (3 claims)");
      assertThat(node.requests("Filecoin.ChainReadObj")).isPositive();
    }
    assertThat(sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.verdict()).isEqualTo(SessionVerdict.PASSED);
              assertThat(s.trust()).contains(TrustState.VERIFIED);
              assertThat(s.summary()).contains(BUTTERFLY_TABLE);
            });
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      assertThat(store.find(sessions().get(0).id()).orElseThrow().toString()).doesNotContain(token);
    }
  }

  @Test
  void aSlowNodeCanBeCancelled(FxRobot robot) throws Exception {
    try (CarBlockSource genesis = CarBlockSource.open(SharedData.file(BUTTERFLY_V17));
        FakeLotusNode node =
            StatePage.genesisNode(genesis)
                .withFaults(NodeFaults.NONE.withDelay(Duration.ofMillis(400)))) {
      StatePage.start(console, robot, StatePage.bootstrapAtGenesis(), "rpc:" + node.endpoint());
      WaitForAsyncUtils.waitFor(
          30, TimeUnit.SECONDS, () -> !robot.lookup("#state-cancel").queryButton().isDisabled());
      robot.clickOn("#state-cancel");
      WaitForAsyncUtils.waitFor(
          30, TimeUnit.SECONDS, () -> text(robot, "#state-verdict").startsWith("⚠ Cancelled"));
      console.awaitIdle();
    }
    assertThat(table(robot).getItems()).isEmpty();
    assertThat(sessions())
        .singleElement()
        .satisfies(s -> assertThat(s.verdict()).isEqualTo(SessionVerdict.CANCELLED));
  }
}
