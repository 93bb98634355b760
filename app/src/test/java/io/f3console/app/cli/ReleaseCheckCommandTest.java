package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCheckCommandTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  private static SyntheticChain demo;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  /** An F3 snapshot of the demo network's first three certificates. */
  private String snapshot() throws Exception {
    Path file = dir.resolve("demo.f3snap");
    SnapshotExport.writeF3Snapshot(
        file,
        F3SnapshotHeader.of(0, 2, demo.initialTable()),
        CertificateStream.of(demo.certificates().subList(0, 3)),
        SnapshotExport.Progress.NONE);
    return "f3snap:" + file;
  }

  @Test
  void realMainnetTableAndCertificatesConfirmTheCandidateAndTheReportShowsCertificateZero()
      throws Exception {
    Path report = dir.resolve("release.md");
    CliRun run =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--candidate",
            MAINNET_CID,
            "--source",
            SharedData.file("mainnet_initial_power_table.json").toString(),
            "--source",
            SharedData.file("mainnet_certs_0_9.json").toString(),
            "--report",
            report.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo("CONFIRMED " + MAINNET_CID);
    String markdown = Files.readString(report);
    assertThat(markdown)
        .contains(
            "## Certificate 0",
            "- Result: **validates**",
            "| `" + MAINNET_CID + "` |",
            "\"InitialPowerTable\" : {",
            "\"/\" : \"" + MAINNET_CID + "\"",
            "\"NetworkName\" : \"filecoin\"");
  }

  @Test
  void aNodeAndASnapshotOfTheDemoNetworkConfirmItsCid() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(demo)) {
      CliRun run =
          CliRun.of(
              "release-check",
              "--network",
              "demo",
              "--candidate",
              demo.initialTable().cid().toString(),
              "--source",
              "rpc:" + node.endpoint(),
              "--source",
              snapshot(),
              "--source",
              "demo:healthy");

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out().lines().filter(line -> line.contains("certificate 0 validates")))
          .hasSize(3);
      assertThat(run.lastLine()).isEqualTo("CONFIRMED " + demo.initialTable().cid());
    }
  }

  @Test
  void aNodeServingAnotherTableIsRefused() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(demo)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
      CliRun run =
          CliRun.of(
              "release-check",
              "--network",
              "demo",
              "--source",
              "rpc:" + node.endpoint(),
              "--source",
              snapshot());

      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(run.out()).contains("DISAGREE", "remedy: ");
    }
  }

  @Test
  void theRealCalibnetFilesAreNamedAsTheOddOnesOutAndTheReportCarriesNoFragment() throws Exception {
    Path report = dir.resolve("refused.md");
    String json = "file:" + SharedData.file("calibnet_old_initial_power_table.json");
    String cbor = "file:" + SharedData.file("calibnet_old_initial_power_table.cbor");
    String matching = "file:" + SharedData.file("mainnet_initial_power_table.json");
    CliRun run =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--candidate",
            "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c",
            "--source",
            json,
            "--source",
            cbor,
            "--source",
            matching,
            "--source",
            SharedData.file("mainnet_certs_0_9.json").toString(),
            "--report",
            report.toString());
    CliRun asJson =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--source",
            json,
            "--source",
            cbor,
            "--source",
            matching,
            "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains("distrust: " + json + ", " + cbor)
        .contains("The odd sources out are " + json + " and " + cbor)
        .doesNotContain(matching + " differs");
    assertThat(Files.readString(report))
        .contains("DISAGREE")
        .doesNotContain("\"InitialPowerTable\"")
        .doesNotContain("```json");
    JsonNode tree = new ObjectMapper().readTree(asJson.out());
    assertThat(tree.get("distrusted")).extracting(JsonNode::asText).containsExactly(json, cbor);
  }

  @Test
  void aNodeThatNeedsATokenIsCheckedWithTheGivenToken() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(demo).requireToken("release-token-9")) {
      CliRun run =
          CliRun.of(
              "release-check",
              "--network",
              "demo",
              "--token",
              "release-token-9",
              "--source",
              "rpc:" + node.endpoint(),
              "--source",
              snapshot());

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out() + run.err()).doesNotContain("release-token-9");
    }
  }

  @Test
  void aCertificateZeroThatDoesNotValidateIsRefused() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(demo.withFault(FailureReason.INVALID_SIGNATURE, 0))) {
      CliRun run =
          CliRun.of(
              "release-check",
              "--network",
              "demo",
              "--source",
              "rpc:" + node.endpoint(),
              "--source",
              snapshot());

      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(run.out()).contains("INVALID: INVALID_SIGNATURE", "CERTIFICATE_ZERO_INVALID");
    }
  }

  @Test
  void aCandidateTheSourcesDoNotHoldIsRefused() throws Exception {
    CliRun run =
        CliRun.of(
            "release-check",
            "--network",
            "demo",
            "--candidate",
            MAINNET_CID,
            "--source",
            snapshot(),
            "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("verdict").asText()).isEqualTo("CANDIDATE_MISMATCH");
    assertThat(json.get("agreedCid").asText()).isEqualTo(demo.initialTable().cid().toString());
    assertThat(json.get("sources").get(0).get("certificateZero").get("status").asText())
        .isEqualTo("VALID");
  }

  @Test
  void anUnreachableNodeExitsThree() throws Exception {
    String endpoint;
    try (FakeLotusNode node = FakeLotusNode.start(demo)) {
      endpoint = node.endpoint().toString();
    }
    CliRun run =
        CliRun.of(
            "release-check",
            "--network",
            "demo",
            "--timeout",
            "5",
            "--retries",
            "0",
            "--source",
            "rpc:" + endpoint);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
  }

  @Test
  void aMalformedCandidateOrAnUnknownNetworkIsBadInput() throws Exception {
    CliRun badCid =
        CliRun.of(
            "release-check",
            "--network",
            "demo",
            "--candidate",
            "bafy-not",
            "--source",
            "demo:healthy");
    CliRun unknown =
        CliRun.of("release-check", "--network", "no-such-net", "--source", "demo:healthy");

    assertThat(badCid.status()).as(badCid.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("needs a known network");
  }
}
