package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.FakeLotusNode;
import org.junit.jupiter.api.Test;

/**
 * Golden output of {@code doctor}, text and JSON, against a node serving the real mainnet initial
 * table, certificates 0-9 and manifest.
 */
class DoctorGoldenTest {
  @Test
  void aNodeServingTheRealMainnetDataGetsItsChecklist() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String url = node.endpoint().toString();
      String[] args = {
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
      };

      CliRun text = CliRun.of(args);
      CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

      assertThat(json.status()).as(json.toString()).isEqualTo(text.status());
      GoldenOutput.assertMatches(
          "doctor.txt",
          GoldenOutput.transcript(text)
              .replace(url, "<node>")
              .replace(node.peerId().text(), "<peer>"));
      GoldenOutput.assertJsonMatches(
          "doctor.json", json.out().replace(url, "<node>").replace(node.peerId().text(), "<peer>"));
    }
  }

  @Test
  void aNodeServingTheRealMainnetDataIsInSync() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String url = node.endpoint().toString();
      String[] args = {
        "--no-history",
        "doctor",
        "--ready",
        "--rpc",
        url,
        "--network",
        "mainnet",
        "--progress-pause",
        "0",
        "--timeout",
        "5"
      };

      CliRun text = CliRun.of(args);
      CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(json.status()).as(json.toString()).isZero();
      GoldenOutput.assertMatches(
          "doctor-ready.txt",
          GoldenOutput.transcript(text)
              .replace(url, "<node>")
              .replace(node.peerId().text(), "<peer>"));
      GoldenOutput.assertJsonMatches(
          "doctor-ready.json",
          json.out().replace(url, "<node>").replace(node.peerId().text(), "<peer>"));
    }
  }

  /**
   * Two real miners: f01697248, the largest of the initial table, which signed every one of
   * certificates 0-9, and f01000, which is in no committee.
   */
  @Test
  void twoRealMinersAreCheckedOneByOne() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String url = node.endpoint().toString();
      String[] args = {
        "--no-history",
        "doctor",
        "--rpc",
        url,
        "--network",
        "mainnet",
        "--progress-pause",
        "0",
        "--timeout",
        "5",
        "--miner",
        "f01697248",
        "--miner",
        "1000",
        "--store",
        "no-such-store.sqlite"
      };

      CliRun text = CliRun.of(args);
      CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

      assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      GoldenOutput.assertMatches(
          "doctor-miners.txt",
          GoldenOutput.transcript(text)
              .replace(url, "<node>")
              .replace(node.peerId().text(), "<peer>"));
      GoldenOutput.assertJsonMatches(
          "doctor-miners.json",
          json.out().replace(url, "<node>").replace(node.peerId().text(), "<peer>"));
    }
  }
}
