package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certs catch-up}: a late start from a trusted power table. */
class CertsCatchUpCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static SyntheticChain chain;
  static int changed;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(41, 6, 14, "f3catch")).generate();
    changed = -1;
    for (int i = 5; i < chain.certificates().size() && changed < 0; i++) {
      if (!chain.tableOf(i).cid().equals(chain.tableOf(i - 1).cid())) {
        changed = i;
      }
    }
    assertThat(changed).as("an instance whose committee differs from the one before").isPositive();
  }

  Path tableFile(PowerTable table) throws Exception {
    Path file = dir.resolve("trusted.json");
    PowerTableFiles.write(file, table.entries(), PowerTableFormat.JSON_ENTRIES);
    return file;
  }

  Path certificateFile(SyntheticChain of) throws Exception {
    Path file = dir.resolve("certs.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CertificateJson.write(of.certificates(), out);
    }
    return file;
  }

  @Test
  void fromATableFileAndACertificateFileReachesTheNewestWithTheFinalTable() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            tableFile(chain.tableOf(changed)).toString(),
            "--certs",
            certificateFile(chain).toString(),
            "--network",
            "f3catch",
            "--threads",
            "2");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Started at     instance "
                + changed
                + " (committed to by certificate "
                + (changed - 1)
                + ")")
        .contains("Reached        instance " + chain.certificates().size())
        .contains("VALID")
        .contains("Final table    CID " + chain.finalTable().cid());
    assertThat(run.err())
        .contains(
            "starting at instance "
                + changed
                + " (committed to by certificate "
                + (changed - 1)
                + ")")
        .doesNotContain("committed to by certificate)");
  }

  @Test
  void fromAnF3SnapshotAsJson() throws Exception {
    int latest = chain.certificates().size() - 1;
    Path snapshot =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("chain.f3snap"),
                F3SnapshotHeader.of(0, latest, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                SnapshotExport.Progress.NONE)
            .path();

    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            "f3snap:" + snapshot,
            "--instance",
            Integer.toString(changed),
            "--certs",
            "f3snap:" + snapshot,
            "--network",
            "f3catch",
            "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("method").asText()).isEqualTo("COMMITTED_BY_CERTIFICATE");
    assertThat(json.get("startInstance").asLong()).isEqualTo(changed);
    assertThat(json.get("instanceReached").asLong()).isEqualTo(latest + 1);
    assertThat(json.get("validated").asLong()).isEqualTo(latest + 1 - changed);
    assertThat(json.get("finalPowerTableCid").asText())
        .isEqualTo(chain.finalTable().cid().toString());
    assertThat(json.get("trustedTableCid").asText())
        .isEqualTo(chain.tableOf(changed).cid().toString());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("failure").isNull()).isTrue();
  }

  @Test
  void fromTheDemoNetwork() throws Exception {
    SyntheticChain demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    int last = demo.certificates().size() - 1;

    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            "demo:healthy",
            "--instance",
            Integer.toString(last),
            "--certs",
            "demo:healthy",
            "--network",
            "f3console-demo",
            "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("instanceReached").asLong()).isEqualTo(last + 1);
    assertThat(json.get("finalPowerTableCid").asText())
        .isEqualTo(demo.finalTable().cid().toString());
  }

  @Test
  void certificatesFromAFakeNode() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      CliRun run =
          CliRun.of(
              "certs",
              "catch-up",
              "--trusted-table",
              "rpc:" + node.endpoint(),
              "--instance",
              Integer.toString(changed),
              "--certs",
              "rpc:" + node.endpoint(),
              "--network",
              "f3catch",
              "--json");

      assertThat(run.status()).as(run.toString()).isZero();
      JsonNode json = JSON.readTree(run.out());
      assertThat(json.get("startInstance").asLong()).isEqualTo(changed);
      assertThat(json.get("instanceReached").asLong()).isEqualTo(chain.certificates().size());
      assertThat(json.get("finalPowerTableCid").asText())
          .isEqualTo(chain.finalTable().cid().toString());
      assertThat(json.get("trustedTableOrigin").asText()).contains("(" + changed + ")");
    }
  }

  @Test
  void theInitialTableOfANodeStartsAtZero() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      CliRun run =
          CliRun.of(
              "certs",
              "catch-up",
              "--trusted-table",
              tableFile(chain.initialTable()).toString(),
              "--certs",
              "rpc:" + node.endpoint(),
              "--network",
              "f3catch");

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out())
          .contains("Started at     instance 0 (the trusted table is the initial power table)")
          .contains("Final table    CID " + chain.finalTable().cid());
    }
  }

  @Test
  void aTableNoCertificateCommitsToIsRefused() throws Exception {
    PowerTable stranger =
        SyntheticNetwork.of(SimulationSpec.of(97, 4, 1, "f3catch")).generate().initialTable();
    Path certs = certificateFile(chain);

    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            tableFile(stranger).toString(),
            "--certs",
            certs.toString(),
            "--network",
            "f3catch");
    CliRun json =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            tableFile(stranger).toString(),
            "--certs",
            certs.toString(),
            "--network",
            "f3catch",
            "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "NOT FOUND: no certificate in instances 0–"
                + (chain.certificates().size() - 1)
                + " commits to the power table with CID "
                + stranger.cid());
    assertThat(json.status()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("found").asBoolean()).isFalse();
    assertThat(node.get("method").asText()).isEqualTo("NOT_FOUND");
    assertThat(node.get("latestInstanceRead").asLong()).isEqualTo(chain.certificates().size() - 1);
  }

  @Test
  void aBrokenCertificateAfterTheStartIsInvalidAtItsInstance() throws Exception {
    int broken = chain.certificates().size() - 2;
    SyntheticChain faulty = chain.withFault(FailureReason.POWER_TABLE_CID_MISMATCH, broken);

    CliRun run =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            tableFile(chain.tableOf(changed)).toString(),
            "--certs",
            certificateFile(faulty).toString(),
            "--network",
            "f3catch");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "INVALID: the certificate for instance " + broken + " fails POWER_TABLE_CID_MISMATCH")
        .contains("Reached        instance " + broken);
  }

  @Test
  void badInputAndAnUnreachableNodeHaveTheirOwnStatus() throws Exception {
    Path table = tableFile(chain.tableOf(changed));

    CliRun missing =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            table.toString(),
            "--certs",
            dir.resolve("absent.json").toString(),
            "--network",
            "f3catch");
    CliRun down =
        CliRun.of(
            "certs",
            "catch-up",
            "--trusted-table",
            table.toString(),
            "--certs",
            "rpc:http://127.0.0.1:1/rpc/v1",
            "--network",
            "f3catch",
            "--retries",
            "0");

    assertThat(missing.status()).as(missing.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(down.status()).as(down.toString()).isEqualTo(ExitCodes.UNREACHABLE);
  }
}
