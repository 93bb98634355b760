package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.state.Address;
import io.f3console.core.statepower.StateEdits;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code powertable from-state} on the real genesis subset CARs. */
class PowerTableFromStateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V17 = "butterflynet_2026-05_actorsv17";
  private static final String V7 = "interopnet_actorsv7";

  private static String car(String name) {
    return SharedData.file("state/" + name + "_genesis_powertable_subset.car").toString();
  }

  private static JsonNode derived(String name) throws Exception {
    return JSON.readTree(SharedData.text("state/" + name + "_genesis_powertable.DERIVED.json"));
  }

  /**
   * The entries of the command's JSON ({@code id}, {@code power}, {@code pubKey}) under the Lotus
   * field names the derived tables use ({@code ID}, {@code Power}, {@code PubKey}).
   */
  static JsonNode lotusForm(JsonNode entries) {
    var lotus = JSON.createArrayNode();
    for (JsonNode entry : entries) {
      var item = lotus.addObject();
      item.set("ID", entry.get("id"));
      item.set("Power", entry.get("power"));
      item.set("PubKey", entry.get("pubKey"));
    }
    return lotus;
  }

  @Test
  void textGivesTheDerivedCidTheTipsetAndTheDecisions() throws Exception {
    JsonNode expected = derived(V7);
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "car:" + car(V7),
            "--network",
            "interopnet",
            "--epoch",
            "0");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(expected.get("powerTableCID").asText());
    assertThat(run.out())
        .contains(expected.get("tipset").get(0).asText() + " (height 0)")
        .contains("State root     " + expected.get("parentStateRoot").asText())
        .contains("6 INCLUDED (6 claims)")
        .contains("6 miners reach it, so it applies")
        .contains("Entries        6");
  }

  @ParameterizedTest
  @CsvSource({
    "butterflynet_2026-05_actorsv17,butterfly",
    "butterflynet_2025-03_actorsv15,butterfly",
    "butterflynet_2024-09_actorsv13,butterfly",
    "interopnet_actorsv7,interopnet"
  })
  void everyFullCompressedGenesisGivesItsDerivedTable(String name, String network)
      throws Exception {
    String full = SharedData.file("state/lotus_genesis_" + name + ".car.zst").toString();
    CliRun run =
        CliRun.of("powertable", "from-state", full, "--network", network, "--epoch", "0", "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    JsonNode expected = derived(name);
    assertThat(node.get("powerTableCid").asText())
        .isEqualTo(expected.get("powerTableCID").asText());
    assertThat(lotusForm(node.get("entries"))).isEqualTo(expected.get("powerTable"));
    assertThat(node.get("stateRoot").asText()).isEqualTo(expected.get("parentStateRoot").asText());
  }

  @Test
  void jsonHasTheTableTheTipsetAndADecisionPerClaim() throws Exception {
    JsonNode expected = derived(V17);
    String header = expected.get("tipset").get(0).asText();
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            car(V17),
            "--network",
            "butterfly",
            "--tipset",
            header,
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("powerTableCid").asText())
        .isEqualTo(expected.get("powerTableCID").asText());
    assertThat(lotusForm(node.get("entries"))).isEqualTo(expected.get("powerTable"));
    assertThat(node.get("epoch").asLong()).isZero();
    assertThat(node.get("tipset").get(0).asText()).isEqualTo(header);
    assertThat(node.get("stateRoot").asText()).isEqualTo(expected.get("parentStateRoot").asText());
    assertThat(node.get("blocksRead").asLong()).isPositive();
    assertThat(node.get("minimumApplies").asBoolean()).isFalse();
    assertThat(node.get("decisions")).hasSize(3);
    assertThat(node.get("decisions").get(0).get("actor").asText()).isEqualTo("f01000");
    assertThat(node.get("decisions").get(0).get("decision").asText()).isEqualTo("INCLUDED");
    assertThat(node.get("decisions").get(0).get("rawPower").asText()).isEqualTo("257698037760");
    assertThat(node.get("decisions").get(0).get("qaPower").asText()).isEqualTo("2576980377600");
    assertThat(node.get("decisions").get(0).get("key").asText()).startsWith("f3");
    assertThat(node.get("trust").isNull()).isTrue();
  }

  @Test
  void explainSaysWhatWasDecidedForAMiner() {
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            car(V17),
            "--network",
            "butterfly",
            "--epoch",
            "0",
            "--explain",
            "f01001",
            "--explain",
            "f09999");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("f01001 is included with 2576980377600 QA bytes")
        .contains("worker f0101 resolves to the BLS key f3")
        .contains("f09999 has no claim");
  }

  @Test
  void anEpochTheCarDoesNotHoldIsAClearError() {
    CliRun run =
        CliRun.of("powertable", "from-state", car(V17), "--network", "butterfly", "--bootstrap");
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("height 0")
        .contains("not epoch 100")
        .contains("a CAR gives the tipsets it holds; use --tipset");
  }

  @Test
  void outWritesTheTableAsLotusJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("table.json");
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            car(V7),
            "--network",
            "interopnet",
            "--epoch",
            "0",
            "--out",
            out.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    CliRun cid = CliRun.of("powertable", "cid", out.toString());
    assertThat(cid.lastLine()).isEqualTo(derived(V7).get("powerTableCID").asText());
  }

  @Test
  void aCorruptedBlockIsExitTwoNamingItsCid(@TempDir Path dir) throws Exception {
    Path corrupted = dir.resolve("corrupted.car");
    Cid target = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] original = Files.readAllBytes(Path.of(car(V17)));
    // flip the last byte of the last block: CARv1 sections end with the block's data
    try (CarReader reader = CarReader.open(Path.of(car(V17)))) {
      for (Optional<CarBlock> b = reader.next(); b.isPresent(); b = reader.next()) {
        target = b.get().cid();
      }
    }
    bytes.write(original, 0, original.length);
    byte[] changed = bytes.toByteArray();
    changed[changed.length - 1] ^= 1;
    Files.write(corrupted, changed);
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            corrupted.toString(),
            "--network",
            "butterfly",
            "--epoch",
            "0");
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(target.toString());
  }

  @Test
  void aSecpWorkerIsExitOneWithTheReasonCodeAndTheActor(@TempDir Path dir) throws Exception {
    StateEdits edits = StateEdits.of("state/" + V17 + "_genesis_powertable_subset.car");
    Address secp = Address.secp256k1(new byte[20]);
    edits.replaceActorState(
        101, new CborWriter().writeArrayHeader(1).writeByteString(secp.toBytes()).toByteArray());
    Path edited = dir.resolve("secp-worker.car");
    edits.writeCar(edited);

    CliRun text =
        CliRun.of(
            "powertable",
            "from-state",
            edited.toString(),
            "--network",
            "butterfly",
            "--epoch",
            "0");
    assertThat(text.status()).as(text.toString()).isEqualTo(1);
    assertThat(text.out())
        .contains("No power table: NON_BLS_WORKER at f01001")
        .contains(secp.toString());

    CliRun json =
        CliRun.of(
            "powertable",
            "from-state",
            edited.toString(),
            "--network",
            "butterfly",
            "--tipset",
            edits.header().toString(),
            "--json");
    assertThat(json.status()).isEqualTo(1);
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("reason").asText()).isEqualTo("NON_BLS_WORKER");
    assertThat(node.get("actor").asText()).isEqualTo("f01001");
    assertThat(node.get("exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void theBootstrapTipsetOfANetworkWithAPublishedCidGetsATrustLine(@TempDir Path dir)
      throws Exception {
    // the real butterfly state, moved to mainnet's bootstrap lookback epoch 4920480 - 900
    StateEdits edits = StateEdits.of("state/" + V17 + "_genesis_powertable_subset.car");
    edits.editHeader(7, StateEdits.int64(4919580));
    Path edited = dir.resolve("at-bootstrap.car");
    edits.writeCar(edited);

    CliRun run =
        CliRun.of(
            "powertable", "from-state", "car:" + edited, "--network", "mainnet", "--bootstrap");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("(height 4919580)")
        .contains("Trust          mismatch (NOT_INITIAL_TABLE)")
        .contains("10995116277760 bytes raw power; 3 miners reach it");

    CliRun json =
        CliRun.of(
            "powertable",
            "from-state",
            "car:" + edited,
            "--network",
            "mainnet",
            "--epoch",
            "4919580",
            "--json");
    JsonNode trust = JSON.readTree(json.out()).get("trust");
    assertThat(trust.get("state").asText()).isEqualTo("mismatch");
    assertThat(trust.get("expected").asText())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
  }

  @Test
  void aTipsetTheCarDoesNotHoldIsExitTwoNamingTheCid() throws Exception {
    String absent = "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            car(V17),
            "--network",
            "butterfly",
            "--tipset",
            absent,
            "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("MISSING_BLOCK").contains(absent).contains("not in");
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("MISSING_BLOCK");
    assertThat(node.get("cid").asText()).isEqualTo(absent);
    assertThat(node.get("exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void aMissingFileIsBadInput(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            dir.resolve("missing.car").toString(),
            "--network",
            "butterfly",
            "--epoch",
            "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void anUnknownNetworkProfileIsRefused() {
    CliRun run =
        CliRun.of("powertable", "from-state", car(V17), "--network", "my-devnet", "--epoch", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("consensus minimum");
  }
}
