package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of {@code participation} and {@code participation missing}, text, CSV and JSON, on
 * a small simulated network (8 participants, 6 instances): validated from its files, and read from
 * a certificate store that {@code certs sync} filled from its snapshot.
 */
class ParticipationGoldenTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NETWORK = "f3-golden";

  @TempDir Path temp;
  Path sim;
  Path db;

  @BeforeEach
  void simulate() {
    sim = temp.resolve("sim");
    db = temp.resolve("data").resolve("history.db");
    CliRun run =
        CliRun.of(
            "--no-history",
            "simulate",
            "--participants",
            "8",
            "--instances",
            "6",
            "--seed",
            "3",
            "--network",
            NETWORK,
            "--out",
            sim.toString(),
            "--f3snap",
            sim.resolve("chain.f3snap").toString());
    assertThat(run.status()).as(run.toString()).isZero();
  }

  private CliRun validated(String... more) {
    String[] base = {
      "--no-history",
      "participation",
      "--network",
      NETWORK,
      "--power-table",
      sim.resolve(SimulationResult.INITIAL_TABLE_FILE).toString(),
      sim.resolve(SimulationResult.CERTIFICATES_FILE).toString()
    };
    return CliRun.of(concat(base, more));
  }

  private CliRun missing(String... more) {
    String[] base = {
      "--no-history",
      "participation",
      "missing",
      "--network",
      NETWORK,
      "--power-table",
      sim.resolve(SimulationResult.INITIAL_TABLE_FILE).toString(),
      sim.resolve(SimulationResult.CERTIFICATES_FILE).toString()
    };
    return CliRun.of(concat(base, more));
  }

  private void sync() {
    CliRun sync =
        CliRun.of(
            "--no-history",
            "--db",
            db.toString(),
            "certs",
            "sync",
            sim.resolve("chain.f3snap").toString(),
            "--network",
            NETWORK);
    assertThat(sync.status()).as(sync.toString()).isZero();
  }

  private CliRun stored(String... more) {
    String[] base = {"--no-history", "--db", db.toString(), "participation"};
    return CliRun.of(concat(base, more));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private void assertGolden(String name, CliRun text, CliRun json) {
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(json.status()).as(json.toString()).isZero();
    Path[] dirs = {sim.resolve("x"), db};
    GoldenOutput.assertMatches(name + ".txt", GoldenOutput.transcript(text, dirs));
    GoldenOutput.assertJsonMatches(name + ".json", GoldenOutput.normalised(json.out(), dirs));
  }

  @Test
  void participationValidatedFromFiles() throws Exception {
    CliRun json = validated("--json");

    JsonNode node = JSON.readTree(json.out());
    for (JsonNode miner : node.get("miners")) {
      assertThat(
              miner.get("signed").asLong()
                  + miner.get("absent").asLong()
                  + miner.get("notInCommittee").asLong())
          .as("every instance counted once for %s", miner.get("actor"))
          .isEqualTo(6);
    }
    assertGolden("participation", validated(), json);
    CliRun csv = validated("--csv");
    assertThat(csv.status()).as(csv.toString()).isZero();
    GoldenOutput.assertMatches("participation-csv.txt", GoldenOutput.transcript(csv));
  }

  @Test
  void participationOfChosenMinersFromTheStore() throws Exception {
    sync();
    JsonNode all = JSON.readTree(validated("--json").out());
    String first = all.get("miners").get(0).get("actor").asText();
    String last = all.get("miners").get(all.get("miners").size() - 1).get("actor").asText();

    CliRun json =
        stored("--store", "--network", NETWORK, "--miner", first, "--miner", last, "--json");

    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("miners")).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode fromStore = node.get("miners").get(i);
      JsonNode fromFiles = all.get("miners").get(i == 0 ? 0 : all.get("miners").size() - 1);
      assertThat(fromStore.get("signed")).isEqualTo(fromFiles.get("signed"));
      assertThat(fromStore.get("absent")).isEqualTo(fromFiles.get("absent"));
    }
    assertGolden(
        "participation-store",
        stored("--store", "--network", NETWORK, "--miner", first, "--miner", last),
        json);
  }

  @Test
  void missingAtOneInstanceValidatedFromFiles() throws Exception {
    JsonNode all = JSON.readTree(validated("--json").out());
    JsonNode three = all.get("instances").get(3);
    CliRun json = missing("--instance", "3", "--json");

    assertThat(JSON.readTree(json.out()).get("absent"))
        .hasSize(three.get("committee").asInt() - three.get("signers").asInt());
    assertGolden("participation-missing", missing("--instance", "3"), json);
  }

  @Test
  void missingOverTheLastInstancesFromTheStore() {
    sync();
    assertGolden(
        "participation-missing-store",
        stored("missing", "--store", "--network", NETWORK, "--last", "3"),
        stored("missing", "--store", "--network", NETWORK, "--last", "3", "--json"));
  }
}
