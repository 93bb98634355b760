package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of {@code simulate}, text and JSON: a small network written as files (broken at
 * one instance) and one streamed into snapshots. The same seed gives the same network, so only the
 * folder and the time taken are replaced by placeholders.
 */
class SimulateGoldenTest {
  @TempDir Path temp;

  /** {@code text} with the time taken, in text or JSON, replaced by {@code <seconds>}. */
  static String withoutTimings(String text) {
    return text.replaceAll("\\(\\d+\\.\\d s\\)", "(<seconds> s)")
        .replaceAll("\"seconds\" : [0-9.E-]+", "\"seconds\" : \"<seconds>\"");
  }

  private static String[] simulate(String... more) {
    String[] base = {
      "--no-history",
      "simulate",
      "--participants",
      "4",
      "--instances",
      "3",
      "--seed",
      "7",
      "--network",
      "f3-golden"
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aSmallNetworkWrittenAsFilesAndBroken() {
    Path text = temp.resolve("text");
    Path json = temp.resolve("json");

    CliRun run = CliRun.of(simulate("--out", text.toString(), "--fault", "INVALID_SIGNATURE@2"));
    CliRun asJson =
        CliRun.of(simulate("--out", json.toString(), "--fault", "INVALID_SIGNATURE@2", "--json"));

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(asJson.status()).as(asJson.toString()).isZero();
    CliRun initial =
        CliRun.of(
            "--no-history",
            "powertable",
            "cid",
            text.resolve(SimulationResult.INITIAL_TABLE_FILE).toString());
    CliRun last =
        CliRun.of(
            "--no-history", "powertable", "cid", text.resolve("final_power_table.json").toString());
    assertThat(run.out())
        .contains("4 participants, CID " + initial.lastLine() + "\n")
        .contains("4 participants, CID " + last.lastLine() + "\n");
    GoldenOutput.assertMatches(
        "simulate-files.txt", withoutTimings(GoldenOutput.transcript(run, text.resolve("x"))));
    GoldenOutput.assertJsonMatches(
        "simulate-files.json",
        withoutTimings(GoldenOutput.normalised(asJson.out(), json.resolve("x"))));
  }

  @Test
  void aSmallNetworkStreamedIntoSnapshots() {
    Path f3snap = temp.resolve("text.f3snap");
    Path car = temp.resolve("text.car");

    CliRun run = CliRun.of(simulate("--f3snap", f3snap.toString(), "--car", car.toString()));
    CliRun asJson =
        CliRun.of(
            simulate(
                "--f3snap",
                temp.resolve("json.f3snap").toString(),
                "--car",
                temp.resolve("json.car").toString(),
                "--json"));

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(asJson.status()).as(asJson.toString()).isZero();
    GoldenOutput.assertMatches(
        "simulate-streamed.txt", withoutTimings(GoldenOutput.transcript(run, f3snap)));
    GoldenOutput.assertJsonMatches(
        "simulate-streamed.json", withoutTimings(GoldenOutput.normalised(asJson.out(), f3snap)));
  }
}
