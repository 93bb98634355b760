package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.validation.CertificateStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code powertable cid|show|check} and {@code certs validate} given source strings. */
class SourceStringCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "eyJ.src-Kp4Wd81-unmistakable.secret";
  static SyntheticChain chain;
  static SyntheticChain demoHealthy;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 6, 12, "f3src")).generate();
    demoHealthy = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  /** An F3 snapshot of the chain from instance 0 to {@code latest}. */
  Path snapshot(int latest) throws Exception {
    return SnapshotExport.writeF3Snapshot(
            dir.resolve("chain.f3snap"),
            F3SnapshotHeader.of(0, latest, chain.initialTable()),
            CertificateStream.of(chain.certificates().subList(0, latest + 1)),
            SnapshotExport.Progress.NONE)
        .path();
  }

  @Test
  void cidOfTheDemoNetworkIsItsInitialTablesCid() {
    CliRun run = CliRun.of("powertable", "cid", "demo:healthy");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(demoHealthy.initialTable().cid().toString());
  }

  @Test
  void cidOfASnapshotAndOfACarIsTheHeadersInitialTable() throws Exception {
    Path f3 = snapshot(chain.certificates().size() - 1);
    Path car =
        SnapshotExport.writeCar(
                dir.resolve("chain.car"),
                CarWriter.Format.V2,
                F3SnapshotHeader.of(0, 11, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                false,
                SnapshotExport.Progress.NONE)
            .path();
    String expected = chain.initialTable().cid().toString();

    CliRun prefixed = CliRun.of("powertable", "cid", "f3snap:" + f3);
    CliRun plain = CliRun.of("powertable", "cid", f3.toString());
    CliRun carRun = CliRun.of("powertable", "cid", "car:" + car);
    CliRun carPlain = CliRun.of("powertable", "cid", car.toString(), "--instance", "5");

    assertThat(prefixed.status()).as(prefixed.toString()).isZero();
    assertThat(prefixed.lastLine()).isEqualTo(expected);
    assertThat(plain.lastLine()).as(plain.toString()).isEqualTo(expected);
    assertThat(carRun.status()).as(carRun.toString()).isZero();
    assertThat(carRun.lastLine()).isEqualTo(expected);
    assertThat(carPlain.lastLine())
        .as(carPlain.toString())
        .isEqualTo(chain.tableOf(5).cid().toString());
  }

  @Test
  void showOfANodesInstanceIsThatCommittee() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      CliRun run =
          CliRun.of("powertable", "show", "rpc:" + node.endpoint(), "--instance", "3", "--json");

      assertThat(run.status()).as(run.toString()).isZero();
      JsonNode json = JSON.readTree(run.out());
      assertThat(json.get("cid").asText()).isEqualTo(chain.tableOf(3).cid().toString());
      assertThat(json.get("instance").asLong()).isEqualTo(3);
      assertThat(json.get("source").asText()).isEqualTo("rpc:" + node.endpoint());
      assertThat(json.get("origin").asText()).contains("(3) from");
    }
  }

  @Test
  void checkAgainstANodeThatWantsATokenUsesItAndNeverPrintsIt() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(TOKEN)) {
      String url = node.endpoint().toString();
      CliRun match =
          CliRun.of(
              "powertable",
              "check",
              url,
              "--cid",
              chain.initialTable().cid().toString(),
              "--token",
              TOKEN);
      CliRun network =
          CliRun.of(
              "powertable",
              "check",
              "rpc:" + url,
              "--network",
              "mainnet",
              "--token",
              TOKEN,
              "--json");
      CliRun refused =
          CliRun.of(
              "powertable", "check", "rpc:" + url, "--network", "mainnet", "--token", TOKEN + "x");

      assertThat(match.status()).as(match.toString()).isZero();
      assertThat(match.out()).contains("MATCH: this is the table with CID");
      assertThat(network.status()).as(network.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(JSON.readTree(network.out()).get("actualCid").asText())
          .isEqualTo(chain.initialTable().cid().toString());
      assertThat(refused.status()).as(refused.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      for (CliRun run : new CliRun[] {match, network, refused}) {
        assertThat(run.out() + run.err()).doesNotContain(TOKEN).doesNotContain("unmistakable");
      }
    }
  }

  @Test
  void instanceOfAFileMustBeTheOneTheFileStates() throws Exception {
    Path file = dir.resolve("table.json");
    PowerTableFiles.write(file, chain.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);

    CliRun run = CliRun.of("powertable", "cid", "file:" + file, "--instance", "2");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--instance 2 asked, but the file states no instance");
  }

  @Test
  void brokenDemoFailsAtInstance37() throws Exception {
    CliRun run =
        CliRun.of("certs", "validate", "demo:broken", "--network", "f3console-demo", "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("failedInstance").asLong()).isEqualTo(37);
    assertThat(json.get("validated").asLong()).isEqualTo(37);
    assertThat(json.get("certificates").asText()).isEqualTo("demo:broken");
  }

  @Test
  void snapshotWithoutPowerTableValidatesToItsEndWithProgressOnStderr() throws Exception {
    Path f3 = snapshot(9);

    CliRun run =
        CliRun.of(
            "certs", "validate", "f3snap:" + f3, "--network", "f3src", "--progress-every", "4");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "VALID (unverified): 10 certificates, instances 0–9, from a power table"
                + " nothing proves.")
        .contains(
            "Next instance  10, validated by the power table with CID " + chain.tableOf(10).cid());
    assertThat(run.err())
        .contains("validated 4 certificates")
        .contains("validated 8 certificates")
        .doesNotContain("validated 12");
  }

  @Test
  void nodeCertificatesValidateOverTheRangeAsked() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(TOKEN)) {
      CliRun run =
          CliRun.of(
              "certs",
              "validate",
              "rpc:" + node.endpoint(),
              "--network",
              "f3src",
              "--from",
              "0",
              "--to",
              "9",
              "--token",
              TOKEN,
              "--json");
      CliRun middle =
          CliRun.of(
              "certs",
              "validate",
              "rpc:" + node.endpoint(),
              "--network",
              "f3src",
              "--from",
              "4",
              "--token",
              TOKEN,
              "--json");

      assertThat(run.status()).as(run.toString()).isZero();
      JsonNode json = JSON.readTree(run.out());
      assertThat(json.get("validated").asLong()).isEqualTo(10);
      assertThat(json.get("nextInstance").asLong()).isEqualTo(10);
      assertThat(json.get("powerTableCid").asText()).isEqualTo(chain.tableOf(10).cid().toString());
      assertThat(middle.status()).as(middle.toString()).isZero();
      JsonNode rest = JSON.readTree(middle.out());
      assertThat(rest.get("firstInstance").asLong()).isEqualTo(4);
      assertThat(rest.get("nextInstance").asLong()).isEqualTo(12);
      assertThat(run.out() + run.err() + middle.out() + middle.err()).doesNotContain(TOKEN);
    }
  }

  @Test
  void certificateFileWithATableFromASourceStartsAtThatTablesInstance() throws Exception {
    Path certs = dir.resolve("certs.json");
    try (OutputStream out = Files.newOutputStream(certs)) {
      CertificateJson.write(chain.certificates().subList(3, 8), out);
    }

    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            certs.toString(),
            "--network",
            "f3src",
            "--power-table",
            "f3snap:" + snapshot(11),
            "--from",
            "3");
    CliRun noTable = CliRun.of("certs", "validate", certs.toString(), "--network", "f3src");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).contains("VALID (unverified): 5 certificates, instances 3–7");
    assertThat(noTable.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noTable.err()).contains("--power-table is needed");
  }
}
