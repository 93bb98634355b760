package io.f3console.app.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.Decision;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chain state view's state without a screen: the power tables of the real Lotus genesis states
 * (and of a node on loopback serving one), computed on the test's thread, against the tables
 * derived from them independently (the {@code .DERIVED.json} files beside them).
 */
class StateViewModelTest {
  private final SameThreadRunner runner = new SameThreadRunner();
  private final Workspace workspace = new Workspace();
  private final List<SessionRecord> recorded = new ArrayList<>();
  private final SessionRecorder recorder = session -> recorded.add(session.get());
  private final StateViewModel model = new StateViewModel(workspace, runner, recorder);

  private void network(String key) {
    workspace.networkProperty().set(NetworkProfiles.builtIn().byKey(key).orElseThrow());
  }

  /** What the independent derivation beside the CAR files says of a genesis. */
  private static JsonNode derived(String name) throws Exception {
    return new ObjectMapper()
        .readTree(SharedData.file("state/" + name + "_genesis_powertable.DERIVED.json").toFile());
  }

  @Test
  void theButterflynetGenesisGivesItsDerivedTableAndSaysWhyEachMinerIsIn() throws Exception {
    JsonNode expected = derived("butterflynet_2026-05_actorsv17");
    network("butterfly");

    assertThat(model.compute("car:" + SharedData.file(StatePage.BUTTERFLY_V17), "")).isEmpty();

    StatePowerTable table = model.resultProperty().get().table().orElseThrow();
    String cid = expected.get("powerTableCID").asText();
    assertThat(table.cid().toString()).isEqualTo(cid);
    assertThat(table.stateRoot().toString()).isEqualTo(expected.get("parentStateRoot").asText());
    assertThat(table.table().size()).isEqualTo(expected.get("minerAboveMinPowerCount").asInt());
    assertThat(StateViewModel.counts(table)).isEqualTo("3 INCLUDED (3 claims)");
    assertThat(model.verdictProperty().get())
        .startsWith("? ")
        .contains(cid)
        .contains("nothing to compare");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.WARNING);
    assertThat(model.progressProperty().get())
        .endsWith("blocks read, each checked against" + " its CID.");
    assertThat(model.stateProperty().get()).isEqualTo(BackgroundLane.State.DONE);
    assertThat(model.decisions())
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.decision()).isEqualTo(Decision.INCLUDED));

    ClaimDecision second = model.decisions().get(1);
    model.explain(second);
    assertThat(model.explanationProperty().get()).startsWith(second.miner() + " is included");
    model.explain("f09999");
    assertThat(model.explanationProperty().get())
        .contains("f09999 has no claim")
        .contains("height 0");
    model.explain("not an actor");
    assertThat(model.explanationProperty().get())
        .isEqualTo("Not an actor address: not an" + " actor");

    model.searchProperty().set("f01002");
    assertThat(model.decisions()).extracting(d -> d.miner().toString()).containsExactly("f01002");
    model.searchProperty().set("");
    model.decisionFilterProperty().set(Decision.BELOW_MINIMUM_POWER);
    assertThat(model.decisions()).isEmpty();
    model.decisionFilterProperty().set(null);
    assertThat(model.decisions()).hasSize(3);

    assertThat(recorded)
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.command()).isEqualTo(StateSession.COMMAND);
              assertThat(session.verdict()).isEqualTo(SessionVerdict.PASSED);
              assertThat(session.summary()).contains(cid);
            });
  }

  @Test
  void theInteropnetGenesisGivesSixIncludedMiners() throws Exception {
    network("interopnet");
    model.compute(SharedData.file(StatePage.INTEROPNET_V7).toString(), "");

    int above = derived("interopnet_actorsv7").get("minerAboveMinPowerCount").asInt();
    assertThat(above).isEqualTo(6);
    assertThat(model.decisions()).filteredOn(d -> d.decision() == Decision.INCLUDED).hasSize(above);
    assertThat(StateViewModel.counts(model.resultProperty().get().table().orElseThrow()))
        .startsWith("6 INCLUDED");
  }

  @Test
  void aMistakeInTheInputIsSaidAndNothingRuns() {
    assertThat(model.compute("", ""))
        .contains("Give a CAR file of chain state, or a node" + " (rpc:URL).");
    assertThat(model.verdictProperty().get()).startsWith("✘ Give a CAR file");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.compute("car:/nowhere/genesis.car", ""))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("Choose the network in the toolbar first"));
    network("butterfly");
    assertThat(model.compute("car:/nowhere/genesis.car", ""))
        .hasValueSatisfying(p -> assertThat(p).startsWith("No such file: "));
    assertThat(model.compute("rpc:http://127.0.0.1:1/rpc/v1", "ten"))
        .contains("The epoch must be a whole number: ten");
    assertThat(model.compute("http://127.0.0.1:1/rpc/v1", "-4"))
        .contains("The epoch must not be negative: -4");
    assertThat(runner.titles()).isEmpty();
    assertThat(recorded).isEmpty();

    model.explain("f01000");
    assertThat(model.explanationProperty().get()).isEqualTo("Compute a table first.");
  }

  @Test
  void theNodesBootstrapTipsetIsVerifiedAgainstTheManifestAndTheTokenIsNeverRecorded()
      throws Exception {
    String token = "chain-state-token-77";
    try (CarBlockSource genesis = CarBlockSource.open(SharedData.file(StatePage.BUTTERFLY_V17));
        FakeLotusNode node = StatePage.genesisNode(genesis).requireToken(token)) {
      workspace.networkProperty().set(StatePage.bootstrapAtGenesis());
      assertThat(model.defaultEpoch()).hasValue(0);

      model.compute("rpc:" + node.endpoint(), "", " " + token + " ");

      assertThat(model.resultProperty().get().trust().orElseThrow().trust().state())
          .isEqualTo(TrustState.VERIFIED);
      assertThat(model.verdictProperty().get())
          .startsWith("✔ ")
          .contains(StatePage.BUTTERFLY_TABLE)
          .contains("butterfly-at-genesis manifest")
          .doesNotContain(token);
      assertThat(model.toneProperty().get()).isEqualTo(Tone.SUCCESS);
      assertThat(node.requests("Filecoin.ChainReadObj")).isPositive();
    }
    assertThat(recorded)
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.verdict()).isEqualTo(SessionVerdict.PASSED);
              assertThat(session.trust()).contains(TrustState.VERIFIED);
              assertThat(session.arguments()).endsWith("--epoch 0");
              assertThat(session.toString()).doesNotContain(token);
            });
  }

  @Test
  void aComputationCanBeCancelledAndIsRecordedAsCancelled() throws Exception {
    network("butterfly");
    runner.hold();
    model.compute("car:" + SharedData.file(StatePage.BUTTERFLY_V17), "");
    assertThat(model.verdictProperty().get()).startsWith("Computing the power table from car:");
    assertThat(model.stateProperty().get()).isEqualTo(BackgroundLane.State.WORKING);

    model.cancel();
    runner.runPending();

    assertThat(model.verdictProperty().get()).startsWith("⚠ Cancelled: the table from car:");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.WARNING);
    assertThat(model.resultProperty().get()).isNull();
    assertThat(model.decisions()).isEmpty();
    assertThat(recorded)
        .singleElement()
        .satisfies(s -> assertThat(s.verdict()).isEqualTo(SessionVerdict.CANCELLED));
  }

  @Test
  void aCorruptedCarIsAClearErrorWithoutAStackTrace(@TempDir Path dir) throws Exception {
    byte[] bytes =
        Files.readAllBytes(
            SharedData.file("state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car"));
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] ^= 0x5a;
    }
    Path corrupted = dir.resolve("corrupted.car");
    Files.write(corrupted, bytes);
    network("butterfly");

    model.compute("car:" + corrupted, "");

    assertThat(model.verdictProperty().get())
        .startsWith("✘ ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("java.");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.resultProperty().get().table()).isEmpty();
    assertThat(model.decisions()).isEmpty();
    assertThat(runner.failures()).isEmpty();
    assertThat(recorded)
        .singleElement()
        .satisfies(s -> assertThat(s.verdict()).isEqualTo(SessionVerdict.BAD_INPUT));
  }
}
