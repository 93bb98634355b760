package io.f3console.app.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.TestWorkspace;
import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.KeyStatus;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.KeyHistory;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker-keys view's state, without a screen: the demo networks and the mainnet table. */
class WorkerKeysViewModelTest {
  @TempDir Path folder;

  private static WorkerKeysViewModel model(TestWorkspace opened) {
    return new WorkerKeysViewModel(opened.workspace(), opened.runner());
  }

  @Test
  void showsTheKeyTheChecksAndTheBdnCoefficientOfTheSelectedParticipant() throws Exception {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    WorkerKeysViewModel model = model(opened);
    PowerTable table = opened.table();
    int index = 17;
    PowerEntry entry = table.entry(index);

    model.select(entry.id());

    KeyDetails details = model.detailsProperty().get();
    assertThat(details.hex()).isEqualTo(entry.pubKey().toHex());
    assertThat(details.base64()).isEqualTo(entry.pubKey().toBase64());
    assertThat(Bls.checkPublicKey(entry.pubKey().toBytes()).isValid()).isTrue();
    assertThat(details.checks())
        .extracting(CheckRow::name)
        .containsExactly("Decodes", "On the curve", "In the subgroup", "Not the identity");
    assertThat(details.checks()).extracting(check -> check.outcome().text()).containsOnly("✔ yes");
    BigInteger expected = BdnCoefficients.compute(table.publicKeyBytes())[index];
    assertThat(details.coefficientDecimal()).isEqualTo(expected.toString());
    assertThat(new BigInteger(details.coefficientHex().substring(2), 16)).isEqualTo(expected);
    assertThat(details.verdict()).startsWith(entry.id().address()).contains("key valid ✔");
    assertThat(details.verdictStyle()).isEqualTo(Styles.SUCCESS);
    assertThat(model.selectedRowProperty().get().actor()).isEqualTo(entry.id());
    assertThat(model.committeeCidProperty().get()).isEqualTo(table.cid().toString());
  }

  @Test
  void opensOnTheLargestParticipantAndSelectsWhatIsTyped() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    opened.workspace().selectedActorProperty().set(null);
    WorkerKeysViewModel model = model(opened);
    PowerTable table = opened.table();
    PowerEntry largest = PowerTableStatistics.of(table).rows().get(0).entry();
    assertThat(model.selectedActorProperty().get()).isEqualTo(largest.id());
    assertThat(model.detailsProperty().get().hex()).isEqualTo(largest.pubKey().toHex());

    PowerEntry other = PowerTableStatistics.of(table).rows().get(42).entry();
    assertThat(model.selectTyped(other.id().decimal())).isTrue();
    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(other.id());
    assertThat(model.detailsProperty().get().base64()).isEqualTo(other.pubKey().toBase64());

