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
          "doctor.txt", GoldenOutput.transcript(text).replace(url, "<node>"));
      GoldenOutput.assertJsonMatches("doctor.json", json.out().replace(url, "<node>"));
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
          "doctor-ready.txt", GoldenOutput.transcript(text).replace(url, "<node>"));
      GoldenOutput.assertJsonMatches("doctor-ready.json", json.out().replace(url, "<node>"));
    }
  }
}
