package io.f3console.app.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.Bls;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkerKeysViewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void showsTheKeyOfTheParticipantSelectedInTheWorkspace(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    PowerTable table = startingTable();
    int index = 17;
    PowerEntry entry = table.entry(index);

    select(robot, entry.id());

    assertThat(text(robot, "#key-hex")).isEqualTo(entry.pubKey().toHex());
    assertThat(text(robot, "#key-base64")).isEqualTo(entry.pubKey().toBase64());
    assertThat(robot.lookup("#participant-picker").queryAs(TextField.class).getText())
        .isEqualTo(entry.id().address());
    assertThat(Bls.checkPublicKey(entry.pubKey().toBytes()).isValid()).isTrue();
    for (String check : List.of("decodes", "on-the-curve", "in-the-subgroup", "not-the-identity")) {
      assertThat(label(robot, "#check-" + check)).isEqualTo("✔ yes");
    }
    BigInteger expected = BdnCoefficients.compute(table.publicKeyBytes())[index];
    assertThat(text(robot, "#bdn-decimal")).isEqualTo(expected.toString());
    assertThat(new BigInteger(text(robot, "#bdn-hex").substring(2), 16)).isEqualTo(expected);
    assertThat(label(robot, "#key-verdict"))
        .startsWith(entry.id().address())
        .contains("key valid ✔");
    assertThat(selectedInList(robot)).isEqualTo(entry.id());
    assertThat(text(robot, "#committee-cid")).isEqualTo(table.cid().toString());
    @SuppressWarnings("unchecked")
    TableView<KeyHistoryRows.Row> history = robot.lookup("#key-history").queryAs(TableView.class);
    assertThat(history.getItems())
        .containsExactlyElementsOf(
            KeyHistoryRows.of(entry.id(), console.context().workspace().chain()).rows());
    assertThat(label(robot, "#history-summary"))
        .isEqualTo(KeyHistoryRows.of(entry.id(), console.context().workspace().chain()).summary());
  }

  @Test
  void opensOnTheLargestParticipantAndFollowsThePicker(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedActorProperty().set(null));
    showKeys(robot);
    PowerTable table = startingTable();
    PowerEntry largest = PowerTableStatistics.of(table).rows().get(0).entry();
    assertThat(console.context().workspace().selectedActorProperty().get()).isEqualTo(largest.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(largest.pubKey().toHex());

    PowerEntry other = PowerTableStatistics.of(table).rows().get(42).entry();
    robot.clickOn("#participant-picker");
    robot.type(KeyCode.END);
    robot.eraseText(20);
    robot.write(other.id().decimal());
    robot.type(KeyCode.ENTER);
    awaitKeys(robot);

    assertThat(console.context().workspace().selectedActorProperty().get()).isEqualTo(other.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(other.pubKey().toHex());
    assertThat(text(robot, "#key-base64")).isEqualTo(other.pubKey().toBase64());

    assertThat(selectedInList(robot)).isEqualTo(other.id());

    // The issue: looking up a non-member left the previous row highlighted.
    ActorId outsider = ActorId.of(987_654_321L);
    robot.clickOn("#participant-picker");
    robot.type(KeyCode.END);
    robot.eraseText(20);
    robot.write(outsider.address());
    robot.type(KeyCode.ENTER);
    awaitKeys(robot);
    assertThat(console.context().workspace().selectedActorProperty().get()).isEqualTo(outsider);
    assertThat(selectedInList(robot)).isNull();
    assertThat(label(robot, "#key-verdict")).contains("is not in the committee");
  }

  /** Which rows the filter keeps is checked in WorkerKeysViewModelTest. */
  @Test
  void theFilterFieldNarrowsTheListWhereChoosingSelectsInTheWorkspace(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    PowerEntry fifth = PowerTableStatistics.of(startingTable()).rows().get(4).entry();

    robot.clickOn("#participant-filter");
    robot.write(fifth.id().address());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(participantList(robot).getItems())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.address()).contains(fifth.id().address()));

    robot.clickOn(
        participantList(robot).lookupAll(".list-cell").stream()
            .filter(
                cell ->
                    cell instanceof ParticipantCell c
                        && c.getItem() != null
                        && c.getItem().actor().equals(fifth.id()))
            .findFirst()
            .orElseThrow());
    awaitKeys(robot);

    assertThat(console.context().workspace().selectedActorProperty().get()).isEqualTo(fifth.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(fifth.pubKey().toHex());

    ParticipantRow row = participantList(robot).getSelectionModel().getSelectedItem();
    robot.push(
        new javafx.scene.input.KeyCodeCombination(
            KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
    WaitForAsyncUtils.waitForFxEvents();
    String copied =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
    assertThat(copied)
        .isEqualTo(row.asText())
        .contains(fifth.id().address())
        .contains(fifth.pubKey().toHex());
  }

  @Test
  void looksAtTheCommitteeOfALaterInstance(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    ChainInspection inspection =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
    long instance = inspection.timeline().lastInstance();
    PowerTable later = inspection.timeline().committee(instance);
    int index = later.size() / 2;
    PowerEntry entry = later.entry(index);
    select(robot, entry.id());

    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#committee-instance")
                .queryAs(Spinner.class)
                .getValueFactory()
                .setValue(instance));
    awaitKeys(robot);

    assertThat(text(robot, "#committee-cid")).isEqualTo(later.cid().toString());
    assertThat(text(robot, "#key-hex")).isEqualTo(entry.pubKey().toHex());
    assertThat(text(robot, "#bdn-decimal"))
        .isEqualTo(BdnCoefficients.compute(later.publicKeyBytes())[index].toString());

    robot.clickOn("#starting-table");
    awaitKeys(robot);
    assertThat(text(robot, "#committee-cid")).isEqualTo(startingTable().cid().toString());
  }

  @Test
  void mainnetSharedKeysNameTheOtherMinersAndTheProblemFilterCountsThem(FxRobot robot)
      throws Exception {
    console.open(SharedData.file("mainnet_initial_power_table.json"));
    showKeys(robot);
    PowerTable table = startingTable();
    KeyAudit audit = KeyAudit.of(table);
    KeyAudit.SharedKey shared = audit.sharedKeys().get(0);
    ActorId actor = shared.actors().get(0);
    List<ActorId> others = shared.actors().subList(1, shared.actors().size());

    select(robot, actor);

    FlowPane links = robot.lookup("#shared-actors").queryAs(FlowPane.class);
    assertThat(links.getChildren())
        .extracting(node -> ((Hyperlink) node).getText())
        .containsExactlyElementsOf(others.stream().map(ActorId::address).toList());
    assertThat(label(robot, "#key-verdict")).contains("⚠ shared with " + others.size());
    Hyperlink first = robot.lookup("#shared-" + others.get(0).address()).queryAs(Hyperlink.class);
    WaitForAsyncUtils.asyncFx(first::fire);
    awaitKeys(robot);
    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(others.get(0));
    assertThat(text(robot, "#key-hex")).isEqualTo(shared.key().toHex());

    Set<ActorId> problems = new HashSet<>();
    audit.invalid().forEach(finding -> problems.add(finding.id()));
    audit.sharedKeys().forEach(key -> problems.addAll(key.actors()));
    robot.clickOn("#only-problems");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#only-problems").queryAs(CheckBox.class).isSelected()).isTrue();
    assertThat(participantList(robot).getItems())
        .extracting(ParticipantRow::actor)
        .containsExactlyInAnyOrderElementsOf(problems);
  }

  private PowerTable startingTable() {
    return console.context().workspace().table().orElseThrow().table();
  }

  private void showKeys(FxRobot robot) {
    console.navigate(Page.WORKER_KEYS);
    awaitKeys(robot);
  }

  private void select(FxRobot robot, ActorId actor) {
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedActorProperty().set(actor));
    awaitKeys(robot);
  }

  /** Waits for background work, including the view's own key report. */
  private void awaitKeys(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    try {
      WaitForAsyncUtils.waitFor(
          60, TimeUnit.SECONDS, () -> !robot.lookup("#keys-busy").query().isVisible());
    } catch (TimeoutException e) {
      throw new AssertionError("the key report was not built within a minute", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(CopyableText.class).value();
  }

  private static String label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private static ListView<ParticipantRow> participantList(FxRobot robot) {
    return robot.lookup("#participant-list").queryAs(ListView.class);
  }

  private static ActorId selectedInList(FxRobot robot) {
    ParticipantRow row = participantList(robot).getSelectionModel().getSelectedItem();
    return row == null ? null : row.actor();
  }
}