    assertThat(model.selectTyped(largest.id().address())).isTrue();
    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(largest.id());
    assertThat(model.selectTyped("not an actor")).isFalse();
    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(largest.id());
  }

  @Test
  void lookingUpANonMemberLeavesNoRowHighlightedAndSaysItIsNotInTheCommittee() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    WorkerKeysViewModel model = model(opened);
    PowerTable table = opened.table();
    model.select(table.entry(3).id());
    assertThat(model.selectedRowProperty().get()).isNotNull();
    ActorId outsider = ActorId.of(987_654_321L);
    assertThat(table.indexOf(outsider)).isEmpty();
    assertThat(model.suggestions(outsider.address(), 5)).isEmpty();

    assertThat(model.selectTyped(outsider.address())).isTrue();

    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(outsider);
    assertThat(model.selectedRowProperty().get()).isNull();
    KeyDetails details = model.detailsProperty().get();
    assertThat(details.inCommittee()).isFalse();
    assertThat(details.verdict())
        .isEqualTo(
            outsider.address()
                + " is not in the committee of"
                + " instance 0 (the starting table)");
    assertThat(details.hex()).isEmpty();

    model.select(table.entry(4).id());
    assertThat(model.selectedRowProperty().get().actor()).isEqualTo(table.entry(4).id());
  }

  @Test
  void theFilterKeepsMatchingParticipantsAndASelectionItHidesIsNotHighlighted() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    WorkerKeysViewModel model = model(opened);
    PowerTable table = opened.table();
    PowerEntry entry = table.entry(3);
    model.select(table.entry(5).id());

    model.filterProperty().set(entry.id().address());

    assertThat(model.participants())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.address()).contains(entry.id().address()))
        .extracting(ParticipantRow::actor)
        .contains(entry.id());
    assertThat(model.listSummaryProperty().get())
        .startsWith("Showing " + model.participants().size() + " of " + table.size());
    assertThat(table.entry(5).id().address()).doesNotContain(entry.id().address());
    assertThat(model.selectedRowProperty().get()).isNull();
    assertThat(model.selectedActorProperty().get()).isEqualTo(table.entry(5).id());
    model.filterProperty().set("");
    assertThat(model.participants()).hasSize(table.size());
    assertThat(model.selectedRowProperty().get().actor()).isEqualTo(table.entry(5).id());
  }

  @Test
  void listsTheKeyHistoryOfAnActorThatRotated() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    WorkerKeysViewModel model = model(opened);
    ChainInspection inspection = opened.inspection();
    KeyHistory rotated = null;
    for (ActorId actor : everyActor(inspection)) {
      KeyHistory history =
          KeyHistory.of(
              actor,
              inspection.initialTable(),
              inspection.firstInstance(),
              inspection.certificates(),
              true);
      if (history.rotations() > 0) {
        rotated = history;
        break;
      }
    }
    assertThat(rotated).as("the healthy demo rotates a key").isNotNull();

    model.select(rotated.actor());

    KeyHistoryRows history = model.historyProperty().get();
    assertThat(history.rows())
        .extracting(KeyHistoryRows.Row::event)
        .containsExactlyElementsOf(rotated.events());
    assertThat(history.rows()).extracting(KeyHistoryRows.Row::change).contains("↻ rotated");
    long rotations = rotated.rotations();
    assertThat(history.summary())
        .startsWith(rotations == 1 ? "1 rotation" : rotations + " rotations")
        .contains(inspection.certificates().size() + " loaded certificates");
  }

  @Test
  void keyHistoryStopsAtTheFirstInvalidCertificate() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.BROKEN);
    WorkerKeysViewModel model = model(opened);
    ChainInspection inspection = opened.inspection();
    int failed = inspection.firstFailureIndex().orElseThrow();
    PowerEntry entry = opened.table().entry(0);

    model.select(entry.id());

    KeyHistory expected =
        KeyHistory.of(
            entry.id(),
            inspection.initialTable(),
            inspection.firstInstance(),
            inspection.certificates().subList(0, failed),
            true);
    assertThat(model.historyProperty().get().rows())
        .extracting(KeyHistoryRows.Row::event)
        .containsExactlyElementsOf(expected.events());
    assertThat(model.historyProperty().get().summary())
        .contains("the " + failed + " certificates before the first invalid one")
        .contains(
            "The " + (inspection.certificates().size() - failed) + " from it on are" + " not read");
  }

  @Test
  void looksAtTheCommitteeOfALaterInstanceAndBack() throws Exception {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    WorkerKeysViewModel model = model(opened);
    ChainInspection inspection = opened.inspection();
    long instance = inspection.timeline().lastInstance();
    PowerTable later = inspection.timeline().committee(instance);
    int index = later.size() / 2;
    PowerEntry entry = later.entry(index);
    model.select(entry.id());
    WorkerKeysViewModel.InstanceRange range = model.instancesProperty().get().orElseThrow();
    assertThat(range.last()).isEqualTo(instance);

    model.committeeInstanceProperty().set(instance);

    assertThat(model.committeeCidProperty().get()).isEqualTo(later.cid().toString());
    assertThat(model.committeeSummaryProperty().get())
        .startsWith("Committee of instance " + instance);
    assertThat(model.detailsProperty().get().hex()).isEqualTo(entry.pubKey().toHex());
    assertThat(model.detailsProperty().get().coefficientDecimal())
        .isEqualTo(BdnCoefficients.compute(later.publicKeyBytes())[index].toString());

    model.showStartingTable();
    assertThat(model.committeeCidProperty().get()).isEqualTo(opened.table().cid().toString());
    assertThat(model.committeeSummaryProperty().get()).contains("(the starting table)");
  }

  @Test
  void mainnetSharedKeysNameTheOtherMinersAndTheProblemFilterListsThem() throws Exception {
    TestWorkspace opened =
        new TestWorkspace(folder).open(SharedData.file("mainnet_initial_power_table.json"));
    WorkerKeysViewModel model = model(opened);
    KeyAudit audit = KeyAudit.of(opened.table());
    KeyAudit.SharedKey shared = audit.sharedKeys().get(0);
    ActorId actor = shared.actors().get(0);
    List<ActorId> others = shared.actors().subList(1, shared.actors().size());

    model.select(actor);

    KeyDetails details = model.detailsProperty().get();
    assertThat(details.sharedWith()).containsExactlyElementsOf(others);
    assertThat(details.verdict()).contains("⚠ shared with " + others.size());
    assertThat(details.verdictStyle()).isEqualTo(Styles.WARNING);
    model.select(others.get(0));
    assertThat(model.detailsProperty().get().hex()).isEqualTo(shared.key().toHex());

    Set<ActorId> problems = new HashSet<>();
    audit.invalid().forEach(finding -> problems.add(finding.id()));
    audit.sharedKeys().forEach(key -> problems.addAll(key.actors()));
    model.onlyProblemsProperty().set(true);
    assertThat(model.participants())
        .extracting(ParticipantRow::actor)
        .containsExactlyInAnyOrderElementsOf(problems);
    assertThat(model.listSummaryProperty().get()).endsWith(problems.size() + " problems");
  }

  @Test
  void anInvalidKeyFailsAtTheRightCheck() throws Exception {
    byte[] outsideSubgroup = new byte[48];
    Arrays.fill(outsideSubgroup, (byte) 0x11);
    outsideSubgroup[0] |= (byte) 0x80;
    byte[] notCompressed = new byte[48];
    Arrays.fill(notCompressed, (byte) 0x11);
    byte[] valid = Bls.publicKeyFromSecret(BigInteger.valueOf(12345));
    assertThat(Bls.checkPublicKey(outsideSubgroup).status()).isEqualTo(KeyStatus.NOT_IN_SUBGROUP);
    assertThat(Bls.checkPublicKey(notCompressed).status()).isEqualTo(KeyStatus.NOT_COMPRESSED);
    Path file =
        TestWorkspace.write(
            folder.resolve("table.json"),
            List.of(
                entry(1000, 300, valid),
                entry(1001, 200, outsideSubgroup),
                entry(1002, 100, notCompressed)));
    TestWorkspace opened = new TestWorkspace(folder).open(file);
    WorkerKeysViewModel model = model(opened);

    model.select(ActorId.of(1001));
    KeyDetails details = model.detailsProperty().get();
    assertThat(details.verdict())
        .isEqualTo("f01001 · 33.33% of power · key invalid ✘: not in the subgroup");
    assertThat(details.verdictStyle()).isEqualTo(Styles.DANGER);
    assertThat(details.checks())
        .extracting(check -> check.outcome().text())
        .containsExactly("✔ yes", "✔ yes", "✘ no", "✔ yes");

    model.select(ActorId.of(1002));
    details = model.detailsProperty().get();
    assertThat(details.verdict()).contains("key invalid ✘: not a compressed key");
    assertThat(details.checks())
        .extracting(check -> check.outcome().text())
        .containsExactly("✘ no", "— not reached", "— not reached", "— not reached");
    assertThat(model.historyProperty().get().summary())
        .isEqualTo("Open certificates to see this key's history.");

    model.onlyProblemsProperty().set(true);
    assertThat(model.participants())
        .extracting(ParticipantRow::actor)
        .containsExactly(ActorId.of(1001), ActorId.of(1002));
  }

  @Test
  void whileTheReportIsBuiltTheViewSaysSoAndACancelledBuildCanBeRetried() {
    TestWorkspace opened = new TestWorkspace(folder);
    assertThat(model(opened).detailsProperty().get().verdict())
        .isEqualTo("Open a power table to see its worker keys.");
    opened.openDemo(DemoNetwork.Scenario.HEALTHY);
    opened.runner().hold();
    WorkerKeysViewModel model = model(opened);

    assertThat(model.busyProperty().get()).isTrue();
    assertThat(model.statusProperty().get())
        .isEqualTo(
            "Checking the worker keys of the" + " committee of instance 0 (the starting table)…");
    assertThat(model.reportProperty().get()).isNull();
    opened.runner().cancel();
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(model.stoppedProperty().get()).isTrue();
    assertThat(model.detailsProperty().get().verdict())
        .isEqualTo("Checking the keys was cancelled.");

    model.retry();
    opened.runner().runPending();
    assertThat(model.stoppedProperty().get()).isFalse();
    assertThat(model.reportProperty().get().table()).isEqualTo(opened.table());
    assertThat(model.participants()).hasSize(opened.table().size());
  }

  private static PowerEntry entry(long id, long power, byte[] key) {
    return new PowerEntry(ActorId.of(id), StoragePower.of(power), PubKey.of(key));
  }

  private static List<ActorId> everyActor(ChainInspection inspection) {
    Set<ActorId> actors = new LinkedHashSet<>();
    inspection.initialTable().entries().forEach(e -> actors.add(e.id()));
    inspection
        .certificates()
        .forEach(c -> c.powerTableDelta().forEach(d -> actors.add(d.participant())));
    return List.copyOf(actors);
  }
}
