package io.f3console.app.ui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.ConsoleRemedies;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorMarkdown;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.history.SessionKind;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * The Doctor view's checklist, verdict and Markdown, without a screen: against real nodes served
 * in-process (a synthetic chain, mainnet's real table and certificates, butterflynet's genesis
 * state) and real data files, compared with the core doctor's own diagnosis.
 */
class DoctorViewModelTest {
  private static final DoctorOptions OPTIONS =
      DoctorOptions.defaults().withProgressPause(Duration.ZERO);
  private final TestWorkspace console = new TestWorkspace();

  private DoctorViewModel model() {
    return new DoctorViewModel(
        console.workspace(),
        NetworkProfiles.builtIn(),
        List.copyOf(console.loader().networks()),
        console.runner(),
        console.recorder(),
        console.published(),
        OPTIONS);
  }

  /** What the core doctor says about {@code node} for {@code network}, in console words. */
  private static DoctorReport diagnose(
      FakeLotusNode node,
      NetworkSelection network,
      Optional<io.f3console.core.known.PublishedTables> published)
      throws Exception {
    try (LotusRpcClient client =
        LotusRpcClient.connect(node.endpoint(), SourceOptions.defaults())) {
      return ConsoleRemedies.phrase(new Doctor(client, network, OPTIONS, published).run());
    }
  }

