package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.Page;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.trust.TrustState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The power-table view's state, without a screen: real demo networks and the mainnet table. */
class PowerTableViewModelTest {
  private static final String MAINNET = "mainnet_initial_power_table.json";
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  @TempDir Path folder;
  private final List<Page> pages = new ArrayList<>();

  private PowerTableViewModel model(TestWorkspace opened) {
    return new PowerTableViewModel(
        opened.workspace(), opened.runner(), SessionRecorder.NONE, pages::add, text -> {});
  }

  @Test
  void listsEveryEntryByRankWithTheLargestFirst() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();

    assertThat(model.statusProperty().get()).isEqualTo(PowerTableViewModel.Status.READY);
    List<EntryRow> rows = model.sortedRows();
    assertThat(rows).hasSize(table.size());
    assertThat(rows)
        .extracting(EntryRow::rank)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, table.size()).boxed().toList());
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i - 1).power()).isGreaterThanOrEqualTo(rows.get(i).power());
    }
    PowerEntry largest =
        table.entries().stream().max((a, b) -> a.power().compareTo(b.power())).orElseThrow();
    EntryRow first = rows.get(0);
    assertThat(first.actor()).isEqualTo(largest.id());
    double share =
        new BigDecimal(largest.power().value())
            .divide(new BigDecimal(table.total().value()), MathContext.DECIMAL64)
            .doubleValue();
    assertThat(first.share())
        .isEqualTo(share)
        .isEqualTo(PowerTableStatistics.of(table).rows().get(0).share());
    assertThat(card(model, "largest").value()).isEqualTo(Formats.percent(share));
    assertThat(card(model, "largest").detail()).isEqualTo(largest.id().address());
    assertThat(model.filterCount().get())
        .isEqualTo(table.size() + " of " + table.size() + " entries");
  }

  @Test
  void summaryFiguresAreTheCoreValues() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();
    PowerTableStatistics statistics = PowerTableStatistics.of(table);
    long zeroScaled =
        IntStream.range(0, table.size()).filter(i -> table.scaledPower(i) == 0).count();

    assertThat(card(model, "entries").value()).isEqualTo(Formats.integer(table.size()));
    assertThat(card(model, "total").value()).isEqualTo(Formats.power(table.total()));
    assertThat(card(model, "scaled-total").value()).isEqualTo(Formats.integer(table.scaledTotal()));
    assertThat(card(model, "threshold").value())
        .isEqualTo(Formats.integer(table.strongQuorumThreshold()))
        .isEqualTo(Formats.integer((2 * table.scaledTotal() + 2) / 3));
    assertThat(card(model, "top-one-third").value())
        .isEqualTo(Formats.integer(statistics.topHoldingOneThird()));
    assertThat(card(model, "top-two-thirds").value())
        .isEqualTo(Formats.integer(statistics.topHoldingTwoThirds()));
    assertThat(card(model, "top-two-thirds").detail())
        .isEqualTo(Formats.integer(statistics.topReachingQuorum()) + " reach quorum");
    assertThat(zeroScaled).isPositive();
    assertThat(card(model, "zero-scaled").value()).isEqualTo(Formats.integer(zeroScaled));
    assertThat(card(model, "invalid-keys").value()).isEqualTo("0");
    assertThat(card(model, "shared-keys").value()).isEqualTo("0");
    assertThat(model.analysisProperty().get().distribution()).isNotNull();
  }

  @Test
  void theDemoTableIsVerifiedAgainstItsPublishedCid() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();

    assertThat(model.cidProperty().get()).isEqualTo(table.cid().toString());
    assertThat(model.headingProperty().get())
        .isEqualTo("Power table · instance 0 · " + table.size() + " entries");
    Trust trust = model.trustProperty().get();
    assertThat(trust.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.reason()).isEqualTo(TrustReason.INITIAL_CID_MATCHES);
    assertThat(trust.expected()).contains(table.cid());
    assertThat(model.explanationProperty().get())
        .isEqualTo(trust.explanation())
        .contains("initial power-table CID published for");
  }

  @Test
  void theMainnetInitialTableHasItsDocumentedFiguresAndIsVerified() throws Exception {
    TestWorkspace opened = new TestWorkspace(folder).open(SharedData.file(MAINNET));
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();
    PowerTableStatistics statistics = PowerTableStatistics.of(table);

    assertThat(model.rows()).hasSize(table.size()).hasSize(1560);
    // The figures the shared data's README documents for this file.
    assertThat(card(model, "entries").value()).isEqualTo("1,560");
    assertThat(card(model, "scaled-total").value()).isEqualTo("64,763");
    assertThat(card(model, "threshold").value())
        .isEqualTo(Formats.integer(table.strongQuorumThreshold()))
        .isEqualTo("43,176");
    assertThat(card(model, "zero-scaled").value()).isEqualTo("153");
    assertThat(card(model, "shared-keys").value())
        .isEqualTo(String.valueOf(KeyAudit.of(table).sharedKeys().size()))
        .isEqualTo("24");
    assertThat(card(model, "invalid-keys").value()).isEqualTo("0");
    assertThat(card(model, "top-one-third").value())
        .isEqualTo(Formats.integer(statistics.topHoldingOneThird()));
    assertThat(card(model, "top-two-thirds").value())
        .isEqualTo(Formats.integer(statistics.topHoldingTwoThirds()));
    assertThat(model.cidProperty().get()).isEqualTo(MAINNET_CID);
    assertThat(model.trustProperty().get().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(model.trustProperty().get().network()).isEqualTo("mainnet");
    PowerEntry largest =
        table.entries().stream().max((a, b) -> a.power().compareTo(b.power())).orElseThrow();
    assertThat(model.rows().get(0).actor()).isEqualTo(largest.id());
    assertThat(card(model, "largest").detail()).isEqualTo(largest.id().address());
  }

  @Test
  void anEditedMainnetTableOpenedForMainnetIsAMismatchThatNamesTheExpectedCid() throws Exception {
    PowerTable mainnet = new TestWorkspace(folder).open(SharedData.file(MAINNET)).table();
    List<PowerEntry> entries = new ArrayList<>(mainnet.entries());
    PowerEntry last = entries.get(entries.size() - 1);
    entries.set(
        entries.size() - 1,
        new PowerEntry(last.id(), last.power().add(StoragePower.of(1)), last.pubKey()));
    Path edited = TestWorkspace.write(folder.resolve("edited.json"), entries);
    TestWorkspace opened = new TestWorkspace(folder).onNetwork("mainnet").open(edited);
    PowerTableViewModel model = model(opened);

    Trust trust = model.trustProperty().get();
    assertThat(model.cidProperty().get()).isNotEqualTo(MAINNET_CID);
    assertThat(trust.state()).isEqualTo(TrustState.MISMATCH);
    assertThat(trust.expected().map(Object::toString)).contains(MAINNET_CID);
    assertThat(trust.actual().toString()).isEqualTo(model.cidProperty().get());
    assertThat(model.explanationProperty().get()).isEqualTo(trust.explanation()).isNotBlank();
  }

  @Test
  void aTableForANetworkThatPublishesNoCidIsUnverifiedNotGreen() throws Exception {
    // The old calibnet table, edited so that it is no known network's initial table.
    PowerTable calibnet =
        new TestWorkspace(folder)
            .open(SharedData.file("calibnet_old_initial_power_table.json"))
            .table();
    List<PowerEntry> entries = new ArrayList<>(calibnet.entries());
    PowerEntry first = entries.get(0);
    entries.set(
        0, new PowerEntry(first.id(), first.power().add(StoragePower.of(1)), first.pubKey()));
    Path table = TestWorkspace.write(folder.resolve("edited.json"), entries);
    TestWorkspace opened = new TestWorkspace(folder).onNetwork("butterfly").open(table);
    PowerTableViewModel model = model(opened);

    assertThat(model.trustProperty().get().state()).isEqualTo(TrustState.UNVERIFIED);
    assertThat(model.trustProperty().get().reason()).isEqualTo(TrustReason.NO_EXPECTED_CID);
    assertThat(model.trustProperty().get().network()).isEqualTo("butterfly");
    assertThat(model.trustProperty().get().expected()).isEmpty();
    assertThat(model.rows()).hasSize(20);
  }

  @Test
  void theFilterNarrowsTheRowsByActorStatusAndKeyPrefixAndClearingRestoresThem() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();
    String prefix = table.entry(0).id().address().substring(0, 5);
    long expected = table.entries().stream().filter(e -> e.id().address().contains(prefix)).count();
    assertThat(expected).isBetween(1L, (long) table.size() - 1);

    model.filterTextProperty().set(prefix);
    assertThat(model.sortedRows())
        .hasSize((int) expected)
        .allMatch(row -> row.actor().address().contains(prefix));
    assertThat(model.filterCount().get()).isEqualTo(expected + " of " + table.size() + " entries");

    model.filterTextProperty().set("");
    assertThat(model.sortedRows()).hasSize(table.size());

    long zeroScaled =
        IntStream.range(0, table.size()).filter(i -> table.scaledPower(i) == 0).count();
    model.filterTextProperty().set("zero");
    assertThat(model.sortedRows()).hasSize((int) zeroScaled);

    String keyPrefix =
        table.entries().stream()
            .map(e -> e.pubKey().toHex().substring(0, 3))
            .filter(hex -> hex.chars().anyMatch(Character::isLetter))
            .findFirst()
            .orElseThrow();
    long withKeyPrefix =
        table.entries().stream().filter(e -> e.pubKey().toHex().startsWith(keyPrefix)).count();
    model.filterTextProperty().set(keyPrefix);
    assertThat(model.sortedRows())
        .hasSize((int) withKeyPrefix)
        .allMatch(row -> row.key().toHex().startsWith(keyPrefix));
  }

  @Test
  void theSharedFilterFindsEveryMainnetEntryWhoseKeyIsUsedTwice() throws Exception {
    TestWorkspace opened = new TestWorkspace(folder).open(SharedData.file(MAINNET));
    PowerTableViewModel model = model(opened);
    PowerTable table = opened.table();
    Map<PubKey, Long> users =
        table.entries().stream()
            .collect(Collectors.groupingBy(PowerEntry::pubKey, Collectors.counting()));
    long sharing = table.entries().stream().filter(e -> users.get(e.pubKey()) > 1).count();

    model.filterTextProperty().set("shared");

    assertThat(model.sortedRows())
        .hasSize((int) sharing)
        .allMatch(row -> row.keyStatusText().startsWith("⚠ shared ×" + users.get(row.key())));
    assertThat(card(model, "shared-keys").detail()).isEqualTo("used by " + sharing + " entries");
    assertThat(
            model.rows().stream()
                .map(EntryRow::actor)
                .collect(Collectors.toMap(Function.identity(), row -> 1, Integer::sum)))
        .hasSize(1560);
  }

  @Test
  void selectingARowSelectsTheParticipantEverywhereAndAskingForItsKeyShowsWorkerKeys() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    EntryRow third = model.sortedRows().get(2);

    model.select(third);
    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(third.actor());
    assertThat(model.rowOfSelectedActor()).contains(third);
    assertThat(pages).isEmpty();

    EntryRow fourth = model.sortedRows().get(3);
    model.showWorkerKey(fourth);
    assertThat(opened.workspace().selectedActorProperty().get()).isEqualTo(fourth.actor());
    assertThat(pages).containsExactly(Page.WORKER_KEYS);
  }

  @Test
  void aParticipantThatIsNotInTheTableHasNoRow() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    model.select(model.sortedRows().get(0));
    ActorId outsider = ActorId.of(999_999_999L);
    assertThat(opened.table().indexOf(outsider)).isEmpty();

    opened.workspace().selectedActorProperty().set(outsider);

    assertThat(model.rowOfSelectedActor()).isEmpty();
  }

  @Test
  void showsTheCommitteeOfALaterInstanceAsADescendantOfTheVerifiedTable() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    ChainInspection inspection =
        opened.workspace().chain().orElseThrow().inspection().orElseThrow();
    PowerTable committee = inspection.timeline().committee(30);
    assertThat(model.choices()).hasSize((int) (inspection.timeline().lastInstance() + 1));

    model
        .selectedChoiceProperty()
        .set(model.choices().stream().filter(c -> c.instance() == 30).findFirst().orElseThrow());

    assertThat(model.rows()).hasSize(committee.size());
    assertThat(model.cidProperty().get()).isEqualTo(committee.cid().toString());
    assertThat(model.headingProperty().get())
        .isEqualTo("Power table · instance 30 · " + committee.size() + " entries");
    assertThat(model.trustProperty().get().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(model.trustProperty().get().reason()).isEqualTo(TrustReason.DESCENDS_FROM_VERIFIED);
    assertThat(model.explanationProperty().get()).contains("30 validated certificates");
  }

  @Test
  void whileTheAnalysisRunsTheStatusSaysComputingAndACancelLetsItBeComputedAgain() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTableViewModel model = model(opened);
    opened.runner().hold();

    model.selectedChoiceProperty().set(model.choices().get(5));
    assertThat(model.statusProperty().get()).isEqualTo(PowerTableViewModel.Status.COMPUTING);
    assertThat(model.rows()).isEmpty();
    assertThat(model.headingProperty().get()).endsWith("· computing…");

    opened.runner().cancel();
    assertThat(model.statusProperty().get()).isEqualTo(PowerTableViewModel.Status.CANCELLED);

    model.recompute();
    opened.runner().runPending();
    assertThat(model.statusProperty().get()).isEqualTo(PowerTableViewModel.Status.READY);
    assertThat(model.rows()).isNotEmpty();
  }

  @Test
  void withNothingOpenTheViewIsEmpty() {
    TestWorkspace opened = new TestWorkspace(folder);
    PowerTableViewModel model = model(opened);

    assertThat(model.statusProperty().get()).isEqualTo(PowerTableViewModel.Status.EMPTY);
    assertThat(model.choices()).isEmpty();
    assertThat(model.headingProperty().get()).isEqualTo("Power table");
    assertThat(model.compare().statusProperty().get()).isEqualTo(CompareViewModel.Status.EMPTY);
  }

  private static SummaryCard card(PowerTableViewModel model, String key) {
    return model.cardsProperty().get().stream()
        .filter(card -> card.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no card " + key));
  }
}
