package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of the {@code certs} commands, text and JSON: on the real mainnet table and
 * certificates 0-9 where the output is a summary, on the demo network where it would otherwise
 * reproduce large real data.
 */
class CertsGoldenTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void fetchWritesTheRealMainnetCertificatesANodeServes() throws Exception {
    Path text = dir.resolve("text.json");
    Path json = dir.resolve("json.json");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String url = node.endpoint().toString();
      CliRun textRun =
          CliRun.of("--no-history", "certs", "fetch", "--rpc", url, "--out", text.toString());
      CliRun jsonRun =
          CliRun.of(
              "--no-history", "certs", "fetch", "--rpc", url, "--out", json.toString(), "--json");

      assertThat(textRun.status()).as(textRun.toString()).isZero();
      assertThat(CertificateFiles.read(text))
          .containsExactlyElementsOf(
              CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json")));
      GoldenOutput.assertMatches(
          "certs-fetch.txt",
          durations(GoldenOutput.transcript(textRun, text)).replace(url, "<node>"));
      GoldenOutput.assertJsonMatches(
          "certs-fetch.json", GoldenOutput.normalised(jsonRun.out(), json).replace(url, "<node>"));
    }
  }

  @Test
  void validateTheRealMainnetCertificatesFromTheInitialTable() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    String[] args = {
      "--no-history",
      "certs",
      "validate",
      certs.toString(),
      "--power-table",
      table.toString(),
      "--network",
      "mainnet"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches(
        "certs-validate.txt", durations(GoldenOutput.transcript(text, table, certs)));
    GoldenOutput.assertJsonMatches(
        "certs-validate.json", GoldenOutput.normalised(json.out(), table, certs));
  }

  @Test
  void validateStopsAtTheFirstInvalidCertificateOfTheBrokenDemoNetwork() {
    String[] args = {
      "--no-history", "certs", "validate", "demo:broken", "--network", "f3console-demo"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    GoldenOutput.assertMatches(
        "certs-validate-invalid.txt", durations(GoldenOutput.transcript(text)));
    GoldenOutput.assertJsonMatches("certs-validate-invalid.json", json.out());
  }

  @Test
  void validateTracedShowsEveryStageOfADemoCertificate() {
    String[] args = {
      "--no-history",
      "certs",
      "validate",
      "demo:healthy",
      "--network",
      "f3console-demo",
      "--to",
      "0",
      "--trace"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("certs-validate-trace.txt", timings(GoldenOutput.transcript(text)));
    GoldenOutput.assertJsonMatches("certs-validate-trace.json", timings(json.out()));
  }

  @Test
  void syncStoresTheRealMainnetCertificatesANodeServes() throws Exception {
    Path textStore = dir.resolve("text.db");
    Path jsonStore = dir.resolve("json.db");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String url = node.endpoint().toString();
      String[] args = {"--no-history", "certs", "sync", "rpc:" + url, "--network", "mainnet"};

      CliRun text = CliRun.of(ReleaseCheckGoldenTest.append(args, "--store", textStore.toString()));
      CliRun json =
          CliRun.of(ReleaseCheckGoldenTest.append(args, "--store", jsonStore.toString(), "--json"));

      assertThat(text.status()).as(text.toString()).isZero();
      GoldenOutput.assertMatches(
          "certs-sync.txt", GoldenOutput.transcript(text, textStore).replace(url, "<node>"));
      GoldenOutput.assertJsonMatches(
          "certs-sync.json", GoldenOutput.normalised(json.out(), jsonStore).replace(url, "<node>"));
    }
  }

  @Test
  void showTheRealMainnetCertificateNineWithItsSignersShare() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    String[] args = {
      "--no-history",
      "certs",
      "show",
      certs.toString(),
      "--instance",
      "9",
      "--power-table",
      table.toString()
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("certs-show.txt", GoldenOutput.transcript(text, table, certs));
    GoldenOutput.assertJsonMatches(
        "certs-show.json", GoldenOutput.normalised(json.out(), table, certs));
  }

  @Test
  void catchUpFromTheRealMainnetInitialTableReachesInstanceTen() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    String[] args = {
      "--no-history",
      "certs",
      "catch-up",
      "--trusted-table",
      table.toString(),
      "--certs",
      certs.toString(),
      "--network",
      "mainnet"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches(
        "certs-catch-up.txt", durations(GoldenOutput.transcript(text, table, certs)));
    GoldenOutput.assertJsonMatches(
        "certs-catch-up.json", GoldenOutput.normalised(json.out(), table, certs));
  }

  @Test
  void verifyStateRecomputesTheRealButterflynetGenesisTable() throws Exception {
    JsonNode expected =
        JSON.readTree(
            SharedData.text(
                "state/butterflynet_2026-05_actorsv17_genesis_powertable.DERIVED.json"));
    Cid genesis = Cid.fromString(expected.get("tipset").get(0).asText());
    Cid table = Cid.fromString(expected.get("powerTableCID").asText());
    Path car = SharedData.file("state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst");
    Path certs = dir.resolve("certs.json");
    FinalityCertificate zero =
        FinalityCertificate.of(
            0,
            ECChain.of(TipSet.ofBlocks(0, List.of(genesis), table, new byte[32])),
            SupplementalData.of(new byte[32], table),
            Bitfield.of(0),
            new byte[96],
            List.of());
    try (OutputStream out = Files.newOutputStream(certs)) {
      CertificateJson.write(List.of(zero), out);
    }
    String[] args = {
      "--no-history",
      "certs",
      "verify-state",
      certs.toString(),
      "--state",
      "car:" + car,
      "--network",
      "butterfly"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(ReleaseCheckGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out()).contains("recomputed " + table, genesis.toString());
    GoldenOutput.assertMatches("certs-verify-state.txt", GoldenOutput.transcript(text, certs, car));
    GoldenOutput.assertJsonMatches(
        "certs-verify-state.json", GoldenOutput.normalised(json.out(), certs, car));
  }

  /**
   * {@code text} with every stage's time and the time the committee took to prepare, in text and in
   * JSON, replaced by a placeholder.
   */
  static String timings(String text) {
    return text.replaceAll("(?m)(ok|FAILED) +\\d+\\.\\d{3} ms$", "$1 <time>")
        .replaceAll("\"micros\" : [0-9.E-]+", "\"micros\" : \"<time>\"")
        .replaceAll("(committeePreparedNanos\"? [=:] \"?)\\d+", "$1<time>");
  }

  /** {@code text} with the duration a progress line ends with replaced by {@code <time>}. */
  static String durations(String text) {
    return text.replaceAll("(?m)( of \\d+) in \\d+\\.\\d s$", "$1 in <time>");
  }
}
