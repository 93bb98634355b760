package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.validation.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} writes what {@code certs validate} accepts; {@code bench} reports figures. */
class SimulateAndBenchCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aSimulatedNetworkValidatesToItsFinalTable() throws Exception {
    CliRun sim =
        CliRun.of(
            "simulate",
            "--participants",
            "25",
            "--instances",
            "12",
            "--network",
            "f3-test",
            "--seed",
            "5",
            "--out",
            dir.toString());
    assertThat(sim.status()).as(sim.toString()).isZero();
    JsonNode summary = JSON.readTree(Files.readString(dir.resolve("simulation.json")));

    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "f3-test",
            "--power-table",
            dir.resolve("initial_power_table.cbor").toString(),
            "--json",
            dir.resolve("certificates.json").toString());

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("nextInstance").asLong()).isEqualTo(12);
    assertThat(node.get("powerTableCid").asText())
        .isEqualTo(summary.get("finalPowerTableCid").asText());
    CliRun finalCid =
        CliRun.of("powertable", "cid", dir.resolve("final_power_table.json").toString());
    assertThat(finalCid.lastLine()).isEqualTo(summary.get("finalPowerTableCid").asText());
  }

  @Test
  void aSimulatedFaultFailsWhereTheSummarySays() throws Exception {
    CliRun sim =
        CliRun.of(
            "simulate",
            "--participants",
            "20",
            "--instances",
            "10",
            "--network",
            "f3-test",
            "--out",
            dir.toString(),
            "--fault",
            "power_table_cid_mismatch@6");
    assertThat(sim.status()).as(sim.toString()).isZero();

    CliRun run =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "f3-test",
            "--power-table",
            dir.resolve("initial_power_table.json").toString(),
            "--json",
            dir.resolve("certificates.json").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("POWER_TABLE_CID_MISMATCH");
    assertThat(node.get("failedInstance").asLong()).isEqualTo(6);
    assertThat(node.get("details").get("expectedCid").asText())
        .isNotEqualTo(node.get("details").get("computedCid").asText());
  }

  @Test
  void simulateRefusesToOverwriteAndRejectsABadFault() {
    assertThat(
            CliRun.of(
                    "simulate", "--participants", "5", "--instances", "1", "--out", dir.toString())
                .status())
        .isZero();
    CliRun again =
        CliRun.of("simulate", "--participants", "5", "--instances", "1", "--out", dir.toString());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
    assertThat(
            CliRun.of("simulate", "--out", dir.resolve("x").toString(), "--fault", "NOPE@1")
                .status())
        .isEqualTo(2);
    assertThat(
            CliRun.of("simulate", "--participants", "2", "--out", dir.resolve("y").toString())
                .status())
        .isEqualTo(2);
  }

  @Test
  void benchReportsTheValidatorBesideTheFloor() throws Exception {
    CliRun run =
        CliRun.of(
            "bench",
            "--participants",
            "30",
            "--instances",
            "6",
            "--rounds",
            "1",
            "--threads",
            "1,2",
            "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("floorMillisPerCertificate").asDouble()).isPositive();
    assertThat(node.get("ratioToFloor").asDouble()).isPositive();
    assertThat(node.get("runs")).hasSize(2);
    assertThat(node.get("runs").get(1).get("threads").asInt()).isEqualTo(2);
    JsonNode pairing = node.get("runs").get(0).get("stages").get(Stage.PAIRING.ordinal());
    assertThat(pairing.get("stage").asText()).isEqualTo("PAIRING");
    assertThat(pairing.get("microsPerCertificate").asDouble()).isPositive();
  }

  @Test
  void benchStateComputesTheGeneratedTableFromTheCarAndThroughTheLoopbackNode() throws Exception {
    CliRun run = CliRun.of("bench", "--state", "--claims", "3000", "--eligible", "60", "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("entries").asInt()).isPositive().isLessThanOrEqualTo(60);
    assertThat(node.get("blocks").asLong()).isPositive();
    assertThat(node.get("indexOffHeapBytes").asLong()).isEqualTo(16 * node.get("blocks").asLong());
    assertThat(node.get("node").get("blocksRead").asLong())
        .isEqualTo(node.get("car").get("blocksRead").asLong());
    assertThat(node.get("tableCid").asText()).startsWith("bafy2bzace");
  }

  @Test
  void benchStateRefusesMoreEligibleMinersThanClaims() throws Exception {
    CliRun run = CliRun.of("bench", "--state", "--claims", "10", "--eligible", "11");
    assertThat(run.status()).as(run.toString()).isNotZero();
    assertThat(run.err()).contains("--eligible");
  }
}
