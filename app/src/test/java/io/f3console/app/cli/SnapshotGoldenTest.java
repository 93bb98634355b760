package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of the {@code snapshot} commands, text and JSON: on a small simulated chain
 * written as an F3 snapshot and as a CAR, and on go-car's real v2 CAR, which holds no F3 data.
 */
class SnapshotGoldenTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;

  static Path car;
  static JsonNode simulated;

  @BeforeAll
  static void simulate() throws Exception {
    car = shared.resolve("chain.car");
    CliRun run =
        CliRun.of(
            "--no-history",
            "simulate",
            "--participants",
            "4",
            "--instances",
            "6",
            "--network",
            "golden-snap",
            "--seed",
            "7",
            "--car",
            car.toString(),
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    simulated = JSON.readTree(run.out());
  }

  @Test
  void inspectOfASimulatedCar() throws Exception {
    CliRun text = CliRun.of("--no-history", "snapshot", "inspect", car.toString());
    CliRun json = CliRun.of("--no-history", "snapshot", "inspect", car.toString(), "--json");

    assertThat(text.status()).as(text.toString()).isZero();
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("snapshotCid").asText())
        .isEqualTo(simulated.get("car").get("snapshotCid").asText());
    assertThat(node.get("importCheck").get("finalPowerTableCid").asText())
        .isEqualTo(simulated.get("finalPowerTableCid").asText());
    GoldenOutput.assertMatches("snapshot-inspect.txt", GoldenOutput.transcript(text, car));
    GoldenOutput.assertJsonMatches(
        "snapshot-inspect.json", GoldenOutput.normalised(json.out(), car));
  }

  @Test
  void inspectOfGoCarsWrappedV2CarWithoutF3Data() {
    Path wrapped = SharedData.file("car/gocar_sample-wrapped-v2.car");
    CliRun text = CliRun.of("--no-history", "snapshot", "inspect", wrapped.toString());
    CliRun json = CliRun.of("--no-history", "snapshot", "inspect", wrapped.toString(), "--json");

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches(
        "snapshot-inspect-no-f3-data.txt", GoldenOutput.transcript(text, wrapped));
    GoldenOutput.assertJsonMatches(
        "snapshot-inspect-no-f3-data.json", GoldenOutput.normalised(json.out(), wrapped));
  }

  @Test
  void validateOfASimulatedCar() throws Exception {
    String[] args = {
      "--no-history", "snapshot", "validate", car.toString(), "--network", "golden-snap"
    };
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(PowerTableGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("validation").get("powerTableCid").asText())
        .isEqualTo(simulated.get("finalPowerTableCid").asText());
    GoldenOutput.assertMatches("snapshot-validate.txt", GoldenOutput.transcript(text, car));
    GoldenOutput.assertJsonMatches(
        "snapshot-validate.json", GoldenOutput.normalised(json.out(), car));
  }

  @Test
  void validateOfASimulatedCarAgainstMainnetStopsAtTheManifestCheck() {
    String[] args = {
      "--no-history", "snapshot", "validate", car.toString(), "--network", "mainnet"
    };
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(PowerTableGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    GoldenOutput.assertMatches(
        "snapshot-validate-wrong-network.txt", GoldenOutput.transcript(text, car));
    GoldenOutput.assertJsonMatches(
        "snapshot-validate-wrong-network.json", GoldenOutput.normalised(json.out(), car));
  }

  @Test
  void validateOfGoCarsWrappedV2CarWithoutF3Data() {
    Path wrapped = SharedData.file("car/gocar_sample-wrapped-v2.car");
    String[] args = {
      "--no-history", "snapshot", "validate", wrapped.toString(), "--network", "mainnet"
    };
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(PowerTableGoldenTest.append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    GoldenOutput.assertMatches(
        "snapshot-validate-no-f3-data.txt", GoldenOutput.transcript(text, wrapped));
    GoldenOutput.assertJsonMatches(
        "snapshot-validate-no-f3-data.json", GoldenOutput.normalised(json.out(), wrapped));
  }

  @Test
  void exportOfTheDemoNetworkAsACar(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("demo.car");
    String[] args = {
      "--no-history",
      "snapshot",
      "export",
      "--from-source",
      "demo:healthy",
      "--car",
      "--out",
      out.toString()
    };
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(PowerTableGoldenTest.append(args, "--force", "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    CliRun inspect = CliRun.of("--no-history", "snapshot", "inspect", out.toString(), "--json");
    assertThat(JSON.readTree(json.out()).get("snapshotCid").asText())
        .isEqualTo(JSON.readTree(inspect.out()).get("snapshotCid").asText());
    GoldenOutput.assertMatches(
        "snapshot-export.txt",
        GoldenOutput.transcript(text, out).replaceAll(", [0-9.]+ s\\)", ", <seconds> s)"));
    GoldenOutput.assertJsonMatches(
        "snapshot-export.json",
        GoldenOutput.normalised(json.out(), out)
            .replaceAll("\"seconds\" : [0-9.E-]+", "\"seconds\" : 0.0"));
  }
}
