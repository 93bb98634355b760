package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.snapshot.CarWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot inspect|validate|export} and the snapshot outputs of {@code simulate}. */
class SnapshotCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;

  static Path f3snap;
  static Path car;
  static JsonNode simulated;

  @TempDir Path dir;

  @BeforeAll
  static void simulate() throws Exception {
    f3snap = shared.resolve("chain.f3snap");
    car = shared.resolve("chain.car");
    CliRun run =
        CliRun.of(
            "simulate",
            "--participants",
            "20",
            "--instances",
            "24",
            "--network",
            "f3-snap-test",
            "--seed",
            "3",
            "--f3snap",
            f3snap.toString(),
            "--car",
            car.toString(),
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    simulated = JSON.readTree(run.out());
  }

  @Test
  void simulateStreamsTheChainIntoBothSnapshotFiles() {
    assertThat(f3snap).isRegularFile();
    assertThat(car).isRegularFile();
    assertThat(simulated.get("instances").asInt()).isEqualTo(24);
    assertThat(simulated.get("f3snap").get("snapshotCid").asText())
        .isEqualTo(simulated.get("car").get("snapshotCid").asText())
        .startsWith("bafk2bza");
  }

  @Test
  void simulateNeedsSomewhereToWriteAndFaultsNeedTheChainInMemory() {
    CliRun nothing = CliRun.of("simulate", "--instances", "3");
    CliRun streamedFault =
        CliRun.of(
            "simulate",
            "--instances",
            "3",
            "--f3snap",
            shared.resolve("x.f3snap").toString(),
            "--fault",
            "INVALID_SIGNATURE@1");
    CliRun badChurn =
        CliRun.of(
            "simulate",
            "--instances",
            "3",
            "--churn",
            "some",
            "--f3snap",
            shared.resolve("y.f3snap").toString());

    assertThat(nothing.status()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to write");
    assertThat(streamedFault.status()).isEqualTo(2);
    assertThat(streamedFault.err()).contains("--fault needs --out");
    assertThat(badChurn.status()).isEqualTo(2);
    assertThat(badChurn.err()).contains("--churn takes default or none");
  }

  @Test
  void inspectReportsTheCarLayoutTheHeaderAndTheImportCheck() throws Exception {
    CliRun run = CliRun.of("snapshot", "inspect", car.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("format").asText()).isEqualTo("CARv1");
    assertThat(node.get("car").get("f3Data").asText()).isEqualTo("PRESENT");
    assertThat(node.get("car").get("metadata").get("version").asInt()).isEqualTo(2);
    assertThat(node.get("header").get("latestInstance").asInt()).isEqualTo(23);
    assertThat(node.get("header").get("initialPowerTableCid").asText())
        .isEqualTo(simulated.get("initialPowerTableCid").asText());
    assertThat(node.get("certificateBlocks").asInt()).isEqualTo(24);
    assertThat(node.get("f3DataCidMatches").asBoolean()).isTrue();
    assertThat(node.get("importCheck").get("passed").asBoolean()).isTrue();
    assertThat(node.get("importCheck").get("finalPowerTableCid").asText())
        .isEqualTo(simulated.get("finalPowerTableCid").asText());
  }

  @Test
  void inspectShowsProgressAndAgreesOnTheSnapshotCid() {
    CliRun run = CliRun.of("snapshot", "inspect", f3snap.toString(), "--progress-every", "10");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.err()).contains("read 10 certificates", "read 20 certificates");
    assertThat(run.out())
        .contains("Import check   passed")
        .contains("Snapshot CID   " + simulated.get("f3snap").get("snapshotCid").asText());
  }

  @Test
  void bothFilesValidateWithSignaturesToTheSimulatedFinalTable() throws Exception {
    for (Path file : List.of(f3snap, car)) {
      CliRun run =
          CliRun.of(
              "snapshot",
              "validate",
              file.toString(),
              "--network",
              "f3-snap-test",
              "--threads",
              "2",
              "--json");

      assertThat(run.status()).as(run.toString()).isZero();
      JsonNode node = JSON.readTree(run.out());
      assertThat(node.get("valid").asBoolean()).isTrue();
      assertThat(node.get("validation").get("nextInstance").asInt()).isEqualTo(24);
      assertThat(node.get("validation").get("powerTableCid").asText())
          .isEqualTo(simulated.get("finalPowerTableCid").asText());
    }
  }

  @Test
  void aBadSignatureIsFoundBySignatureValidationNotByTheImportCheck() throws Exception {
    Path broken = dir.resolve("broken.f3snap");
    CliRun sim =
        CliRun.of(
            "simulate",
            "--participants",
            "12",
            "--instances",
            "10",
            "--network",
            "f3-snap-test",
            "--out",
            dir.resolve("sim").toString(),
            "--fault",
            "INVALID_SIGNATURE@6",
            "--f3snap",
            broken.toString());
    assertThat(sim.status()).as(sim.toString()).isZero();

    CliRun inspect = CliRun.of("snapshot", "inspect", broken.toString());
    CliRun validate =
        CliRun.of("snapshot", "validate", broken.toString(), "--network", "f3-snap-test", "--json");

    assertThat(inspect.status()).as(inspect.toString()).isZero();
    assertThat(validate.status()).as(validate.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(validate.out());
    assertThat(node.get("importCheck").get("passed").asBoolean()).isTrue();
    assertThat(node.get("validation").get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
    assertThat(node.get("validation").get("failedInstance").asInt()).isEqualTo(6);
  }

  @Test
  void validateAgainstAnotherNetworkStopsAtTheManifestCheck() throws Exception {
    CliRun run = CliRun.of("snapshot", "validate", car.toString(), "--network", "mainnet");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("INITIAL_POWER_TABLE_MISMATCH")
        .contains(
            "does not match that in the manifest("
                + "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu)")
        .contains("Signatures     not checked");
  }

  @Test
  void exportFromTheDemoSourceWritesAV2CarThatValidates() throws Exception {
    Path out = dir.resolve("demo.car");
    CliRun export =
        CliRun.of(
            "snapshot",
            "export",
            "--from-source",
            "demo:healthy",
            "--out",
            out.toString(),
            "--car",
            "--car-format",
            "v2",
            "--with-power-table-block",
            "--json");
    assertThat(export.status()).as(export.toString()).isZero();
    JsonNode exported = JSON.readTree(export.out());

    CliRun validate =
        CliRun.of("snapshot", "validate", out.toString(), "--network", "f3console-demo", "--json");

    assertThat(validate.status()).as(validate.toString()).isZero();
    JsonNode node = JSON.readTree(validate.out());
    assertThat(node.get("format").asText()).isEqualTo("CARv2");
    assertThat(node.get("snapshotCid").asText()).isEqualTo(exported.get("snapshotCid").asText());
    assertThat(node.get("validation").get("nextInstance").asLong())
        .isEqualTo(exported.get("header").get("latestInstance").asLong() + 1);
  }

  @Test
  void exportFromACertificateFileNeedsItsCommitteeAndReproducesTheSnapshot() throws Exception {
    Path sim = dir.resolve("sim");
    Path direct = dir.resolve("direct.f3snap");
    assertThat(
            CliRun.of(
                    "simulate",
                    "--participants",
                    "8",
                    "--instances",
                    "6",
                    "--out",
                    sim.toString(),
                    "--f3snap",
                    direct.toString())
                .status())
        .isZero();
    Path out = dir.resolve("exported.f3snap");

    CliRun without =
        CliRun.of(
            "snapshot",
            "export",
            "--from-source",
            sim.resolve("certificates.json").toString(),
            "--out",
            out.toString());
    CliRun with =
        CliRun.of(
            "snapshot",
            "export",
            "--from-source",
            sim.resolve("certificates.json").toString(),
            "--power-table",
            sim.resolve("initial_power_table.cbor").toString(),
            "--out",
            out.toString());
    CliRun again =
        CliRun.of("snapshot", "export", "--from-source", "f3snap:" + out, "--out", out.toString());

    assertThat(without.status()).isEqualTo(2);
    assertThat(without.err()).contains("--power-table");
    assertThat(with.status()).as(with.toString()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(direct));
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void unreadableSnapshotsAreBadInputWithTheOffset() throws Exception {
    Path cut = dir.resolve("cut.f3snap");
    byte[] bytes = Files.readAllBytes(f3snap);
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 7));
    Path notSnapshot = dir.resolve("table.json");
    Files.writeString(notSnapshot, "[]");

    CliRun truncated = CliRun.of("snapshot", "inspect", cut.toString());
    CliRun json = CliRun.of("snapshot", "validate", notSnapshot.toString(), "--network", "x");
    CliRun missing = CliRun.of("snapshot", "inspect", dir.resolve("nope.car").toString());

    assertThat(truncated.status()).isEqualTo(2);
    assertThat(truncated.err())
        .contains("block 24 (certificate 24)")
        .contains("truncated")
        .containsPattern("at byte \\d+");
    assertThat(json.status()).isEqualTo(2);
    assertThat(json.err()).contains("not a snapshot");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void aCarWithoutF3DataInspectsAsV1AndDoesNotValidate() throws Exception {
    Path v1 = dir.resolve("v1.car");
    byte[] block = new CborWriter().writeArrayHeader(0).toByteArray();
    try (CarWriter writer =
        CarWriter.create(v1, CarWriter.Format.V1, List.of(Cid.makeCid(block)))) {
      writer.writeBlock(Multicodec.DAG_CBOR, block);
    }

    CliRun inspect = CliRun.of("snapshot", "inspect", v1.toString());
    CliRun validate = CliRun.of("snapshot", "validate", v1.toString(), "--network", "mainnet");

    assertThat(inspect.status()).as(inspect.toString()).isZero();
    assertThat(inspect.out()).contains("none, a v1 snapshot");
    assertThat(validate.status()).isEqualTo(1);
    assertThat(validate.out()).contains("holds no F3 data");
  }
}
