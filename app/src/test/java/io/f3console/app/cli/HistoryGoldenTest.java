package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.powertable.PowerTableFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of the {@code history} commands, text and JSON, on a database written by two real
 * runs: a small simulated network (session 1, which reaches instance 2) and the CID of its initial
 * table (session 2). Times, durations and the temporary folder are replaced by placeholders; the
 * ids are those of a new database.
 */
class HistoryGoldenTest {
  @TempDir Path temp;

  RecordedRuns history;
  String initialCid;

  @BeforeEach
  void recordTwoRuns() {
    history = new RecordedRuns(temp.resolve("history.db"));
    Path sim = temp.resolve("sim");
    CliRun simulate =
        history.run(
            "simulate",
            "--participants",
            "4",
            "--instances",
            "3",
            "--seed",
            "7",
            "--network",
            "f3-golden",
            "--out",
            sim.toString());
    CliRun cid =
        history.run(
            "powertable", "cid", sim.resolve(SimulationResult.INITIAL_TABLE_FILE).toString());
    assertThat(simulate.status()).as(simulate.toString()).isZero();
    assertThat(cid.status()).as(cid.toString()).isZero();
    initialCid = cid.lastLine();
  }

  /**
   * {@code text} with the temporary folder as {@code <dir>}, every time as {@code <time>} and every
   * duration as {@code <ms>} or {@code <seconds>}.
   */
  String normalised(String text) {
    return SimulateGoldenTest.withoutTimings(GoldenOutput.normalised(text, temp.resolve("x")))
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
        .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)?", "<time>")
        .replaceAll("took \\d+ ms", "took <ms> ms")
        .replaceAll("\"durationMillis\" : \\d+", "\"durationMillis\" : \"<ms>\"")
        .replaceAll("\\| Took \\| \\d+ ms \\|", "| Took | <ms> ms |");
  }

  void assertGolden(String name, CliRun text, CliRun json) {
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(json.status()).as(json.toString()).isZero();
    GoldenOutput.assertMatches(name + ".txt", normalised(GoldenOutput.transcript(text)));
    GoldenOutput.assertJsonMatches(name + ".json", normalised(json.out()));
  }

  @Test
  void list() throws Exception {
    CliRun filtered = history.run("history", "list", "--network", "f3-golden", "--json");
    JsonNode sessions = new ObjectMapper().readTree(filtered.out()).get("sessions");
    assertThat(sessions).hasSize(1);
    assertThat(sessions.get(0).get("id").asLong()).isEqualTo(1);
    assertGolden(
        "history-list", history.run("history", "list"), history.run("history", "list", "--json"));
  }

  @Test
  void show() {
    CliRun text = history.run("history", "show", "1");
    assertThat(text.out())
        .contains("Reached      instance 2\n")
        .containsPattern("initial power table +0 +4  " + initialCid);
    assertGolden("history-show", text, history.run("history", "show", "1", "--json"));
  }

  @Test
  void exportAsMarkdownAndAsJson() throws Exception {
    Path file = temp.resolve("session.md");
    CliRun toFile = history.run("history", "export", "1", "--out", file.toString());
    CliRun toFileJson =
        history.run("history", "export", "1", "--out", file.toString(), "--force", "--json");
    CliRun markdown = history.run("history", "export", "1", "--format", "md");
    CliRun json = history.run("history", "export", "1", "--format", "json");

    assertThat(Files.readString(file)).isEqualTo(markdown.out());
    assertThat(json.out()).isEqualTo(history.run("history", "show", "1", "--json").out());
    assertGolden("history-export-file", toFile, toFileJson);
    GoldenOutput.assertMatches("history-export.md", normalised(markdown.out()));
    GoldenOutput.assertJsonMatches("history-export.json", normalised(json.out()));
  }

  @Test
  void note() {
    assertGolden(
        "history-note",
        history.run("history", "note", "1", "checked", "by", "hand"),
        history.run("history", "note", "2", "--json", "the same table"));
  }

  @Test
  void table() throws Exception {
    Path json = temp.resolve("initial.json");
    Path cbor = temp.resolve("initial.cbor");

    CliRun text = history.run("history", "table", initialCid, "--out", json.toString());
    CliRun asJson = history.run("history", "table", initialCid, "--out", cbor.toString(), "--json");

    assertThat(PowerTableFiles.read(json).toTable().cid().toString()).isEqualTo(initialCid);
    assertThat(PowerTableFiles.read(cbor).toTable().cid().toString()).isEqualTo(initialCid);
    assertGolden("history-table", text, asJson);
  }
}
