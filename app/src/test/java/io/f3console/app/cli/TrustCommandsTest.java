package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import io.f3console.core.validation.CertificateStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every validating command says trust, and its exit status and session follow it: on the real
 * mainnet data, on an impostor network that signs as "filecoin" with its own table (files, an F3
 * snapshot and a node), on a custom network, and with mistyped or foreign network names.
 */
class TrustCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  static SyntheticChain impostor;
  static SyntheticChain devnet;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    impostor = SyntheticNetwork.of(SimulationSpec.of(31, 9, 6, "filecoin")).generate();
    devnet = SyntheticNetwork.of(SimulationSpec.of(32, 9, 4, "my-devnet")).generate();
  }

  static String mainnetTable() {
    return SharedData.file("mainnet_initial_power_table.json").toString();
  }

  static String mainnetCerts() {
    return SharedData.file("mainnet_certs_0_9.json").toString();
  }

  Path[] files(SyntheticChain chain) throws Exception {
    Path table = dir.resolve("table.json");
    PowerTableFiles.write(table, chain.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);
    Path certs = dir.resolve("certs.json");
    try (OutputStream out = Files.newOutputStream(certs)) {
      CertificateJson.write(chain.certificates(), out);
    }
    return new Path[] {table, certs};
  }

  @Test
  void theRealMainnetChainIsVerified() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "mainnet",
            "--power-table",
            mainnetTable(),
            mainnetCerts(),
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("valid").asBoolean()).isTrue();
    assertThat(node.get("verdict").asText()).isEqualTo("VALID");
    JsonNode trust = node.get("trust");
    assertThat(trust.get("state").asText()).isEqualTo("verified");
    assertThat(trust.get("expected").asText()).isEqualTo(MAINNET_CID);
    assertThat(trust.get("actual").asText()).isEqualTo(MAINNET_CID);
    assertThat(trust.get("reason").asText()).isEqualTo("INITIAL_CID_MATCHES");
  }

  @Test
  void aConsistentChainFromAnotherTableFailsAsUntrustedInTextJsonAndHistory() throws Exception {
    Path[] files = files(impostor);
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));
    CliRun text =
        history.run(
            "certs",
            "validate",
            "--network",
            "mainnet",
            "--power-table",
            files[0].toString(),
            files[1].toString());
    StoredSession session = history.last();
    CliRun json =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "mainnet",
            "--power-table",
            files[0].toString(),
            files[1].toString(),
            "--json");

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(text.out())
        .contains(
            "Trust          mismatch (NOT_INITIAL_TABLE)",
            "UNTRUSTED_POWER_TABLE: the certificates are consistent (6 certificates, instances 0–5),"
                + " but the starting table is not mainnet's.",
            MAINNET_CID)
        .doesNotContain("VALID:");
    assertThat(json.status()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("consistent").asBoolean()).isTrue();
    assertThat(node.get("reason").asText()).isEqualTo("UNTRUSTED_POWER_TABLE");
    assertThat(node.get("trust").get("state").asText()).isEqualTo("mismatch");
    assertThat(node.get("trust").get("expected").asText()).isEqualTo(MAINNET_CID);
    assertThat(node.get("trust").get("actual").asText())
        .isEqualTo(impostor.initialTable().cid().toString());
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(session.record().reason()).contains("UNTRUSTED_POWER_TABLE");
    assertThat(session.record().trust()).contains(TrustState.MISMATCH);
    assertThat(session.record().summary()).startsWith("Untrusted power table: ");
  }

  @Test
  void aSnapshotOfAnotherTableFailsAsUntrusted() throws Exception {
    Path snapshot =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("impostor.f3snap"),
                F3SnapshotHeader.of(0, 5, impostor.initialTable()),
                CertificateStream.of(impostor.certificates()),
                SnapshotExport.Progress.NONE)
            .path();
    // mainnet's manifest pins its initial table, so go-f3's import checks already refuse it
    CliRun run =
        CliRun.of("snapshot", "validate", snapshot.toString(), "--network", "mainnet", "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("trust").get("state").asText()).isEqualTo("mismatch");
    assertThat(node.get("trust").get("expected").asText()).isEqualTo(MAINNET_CID);
    // butterfly pins none: the import checks pass, the signatures fail, and the table is not
    // said to be butterfly's
    CliRun butterfly =
        CliRun.of("snapshot", "validate", snapshot.toString(), "--network", "butterfly", "--json");
    assertThat(butterfly.status()).as(butterfly.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode validation = JSON.readTree(butterfly.out()).get("validation");
    assertThat(validation.get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
    assertThat(validation.get("trust").get("state").asText()).isEqualTo("unverified");
    assertThat(validation.get("dataBelongsTo").get("f3NetworkName").asText()).isEqualTo("filecoin");
    // a custom name signed into the data: consistent, and nothing proves the table
    CliRun custom =
        CliRun.of("snapshot", "validate", snapshot.toString(), "--network", "filecoin-impostor");
    assertThat(custom.out()).contains("Trust          unverified (CUSTOM_NETWORK)");
    // inspect says the same trust without checking signatures
    CliRun inspect =
        CliRun.of("snapshot", "inspect", snapshot.toString(), "--network", "mainnet", "--json");
    assertThat(JSON.readTree(inspect.out()).get("trust").get("reason").asText())
        .isEqualTo("NOT_INITIAL_TABLE");
    assertThat(
            CliRun.of("snapshot", "inspect", snapshot.toString(), "--network", "butterfly").out())
        .contains("Trust          unverified (NO_EXPECTED_CID)");
  }

  @Test
  void aNodeServingAnotherTableFailsAsUntrusted() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(impostor)) {
      CliRun run = CliRun.of("certs", "validate", "rpc:" + node.endpoint(), "--network", "mainnet");
      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(run.out()).contains("Trust          mismatch", "UNTRUSTED_POWER_TABLE");
    }
  }

  @Test
  void aCustomNetworkIsValidButUnverifiedAndSaysSo() throws Exception {
    Path[] files = files(devnet);
    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "my-devnet",
            "--power-table",
            files[0].toString(),
            files[1].toString());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "my-devnet (a custom F3 network name",
            "Trust          unverified (CUSTOM_NETWORK)",
            "VALID (unverified): 4 certificates, instances 0–3, from a power table nothing proves.");
  }

  @Test
  void aMistypedNetworkIsRefusedBeforeAnySignatureIsChecked() {
    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "mainet",
            "--power-table",
            mainnetTable(),
            mainnetCerts());
    assertThat(run.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("unknown network 'mainet': did you mean 'mainnet'?");
    assertThat(run.out()).doesNotContain("INVALID_SIGNATURE");
  }

  @Test
  void mainnetDataCheckedAsCalibnetSaysItIsMainnets() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "calibnet",
            "--power-table",
            mainnetTable(),
            mainnetCerts(),
            "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
    assertThat(node.get("trust").get("state").asText()).isEqualTo("mismatch");
    assertThat(node.get("trust").get("belongsTo").asText()).isEqualTo("mainnet");
    assertThat(node.get("dataBelongsTo").get("network").asText()).isEqualTo("mainnet");
    assertThat(node.get("explanation").asText())
        .contains("Certificate 0 is signed for mainnet (F3 network filecoin)");
    CliRun text =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "calibnet",
            "--power-table",
            mainnetTable(),
            mainnetCerts());
    assertThat(text.out())
        .contains("OTHER_NETWORKS_INITIAL_TABLE", "the data is mainnet's; choose that network");
  }

  @Test
  void aLateStartFromTheRealInitialTableIsVerified() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            mainnetTable(),
            "--certs",
            mainnetCerts(),
            "--network",
            "mainnet");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Trust          verified (INITIAL_CID_MATCHES)",
            "VALID: every certificate from the start to the newest one, from a verified power table.");
  }

  @Test
  void aLateStartFromATableYouTrustIsValidButUnverified() throws Exception {
    Path table = dir.resolve("table-3.json");
    PowerTableFiles.write(table, impostor.tableOf(3).entries(), PowerTableFormat.JSON_ENTRIES);
    Path certs = files(impostor)[1];
    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            table.toString(),
            "--certs",
            certs.toString(),
            "--network",
            "mainnet",
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("startInstance").asLong()).isEqualTo(3);
    assertThat(node.get("valid").asBoolean()).isTrue();
    assertThat(node.get("trust").get("state").asText()).isEqualTo("unverified");
    assertThat(node.get("trust").get("reason").asText()).isEqualTo("PAST_INITIAL_INSTANCE");
  }

  @Test
  void aLateStartFromAnotherNetworksTableIsAMismatch() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            mainnetTable(),
            "--certs",
            mainnetCerts(),
            "--network",
            "calibnet",
            "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode trust = JSON.readTree(run.out()).get("trust");
    assertThat(trust.get("state").asText()).isEqualTo("mismatch");
    assertThat(trust.get("belongsTo").asText()).isEqualTo("mainnet");
  }

  @Test
  void aReleaseCheckSaysTheAgreedTablesTrust() throws Exception {
    CliRun confirmed =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--source",
            mainnetTable(),
            "--source",
            mainnetCerts(),
            "--json");
    assertThat(confirmed.status()).as(confirmed.toString()).isZero();
    JsonNode trust = JSON.readTree(confirmed.out()).get("trust");
    assertThat(trust.get("state").asText()).isEqualTo("verified");
    assertThat(trust.get("actual").asText()).isEqualTo(MAINNET_CID);
    CliRun text =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--source",
            mainnetTable(),
            "--source",
            mainnetCerts());
    assertThat(text.out()).contains("Trust: verified (INITIAL_CID_MATCHES)");

    Path[] files = files(impostor);
    CliRun impostorCheck =
        CliRun.of(
            "release-check",
            "--network",
            "mainnet",
            "--source",
            files[0].toString(),
            "--source",
            files[1].toString(),
            "--json");
    assertThat(impostorCheck.status())
        .as(impostorCheck.toString())
        .isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(impostorCheck.out());
    assertThat(node.get("confirmed").asBoolean()).isFalse();
    assertThat(node.get("verdict").asText()).isEqualTo("NOT_THE_PUBLISHED_CID");
    assertThat(node.get("trust").get("state").asText()).isEqualTo("mismatch");
    assertThat(node.get("trust").get("reason").asText()).isEqualTo("NOT_INITIAL_TABLE");
  }
}
