package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f3console doctor --log}: the log fixtures of core's tests read from the command line. */
class DoctorLogCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A copy of core's log fixture {@code name} in the temporary folder. */
  static Path fixture(Path dir, String name) {
    try (InputStream in = DoctorLogCommandTest.class.getResourceAsStream("/logs/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing log fixture " + name);
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aProblemLineFailsTheRunAndEveryRowIsPrinted() {
    Path log = fixture(dir, "mixed.log");
    CliRun run = CliRun.of("--no-history", "doctor", "--log", log.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("✘ PROBLEM  × 1  (first at line 13, 2024-11-28T06:21:11Z)")
        .contains("⚠ WORTH A LOOK  × 3 over 61 s  (first at line 8")
        .contains("? UNKNOWN  × 2 over 30 s  (first at line 11")
        .contains("polling 12 peers for instance 446663")
        .contains("16 lines read, 7 F3 lines (1 problem, 3 worth a look, 3 unknown, 0 benign),")
        .contains("ignored.")
        .contains("Result: problem (exit 1)");
  }

  @Test
  void theLeaseLoopIsOneRowAndPasses() {
    Path log = fixture(dir, "lotus-12785-lease-loop.log");
    CliRun run = CliRun.of("--no-history", "doctor", "--log", log.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("⚠ WORTH A LOOK  × 240 over 2 min  (first at line 1, 2024-11-28T06:20:50.468Z)")
        .contains("Result: worth a look");
  }

  @Test
  void theJsonHasEveryKeyAndTheRows() throws Exception {
    Path log = fixture(dir, "mixed.log");
    CliRun run = CliRun.of("--no-history", "doctor", "--log", log.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.path("verdict").asText()).isEqualTo("PROBLEM");
    assertThat(json.path("linesRead").asLong()).isEqualTo(16);
    assertThat(json.path("linesPerClass").path("unknown").asLong()).isEqualTo(3);
    JsonNode rows = json.path("rows");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).path("id").asText()).isEqualTo("gof3-initial-table-mismatch");
    assertThat(rows.get(2).path("id").isNull()).isTrue();
    assertThat(rows.get(2).path("meaning").isNull()).isTrue();
    assertThat(rows.get(2).path("spanSeconds").asDouble()).isEqualTo(30.0);
    GoldenOutput.assertConventions(run.out());
  }

  @Test
  void standardInputIsReadWithADash() {
    InputStream saved = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "local self-equivocation detected\nreached a decision\n".getBytes()));
      CliRun run = CliRun.of("--no-history", "doctor", "--log", "-");
      assertThat(run.status()).as(run.toString()).isEqualTo(1);
      assertThat(run.out()).startsWith("F3 log reading of standard input");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void anUnreadableLogIsBadInputInOneLine() throws IOException {
    CliRun missing =
        CliRun.of("--no-history", "doctor", "--log", dir.resolve("none.log").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().strip()).endsWith("none.log: no such file").doesNotContain("\n");

    CliRun folder = CliRun.of("--no-history", "doctor", "--log", dir.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).contains("is a directory, not a log file");

    Path log = fixture(dir, "forest-5042.log");
    CliRun both =
        CliRun.of(
            "--no-history",
            "doctor",
            "--log",
            log.toString(),
            "--rpc",
            "http://127.0.0.1:1/rpc/v1");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give --log, or --rpc or --snapshot, not both");
  }

  @Test
  void withoutALogTheNetworkIsStillRequired() {
    CliRun run = CliRun.of("--no-history", "doctor", "--rpc", "http://127.0.0.1:1/rpc/v1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--network NAME is required");
  }

  @Test
  void theRunLeavesASession() throws Exception {
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));
    Path log = fixture(dir, "mixed.log");
    CliRun run = history.run("doctor", "--log", log.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);

    SessionRecord record = history.last().record();
    assertThat(record.command()).isEqualTo("doctor");
    assertThat(record.verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(record.exitCode()).contains(1);
    assertThat(record.summary()).contains("7 F3 lines (1 problem");
    assertThat(record.sources()).anySatisfy(s -> assertThat(s.spec()).isEqualTo(log.toString()));
  }

  @Test
  void goldenTextAndJson() {
    Path log = fixture(dir, "mixed.log");
    CliRun text = CliRun.of("--no-history", "doctor", "--log", log.toString());
    CliRun json = CliRun.of("--no-history", "doctor", "--log", log.toString(), "--json");
    assertThat(json.status()).isEqualTo(text.status());
    GoldenOutput.assertMatches("doctor-log.txt", GoldenOutput.transcript(text, log));
    GoldenOutput.assertJsonMatches("doctor-log.json", GoldenOutput.normalised(json.out(), log));
  }
}
