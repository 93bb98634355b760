package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of {@code monitor}, text and JSON (one object per round, each on its line),
 * against a node on loopback serving a simulated chain of 20 certificates: healthy, lagging, and
 * followed for two rounds. The node's address, the folder and the silence observed between rounds
 * (a measured time) are replaced by placeholders.
 */
class MonitorGoldenTest {
  static final String NETWORK = "f3-golden-monitor";
  static SyntheticChain chain;
  static long lastHead;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(43, 8, 20, NETWORK)).generate();
    lastHead = chain.certificates().get(19).chain().head().epoch();
  }

  private CliRun monitor(FakeLotusNode node, String store, String... more) {
    String[] args = {
      "--no-history",
      "monitor",
      "rpc:" + node.endpoint(),
      "--network",
      NETWORK,
      "--store",
      dir.resolve(store).toString(),
      "--threads",
      "2"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  private String normalised(FakeLotusNode node, String text) {
    return GoldenOutput.normalised(text, dir.resolve("x"))
        .replace(node.endpoint().toString(), "<node>");
  }

  @Test
  void aHealthyNodeOnceWithAWatchedMiner() throws Exception {
    String miner = chain.initialTable().entry(0).id().address();
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun text = monitor(node, "text.db", "--once", "--miner", miner);
      CliRun json = monitor(node, "json.db", "--once", "--miner", miner, "--json");

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(json.status()).as(json.toString()).isZero();
      assertThat(text.out()).contains("OK instance 19 lag 3 epochs");
      GoldenOutput.assertMatches(
          "monitor-healthy.txt", normalised(node, GoldenOutput.transcript(text)));
      GoldenOutput.assertJsonMatches("monitor-healthy.json", normalised(node, json.out()));
    }
  }

  @Test
  void aLaggingNodeOnce() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 45)) {
      CliRun text = monitor(node, "text.db", "--once");
      CliRun json = monitor(node, "json.db", "--once", "--json");

      assertThat(text.status()).as(text.toString()).isEqualTo(1);
      assertThat(json.status()).as(json.toString()).isEqualTo(1);
      GoldenOutput.assertMatches(
          "monitor-lagging.txt", normalised(node, GoldenOutput.transcript(text)));
      GoldenOutput.assertJsonMatches("monitor-lagging.json", normalised(node, json.out()));
    }
  }

  @Test
  void twoRoundsAsOneJsonObjectPerLine() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun text = monitor(node, "text.db", "--rounds", "2", "--interval", "10ms");
      CliRun json = monitor(node, "json.db", "--rounds", "2", "--interval", "10ms", "--json");

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(json.status()).as(json.toString()).isZero();
      assertThat(json.out().lines()).hasSize(2);
      GoldenOutput.assertMatches(
          "monitor-rounds.txt",
          normalised(node, GoldenOutput.transcript(text))
              .replaceAll("silence \\d+(ms|s)", "silence <duration>"));
      GoldenOutput.assertJsonMatches(
          "monitor-rounds.json",
          normalised(node, json.out())
              .replaceAll("\"silenceMillis\":\\d+", "\"silenceMillis\":\"<millis>\""));
    }
  }
}
