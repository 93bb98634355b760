package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.FakeLotusNode;
import org.junit.jupiter.api.Test;

/**
 * Golden output of {@code doctor}, text and JSON, against a node serving the real mainnet initial
 * table, certificates 0-9 and manifest.
 */
class DoctorGoldenTest {
  /** The two runs (text and JSON) of {@code doctor} with {@code more} against the node. */
  private record Runs(CliRun text, CliRun json) {}

  /**
   * Runs {@code doctor} on mainnet against {@code node} with {@code more}, in text and in JSON, and
   * compares both with the golden files {@code name}.txt and {@code name}.json (the node's URL and
   * peer ID, which change from run to run, written as {@code <node>} and {@code <peer>}).
   */
  private static Runs golden(FakeLotusNode node, String name, String... more) throws Exception {
    String url = node.endpoint().toString();
    String[] args =
        ReleaseCheckGoldenTest.append(
            new String[] {
              "--no-history",
              "doctor",
              "--rpc",
              url,
              "--network",
              "mainnet",
              "--progress-pause",
              "0",
              "--timeout",
              "5"
            },
            more);
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));
    String peer = node.peerId().text();
    GoldenOutput.assertMatches(
        name + ".txt",
        GoldenOutput.transcript(text).replace(url, "<node>").replace(peer, "<peer>"));
    GoldenOutput.assertJsonMatches(
        name + ".json", json.out().replace(url, "<node>").replace(peer, "<peer>"));
    return new Runs(text, json);
  }

  @Test
  void aNodeServingTheRealMainnetDataGetsItsChecklist() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      Runs runs = golden(node, "doctor");

      assertThat(runs.json().status()).as(runs.json().toString()).isEqualTo(runs.text().status());
    }
  }

  @Test
  void aNodeServingTheRealMainnetDataIsInSync() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      Runs runs = golden(node, "doctor-ready", "--ready");

      assertThat(runs.text().status()).as(runs.text().toString()).isZero();
      assertThat(runs.json().status()).as(runs.json().toString()).isZero();
    }
  }

  /**
   * Two real miners: f01697248, the largest of the initial table, which signed every one of
   * certificates 0-9, and f01000, which is in no committee.
   */
  @Test
  void twoRealMinersAreCheckedOneByOne() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      Runs runs =
          golden(
              node,
              "doctor-miners",
              "--miner",
              "f01697248",
              "--miner",
              "1000",
              "--store",
              "no-such-store.sqlite");

      assertThat(runs.text().status()).as(runs.text().toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(runs.json().status()).as(runs.json().toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    }
  }
}
