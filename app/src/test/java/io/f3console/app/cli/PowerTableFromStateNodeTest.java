package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code powertable from-state} with a node as the source: a fake node on 127.0.0.1 serving the
 * real butterflynet genesis blocks, its tipset at height 0 the genesis block.
 */
class PowerTableFromStateNodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V17 = "butterflynet_2026-05_actorsv17";

  private FakeLotusNode node;
  private JsonNode expected;
  private Cid genesis;
  private Cid stateRoot;

  @BeforeEach
  void start() throws Exception {
    expected = JSON.readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"));
    genesis = Cid.fromString(expected.get("tipset").get(0).asText());
    stateRoot = Cid.fromString(expected.get("parentStateRoot").asText());
    node =
        FakeLotusNode.serving(
                CarBlockSource.open(SharedData.file("state/lotus_genesis_" + V17 + ".car.zst")))
            .withTipSet(0, List.of(genesis));
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  private static String subset() {
    return SharedData.file("state/" + V17 + "_genesis_powertable_subset.car").toString();
  }

  @Test
  void aNodeGivesTheDerivedTableAtEpochZero() throws Exception {
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "rpc:" + node.endpoint(),
            "--network",
            "butterfly",
            "--epoch",
            "0",
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("powerTableCid").asText()).isEqualTo(expected.get("powerTableCID").asText());
    assertThat(PowerTableFromStateCommandTest.lotusForm(out.get("entries")))
        .isEqualTo(expected.get("powerTable"));
    assertThat(out.get("tipset").get(0).asText()).isEqualTo(genesis.toString());
    assertThat(node.requests("Filecoin.ChainGetTipSetByHeight")).isEqualTo(1);
    assertThat(node.requests("Filecoin.ChainReadObj")).isGreaterThan(3);
  }

  @Test
  void aBareUrlIsANodeAndANullRoundGivesTheTipsetBelow() {
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            node.endpoint().toString(),
            "--network",
            "butterfly",
            "--epoch",
            "5");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(expected.get("powerTableCID").asText());
    assertThat(run.err()).contains("Epoch 5 is a null round").contains("height 0");
    assertThat(run.out()).contains(genesis + " (height 0)");
  }

  @Test
  void aCorruptedBlockFromTheNodeIsExitThreeNamingItsCid() {
    node.withFaults(NodeFaults.NONE.withCorruptedBlock(genesis));
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "rpc:" + node.endpoint(),
            "--network",
            "butterfly",
            "--epoch",
            "0");
    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains(genesis.toString()).contains("BAD_BLOCK");
  }

  @Test
  void aBlockTheNodeLacksIsExitThree() {
    node.withFaults(NodeFaults.NONE.withoutBlock(stateRoot));
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "rpc:" + node.endpoint(),
            "--network",
            "butterfly",
            "--tipset",
            genesis.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains(stateRoot.toString()).contains("MISSING_BLOCK");
  }

  @Test
  void blocksFromACarFillWhatTheNodeLacks() {
    node.withFaults(NodeFaults.NONE.withoutBlock(stateRoot));
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "rpc:" + node.endpoint(),
            "--network",
            "butterfly",
            "--epoch",
            "0",
            "--blocks-from",
            subset());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(expected.get("powerTableCID").asText());
    assertThat(run.out()).contains("car:" + subset() + " then rpc:");
  }

  @Test
  void blocksFromIsOnlyForANodeSource() {
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "car:" + subset(),
            "--network",
            "butterfly",
            "--epoch",
            "0",
            "--blocks-from",
            subset());
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--blocks-from is for a node source");
  }

  @Test
  void aNodeThatIsDownIsExitThree() {
    int port = node.endpoint().getPort();
    if (node != null) {
      node.close();
    }
    CliRun run =
        CliRun.of(
            "powertable",
            "from-state",
            "http://127.0.0.1:" + port + "/rpc/v1",
            "--network",
            "butterfly",
            "--bootstrap",
            "--timeout",
            "2");
    assertThat(run.status()).as(run.toString()).isEqualTo(3);
  }
}