  @Test
  void beforeAnyRunItAsksForAnEndpointAndSuggestsALocalLotus() {
    DoctorViewModel model = model();

    assertThat(model.verdictProperty().get()).contains("JSON-RPC endpoint");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.MUTED);
    assertThat(model.suggestedEndpoint()).isEqualTo("http://127.0.0.1:1234/rpc/v1");
    assertThat(model.checks()).isEmpty();
    assertThat(model.markdown()).isEmpty();
    assertThat(model.networkChoices().get(0)).isEqualTo(DoctorViewModel.NetworkChoice.NODE);
    assertThat(model.networkChoices().subList(1, model.networkChoices().size()))
        .extracting(choice -> choice.profile().orElseThrow())
        .containsExactlyElementsOf(NetworkProfiles.builtIn().all());
  }

  @Test
  void anInputErrorIsTheVerdictUntilTheNextRunAndNothingRuns() {
    DoctorViewModel model = model();

    Optional<String> notANode = model.run("file:table.json", "");
    Optional<String> garbage = model.run("rpc:", "");

    assertThat(notANode)
        .contains("The doctor checks a node: give its http:// or https://" + " URL.");
    assertThat(garbage).isPresent();
    assertThat(model.verdictProperty().get()).isEqualTo("✘ " + garbage.orElseThrow());
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(console.runner().titles()).isEmpty();
    assertThat(console.sessions()).isEmpty();
  }

  @Test
  void minersNamedInTheFieldAreCheckedOneByOneAndABadOneIsRefused() throws Exception {
    DoctorViewModel model = model();
    Optional<String> refused = model.run("http://127.0.0.1:1234/rpc/v1", "", "f01234 f0x");

    assertThat(refused).contains("Miners: f0x is not a miner's actor ID (f01234).");
    assertThat(console.runner().titles()).isEmpty();

    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      model.run(node.endpoint().toString(), "", " f01697248, 1000 f01697248");

      assertThat(model.checks())
          .extracting(DoctorCheck::id)
          .containsSubsequence("readiness", "committee", "miner-f01697248", "miner-f01000")
          .doesNotHaveDuplicates();
      assertThat(model.checks().get(1).title()).isEqualTo("F3 readiness: in sync");
      DoctorCheck outside = model.checks().get(model.checks().size() - 1);
      assertThat(outside.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(outside.evidence().get(0)).startsWith("f01000 is not in the committee");
    }
  }

  @Test
  void moreUrlsInTheEndpointAreTheOtherNodesWhoseLeasesAreRead() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    long miner = chain.initialTable().entry(0).id().bits();
    DoctorViewModel model = model();
    try (FakeLotusNode diagnosed = FakeLotusNode.start(chain);
        FakeLotusNode holder = FakeLotusNode.start(chain).withLeaseEndingIn(miner, 5)) {
      model.run(
          diagnosed.endpoint() + ", " + holder.endpoint() + " " + diagnosed.endpoint(),
          "",
          "f0" + miner);

      DoctorCheck leases =
          model.checks().stream().filter(c -> c.id().equals("leases")).findFirst().orElseThrow();
      assertThat(leases.verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(String.join(" ", leases.evidence()))
          .contains("Node 1 (" + diagnosed.endpoint())
          .contains("Node 2 (" + holder.endpoint())
          .contains("Node 1 holds none: the miner takes part through Node 2");
      assertThat(console.sessions().get(0).sources()).hasSize(2);
    }
  }

  @Test
  void aFaultyNodesChecksAppearOneByOneThenTheVerdictWithRemediesAndMarkdown() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    DoctorViewModel model = model();
    List<Integer> added = new ArrayList<>();
    model
        .checks()
        .addListener(
            (ListChangeListener<DoctorCheck>)
                change -> {
                  while (change.next()) {
                    if (change.wasAdded() && !change.wasReplaced()) {
                      added.add(change.getAddedSize());
                    }
                  }
                });
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
      DoctorReport expected =
          diagnose(node, NetworkSelection.of(console.workspace().network()), Optional.empty());

      assertThat(model.run(node.endpoint().toString(), "")).isEmpty();

      assertThat(added)
          .as("one check at a time, as each finishes")
          .hasSize(expected.checks().size())
          .containsOnly(1);
      assertThat(model.checks()).isEqualTo(expected.checks());
      assertThat(model.reportProperty().get()).isNotNull();
      assertThat(expected.overall()).isEqualTo(CheckVerdict.FAIL);
      assertThat(expected.count(CheckVerdict.FAIL)).as("one root cause, one failure").isEqualTo(1);
      assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
      assertThat(model.verdictProperty().get())
          .isEqualTo("✘ 1 check(s) failed: see the" + " remedies below.");
      assertThat(model.checks())
          .filteredOn(c -> c.verdict() == CheckVerdict.FAIL)
          .allSatisfy(c -> assertThat(c.remedy()).isPresent());
      assertThat(model.checks())
          .allSatisfy(
              c ->
                  assertThat(c.remedy().orElse(""))
                      .doesNotContain("f3console ")
                      .doesNotContainPattern("--[a-z]"));
      DoctorCheck root = expected.check(Doctor.INITIAL_POWER_TABLE).orElseThrow();
      assertThat(root.consequences()).isNotEmpty();
      // the CIDs to click: the table the node serves and the network's, named in the evidence
      String served;
      try (LotusRpcClient client =
          LotusRpcClient.connect(node.endpoint(), SourceOptions.defaults())) {
        served = client.powerTableByInstance(0).cid().toString();
      }
      String demo = chain.initialTable().cid().toString();
      assertThat(served).isNotEqualTo(demo);
      assertThat(DoctorViewModel.cidsOf(root))
          .contains(served, demo)
          .doesNotHaveDuplicates()
          .allSatisfy(
              cid ->
                  assertThat(
                          String.join(" ", root.evidence())
                              + root.remedy().orElse("")
                              + root.consequences()
                              + root.details())
                      .contains(cid));
      assertThat(model.markdown())
          .isEqualTo(DoctorMarkdown.of(model.reportProperty().get()))
          .startsWith("# F3 bootstrap doctor")
          .contains("## " + root.title() + ": failed")
          .contains("**What to do:** " + root.remedy().orElseThrow());
      assertThat(console.sessions())
          .filteredOn(session -> session.kind() == SessionKind.DOCTOR)
          .singleElement()
          .satisfies(
              session -> {
                assertThat(session.arguments()).isEqualTo(node.endpoint().toString());
              });
    }
  }

  @Test
  void theTableRecomputedFromTheNodesStateAtTheLookbackEpochIsOneOfTheChecks() throws Exception {
    String genesisTable = "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
    // butterflynet's manifest bootstrapping at 900 (its genesis is the lookback tipset) and
    // naming the genesis table
    String manifest =
        SharedData.text("lotus_f3manifest_butterfly.json")
            .replaceFirst("\"BootstrapEpoch\"\\s*:\\s*1000", "\"BootstrapEpoch\": 900")
            .replaceFirst(
                "\"InitialPowerTable\"\\s*:\\s*null",
                "\"InitialPowerTable\": {\"/\": \"" + genesisTable + "\"}");
    try (CarBlockSource genesis =
            CarBlockSource.open(
                SharedData.file("state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"));
        FakeLotusNode node =
            FakeLotusNode.serving(genesis)
                .answering("Filecoin.F3GetManifest", manifest)
                .answering(
                    "Filecoin.ChainGetTipSetByHeight",
                    "{\"Cids\":[{\"/\":\""
                        + genesis.roots().get(0)
                        + "\"}],\"Blocks\":[],\"Height\":0}")) {
      DoctorViewModel model = model();
      model.run(node.endpoint().toString(), "");

      DoctorCheck lookback =
          model.checks().stream()
              .filter(c -> c.id().equals(Doctor.LOOKBACK_STATE))
              .findFirst()
              .orElseThrow();
      assertThat(lookback.verdict()).as(lookback.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(String.join(" ", lookback.evidence())).contains(genesisTable);
      assertThat(model.reportProperty().get().f3NetworkName()).isEqualTo("butterflynet");
    }
  }

  @Test
  void aServedTableIsComparedEntryByEntryWithTheRememberedPublishedOne() throws Exception {
    console
        .published()
        .remember(
            PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable());
    try (FakeLotusNode node =
        FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      DoctorReport expected =
          diagnose(
              node, NetworkProfiles.builtIn().resolve("mainnet"), Optional.of(console.published()));

      DoctorViewModel model = model();
      model.run(node.endpoint().toString(), "");

      DoctorCheck shown =
          model.checks().stream()
              .filter(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE))
              .findFirst()
              .orElseThrow();
      assertThat(shown.evidence())
          .contains(
              "The table the node serves: 1 entry differs from"
                  + " mainnet's published initial table (remembered): 1 missing.");
      assertThat(shown.evidence())
          .isEqualTo(expected.check(Doctor.INITIAL_POWER_TABLE).orElseThrow().evidence());
      assertThat(shown.remedy().orElseThrow()).doesNotContain("f3console ");
    }
  }

  @Test
  void withoutTheRememberedTableItSaysHowToGetItInConsoleWords() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      DoctorViewModel model = model();
      model.run(node.endpoint().toString(), "");

      DoctorCheck shown =
          model.checks().stream()
              .filter(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE))
              .findFirst()
              .orElseThrow();
      assertThat(String.join(" ", shown.evidence())).contains("not remembered here");
      assertThat(shown.remedy().orElseThrow())
          .contains("connect to any mainnet node (File ▸ Connect to a node)")
          .doesNotContain("f3console ")
          .doesNotContainPattern("--[a-z]");
    }
  }

  @Test
  void aClosedPortFailsTheFirstCheckAndSkipsTheRest() {
    DoctorViewModel model = model();

    model.run("http://127.0.0.1:9/rpc/v1", "");

    assertThat(model.verdictProperty().get()).startsWith("✘ 1 check(s) failed");
    assertThat(model.checks().get(0).verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(model.checks().subList(1, model.checks().size()))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED));
  }

  @Test
  void withTheDemoOpenTheDoctorRunsForTheNetworkTheRealNodeNames() throws Exception {
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    String demoCid = console.workspace().table().orElseThrow().table().cid().toString();
    assertThat(console.workspace().network().key()).isEqualTo(DemoNetwork.PROFILE_KEY);
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      DoctorViewModel model = model();
      model.run(node.endpoint().toString(), "");

      assertThat(model.checks())
          .filteredOn(c -> c.id().equals(Doctor.NETWORK))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.detail("expected")).contains("filecoin");
                assertThat(c.detail("manifestNetworkName")).contains("filecoin");
              });
      assertThat(model.checks())
          .filteredOn(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE))
          .singleElement()
          .satisfies(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.PASS));
      assertThat(model.checks())
          .allSatisfy(
              c -> {
                assertThat(c.remedy().orElse(""))
                    .doesNotContain(demoCid, "f3console ")
                    .doesNotContainPattern("--[a-z]");
                assertThat(String.join(" ", c.evidence())).doesNotContain(demoCid);
              });
      assertThat(console.sessions())
          .last()
          .satisfies(session -> assertThat(session.network()).contains("mainnet"));
    }
  }

  @Test
  void aNetworkPickedInTheBoxIsTheOneCheckedWhateverTheNodeNames() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      DoctorViewModel model = model();
      model
          .networkProperty()
          .set(
              model.networkChoices().stream()
                  .filter(c -> c.profile().filter(p -> p.key().equals("calibnet")).isPresent())
                  .findFirst()
                  .orElseThrow());

      model.run(node.endpoint().toString(), "");

      assertThat(model.reportProperty().get().f3NetworkName()).isEqualTo("calibrationnet2");
      assertThat(model.checks())
          .filteredOn(c -> c.id().equals(Doctor.NETWORK))
          .singleElement()
          .satisfies(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.FAIL));
    }
  }

  @Test
  void aNodeThatNeedsATokenIsCheckedWithItAndTheTokenIsNeverRecorded() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    String token = "doctor-view-token-73";
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(token)) {
      DoctorViewModel without = model();
      without.run(node.endpoint().toString(), "");

      DoctorCheck first = without.checks().get(0);
      assertThat(first.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(first.remedy().orElseThrow()).contains("Token field").doesNotContain("--");

      DoctorViewModel with = model();
      with.run(node.endpoint().toString(), " " + token + " ");

      assertThat(with.checks().get(0).verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(with.markdown()).doesNotContain(token);
      assertThat(console.sessions())
          .hasSize(2)
          .allSatisfy(session -> assertThat(session.toString()).doesNotContain(token));
    }
  }

  @Test
  void theOpenNodeIsTheEndpointSuggested() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      console
          .loader()
          .openSource(
              io.f3console.core.source.SourceSpec.parse("rpc:" + node.endpoint()),
              SourceOptions.defaults(),
              Optional.empty());

      assertThat(console.workspace().sources()).contains("rpc:" + node.endpoint());
      assertThat(model().suggestedEndpoint()).isEqualTo(node.endpoint().toString());
    }
  }

  @Test
  void verdictsHaveAnIconAndAColourEach() {
    assertThat(List.of(CheckVerdict.values()))
        .extracting(DoctorViewModel::icon)
        .doesNotHaveDuplicates()
        .allSatisfy(icon -> assertThat(icon).isNotBlank());
    assertThat(DoctorViewModel.toneOf(CheckVerdict.PASS)).isEqualTo(Tone.SUCCESS);
    assertThat(DoctorViewModel.toneOf(CheckVerdict.WARN)).isEqualTo(Tone.WARNING);
    assertThat(DoctorViewModel.toneOf(CheckVerdict.FAIL)).isEqualTo(Tone.DANGER);
    assertThat(DoctorViewModel.toneOf(CheckVerdict.SKIPPED)).isEqualTo(Tone.MUTED);
  }
}
