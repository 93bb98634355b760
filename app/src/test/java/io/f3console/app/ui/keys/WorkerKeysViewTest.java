package io.f3console.app.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.KeyStatus;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.KeyHistory;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.junit.jupiter.api.io.TempDir;
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
    for (String check : List.of("decodes", "on-the-curve", "in-the-subgroup",
        "not-the-identity")) {
      assertThat(label(robot, "#check-" + check)).isEqualTo("✔ yes");
    }
    BigInteger expected = BdnCoefficients.compute(table.publicKeyBytes())[index];
    assertThat(text(robot, "#bdn-decimal")).isEqualTo(expected.toString());
    assertThat(new BigInteger(text(robot, "#bdn-hex").substring(2), 16)).isEqualTo(expected);
    assertThat(label(robot, "#key-verdict")).startsWith(entry.id().address())
        .contains("key valid ✔");
    assertThat(selectedInList(robot)).isEqualTo(entry.id());
  }

  @Test
  void opensOnTheLargestParticipantAndFollowsThePicker(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    WaitForAsyncUtils.asyncFx(() -> console.context().workspace().selectedActorProperty()
        .set(null));
    showKeys(robot);
    PowerTable table = startingTable();
    PowerEntry largest = PowerTableStatistics.of(table).rows().get(0).entry();
    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(largest.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(largest.pubKey().toHex());

    PowerEntry other = PowerTableStatistics.of(table).rows().get(42).entry();
    robot.clickOn("#participant-picker");
    robot.type(KeyCode.END);
    robot.eraseText(20);
    robot.write(other.id().decimal());
    robot.type(KeyCode.ENTER);
    awaitKeys(robot);

    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(other.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(other.pubKey().toHex());
    assertThat(text(robot, "#key-base64")).isEqualTo(other.pubKey().toBase64());

    robot.clickOn("#participant-picker");
    robot.type(KeyCode.END);
    robot.eraseText(20);
    robot.write(largest.id().address());
    robot.type(KeyCode.ENTER);
    awaitKeys(robot);
    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(largest.id());
  }

  @Test
  void choosingInTheListSelectsInTheWorkspace(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    PowerEntry fifth = PowerTableStatistics.of(startingTable()).rows().get(4).entry();

    robot.clickOn(fifth.id().address());
    awaitKeys(robot);

    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(fifth.id());
    assertThat(text(robot, "#key-hex")).isEqualTo(fifth.pubKey().toHex());
  }

  @Test
  void listsTheKeyHistoryOfAnActorThatRotated(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    ChainInspection inspection = console.context().workspace().chain().orElseThrow()
        .inspection().orElseThrow();
    KeyHistory rotated = null;
    for (ActorId actor : everyActor(inspection)) {
      KeyHistory history = KeyHistory.of(actor, inspection.initialTable(),
          inspection.firstInstance(), inspection.certificates(), true);
      if (history.rotations() > 0) {
        rotated = history;
        break;
      }
    }
    assertThat(rotated).as("the healthy demo rotates a key").isNotNull();

    select(robot, rotated.actor());

    @SuppressWarnings("unchecked")
    TableView<KeyHistoryRows.Row> table = robot.lookup("#key-history")
        .queryAs(TableView.class);
    assertThat(table.getItems()).extracting(KeyHistoryRows.Row::event)
        .containsExactlyElementsOf(rotated.events());
    assertThat(table.getItems()).extracting(KeyHistoryRows.Row::change)
        .contains("↻ rotated");
    long rotations = rotated.rotations();
    assertThat(label(robot, "#history-summary")).startsWith(rotations == 1 ? "1 rotation"
        : rotations + " rotations").contains(inspection.certificates().size()
            + " loaded certificates");
  }

  @Test
  void looksAtTheCommitteeOfALaterInstance(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    ChainInspection inspection = console.context().workspace().chain().orElseThrow()
        .inspection().orElseThrow();
    long instance = inspection.timeline().lastInstance();
    PowerTable later = inspection.timeline().committee(instance);
    int index = later.size() / 2;
    PowerEntry entry = later.entry(index);
    select(robot, entry.id());

    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#committee-instance")
        .queryAs(Spinner.class).getValueFactory().setValue(instance));
    awaitKeys(robot);

    assertThat(label(robot, "#committee-summary")).contains(later.cid().toString());
    assertThat(text(robot, "#key-hex")).isEqualTo(entry.pubKey().toHex());
    assertThat(text(robot, "#bdn-decimal"))
        .isEqualTo(BdnCoefficients.compute(later.publicKeyBytes())[index].toString());

    robot.clickOn("#starting-table");
    awaitKeys(robot);
    assertThat(label(robot, "#committee-summary")).contains(startingTable().cid().toString());
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
    assertThat(links.getChildren()).extracting(node -> ((Hyperlink) node).getText())
        .containsExactlyElementsOf(others.stream().map(ActorId::address).toList());
    assertThat(label(robot, "#key-verdict")).contains("⚠ shared with " + others.size());
    Hyperlink first = robot.lookup("#shared-" + others.get(0).address())
        .queryAs(Hyperlink.class);
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
    assertThat(participantList(robot).getItems()).extracting(ParticipantRow::actor)
        .containsExactlyInAnyOrderElementsOf(problems);
  }

  @Test
  void anInvalidKeyFailsAtTheRightCheck(FxRobot robot, @TempDir Path folder) throws Exception {
    byte[] outsideSubgroup = new byte[48];
    Arrays.fill(outsideSubgroup, (byte) 0x11);
    outsideSubgroup[0] |= (byte) 0x80;
    byte[] notCompressed = new byte[48];
    Arrays.fill(notCompressed, (byte) 0x11);
    byte[] valid = Bls.publicKeyFromSecret(BigInteger.valueOf(12345));
    assertThat(Bls.checkPublicKey(outsideSubgroup).status())
        .isEqualTo(KeyStatus.NOT_IN_SUBGROUP);
    assertThat(Bls.checkPublicKey(notCompressed).status()).isEqualTo(KeyStatus.NOT_COMPRESSED);
    Path file = folder.resolve("table.json");
    Files.writeString(file, "[" + entryJson(1000, 300, valid) + ","
        + entryJson(1001, 200, outsideSubgroup) + "," + entryJson(1002, 100, notCompressed)
        + "]");
    console.open(file);
    showKeys(robot);

    select(robot, ActorId.of(1001));
    assertThat(label(robot, "#key-verdict")).isEqualTo("f01001 · 33.33% of power"
        + " · key invalid ✘: not in the subgroup");
    assertThat(label(robot, "#check-decodes")).isEqualTo("✔ yes");
    assertThat(label(robot, "#check-on-the-curve")).isEqualTo("✔ yes");
    assertThat(label(robot, "#check-in-the-subgroup")).isEqualTo("✘ no");
    assertThat(label(robot, "#check-not-the-identity")).isEqualTo("✔ yes");

    select(robot, ActorId.of(1002));
    assertThat(label(robot, "#key-verdict")).contains("key invalid ✘: not a compressed key");
    assertThat(label(robot, "#check-decodes")).isEqualTo("✘ no");
    assertThat(label(robot, "#check-on-the-curve")).isEqualTo("— not reached");
    assertThat(label(robot, "#check-in-the-subgroup")).isEqualTo("— not reached");
    assertThat(label(robot, "#check-not-the-identity")).isEqualTo("— not reached");
    assertThat(label(robot, "#history-summary"))
        .isEqualTo("Open certificates to see this key's history.");

    robot.clickOn("#only-problems");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(participantList(robot).getItems()).extracting(ParticipantRow::actor)
        .containsExactly(ActorId.of(1001), ActorId.of(1002));
  }

  @Test
  void theFilterKeepsMatchingParticipants(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    showKeys(robot);
    PowerEntry entry = startingTable().entry(3);

    robot.clickOn("#participant-filter");
    robot.write(entry.id().address());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(participantList(robot).getItems()).isNotEmpty()
        .allSatisfy(row -> assertThat(row.address()).contains(entry.id().address()))
        .extracting(ParticipantRow::actor).contains(entry.id());
  }

  @Test
  void keyHistoryStopsAtTheFirstInvalidCertificate(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    showKeys(robot);
    ChainInspection inspection = console.context().workspace().chain().orElseThrow()
        .inspection().orElseThrow();
    int failed = inspection.firstFailureIndex().orElseThrow();
    PowerEntry entry = startingTable().entry(0);

    select(robot, entry.id());

    KeyHistory expected = KeyHistory.of(entry.id(), inspection.initialTable(),
        inspection.firstInstance(), inspection.certificates().subList(0, failed), true);
    @SuppressWarnings("unchecked")
    TableView<KeyHistoryRows.Row> table = robot.lookup("#key-history")
        .queryAs(TableView.class);
    assertThat(table.getItems()).extracting(KeyHistoryRows.Row::event)
        .containsExactlyElementsOf(expected.events());
    assertThat(label(robot, "#history-summary"))
        .contains("the " + failed + " certificates before the first invalid one")
        .contains("The " + (inspection.certificates().size() - failed) + " from it on are"
            + " not read");
  }

  private static String entryJson(long id, long power, byte[] key) {
    return "{\"ID\": " + id + ", \"Power\": \"" + power + "\", \"PubKey\": \""
        + Base64.getEncoder().encodeToString(key) + "\"}";
  }

  private static List<ActorId> everyActor(ChainInspection inspection) {
    Set<ActorId> actors = new LinkedHashSet<>();
    inspection.initialTable().entries().forEach(e -> actors.add(e.id()));
    inspection.certificates().forEach(c -> c.powerTableDelta()
        .forEach(d -> actors.add(d.participant())));
    return List.copyOf(actors);
  }

  private PowerTable startingTable() {
    return console.context().workspace().table().orElseThrow().table();
  }

  private void showKeys(FxRobot robot) {
    console.navigate(Page.WORKER_KEYS);
    awaitKeys(robot);
  }

  private void select(FxRobot robot, ActorId actor) {
    WaitForAsyncUtils.asyncFx(() -> console.context().workspace().selectedActorProperty()
        .set(actor));
    awaitKeys(robot);
  }

  /** Waits for background work, including the view's own key report. */
  private void awaitKeys(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
          () -> !robot.lookup("#keys-busy").query().isVisible());
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
