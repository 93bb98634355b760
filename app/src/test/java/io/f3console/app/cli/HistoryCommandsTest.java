package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history list|show|export|note|table} on sessions recorded by real runs. */
class HistoryCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MAINNET_CID = HistoryRecordingTest.MAINNET_CID;
  static SyntheticChain demo;

  @TempDir Path dir;

  RecordedRuns history;

  @BeforeAll
  static void generate() throws Exception {
    demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  @BeforeEach
  void database() {
    history = new RecordedRuns(dir.resolve("history.db"));
  }

  /** Three sessions: a mainnet check (1), a calibnet-2024 check (2), a demo validation (3). */
  void recordThree() {
    String mainnet = SharedData.file("mainnet_initial_power_table.json").toString();
    String calibnet = SharedData.file("calibnet_old_initial_power_table.json").toString();
    assertThat(history.run("powertable", "check", mainnet, "--network", "mainnet").status())
        .isZero();
    assertThat(history.run("powertable", "check", calibnet, "--network", "calibnet-old").status())
        .isZero();
    assertThat(
            history
                .run(
                    "certs",
                    "validate",
                    "--network",
                    "f3console-demo",
                    "demo:broken",
                    "--progress-every",
                    "0")
                .status())
        .isEqualTo(1);
  }

  List<Long> listed(String... filters) throws Exception {
    String[] args = new String[filters.length + 3];
    args[0] = "history";
    args[1] = "list";
    args[2] = "--json";
    System.arraycopy(filters, 0, args, 3, filters.length);
    CliRun run = history.run(args);
    assertThat(run.status()).as(run.toString()).isZero();
    List<Long> ids = new java.util.ArrayList<>();
    JSON.readTree(run.out()).get("sessions").forEach(s -> ids.add(s.get("id").asLong()));
    return ids;
  }

  @Test
  void listShowsTheSessionsNewestFirstWithTheirVerdicts() {
    recordThree();

    CliRun run = history.run("history", "list");

    assertThat(run.status()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("id  started (UTC)")
        .contains("kind", "command", "network", "verdict", "reason", "notes", "summary");
    assertThat(lines.get(1))
        .startsWith(" 3  ")
        .contains("validation", "certs validate", "demo", "failed", "INSUFFICIENT_POWER");
    assertThat(lines.get(2)).startsWith(" 2  ").contains("check", "calibnet-2024", "passed");
    assertThat(lines.get(3)).startsWith(" 1  ").contains("powertable check", "mainnet");
    assertThat(lines).hasSize(4);
  }

  @Test
  void listFiltersByNetworkIncludingAliasesAndF3NamesByKindAndByText() throws Exception {
    recordThree();

    assertThat(listed("--network", "calibnet-old")).containsExactly(2L);
    assertThat(listed("--network", "calibnet-2024")).containsExactly(2L);
    assertThat(listed("--network", "calibrationnet")).containsExactly(2L);
    assertThat(listed("--network", "filecoin")).containsExactly(1L);
    assertThat(listed("--network", "demo")).containsExactly(3L);
    assertThat(listed("--network", "f3console-demo")).containsExactly(3L);
    assertThat(listed("--kind", "check")).containsExactly(2L, 1L);
    assertThat(listed("--kind", "VALIDATION")).containsExactly(3L);
    assertThat(listed("--grep", "insufficient")).containsExactly(3L);
    assertThat(listed("--grep", MAINNET_CID)).containsExactly(1L);
    assertThat(listed("--kind", "check", "--network", "mainnet")).containsExactly(1L);
    assertThat(listed("--limit", "2")).containsExactly(3L, 2L);
    CliRun limited = history.run("history", "list", "--limit", "1");
    assertThat(limited.out()).contains("older sessions not shown");
    CliRun none = history.run("history", "list", "--kind", "benchmark");
    assertThat(none.out()).isEqualTo("No sessions match in " + history.db() + ".\n");
  }

  @Test
  void listFiltersByDateAndBySpanBackFromNow() throws Exception {
    recordThree();
    Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + history.db());
        Statement statement = sql.createStatement()) {
      statement.executeUpdate(
          "UPDATE sessions SET started_at = "
              + tenDaysAgo.toEpochMilli()
              + ", finished_at = "
              + tenDaysAgo.toEpochMilli()
              + " WHERE id = 1");
    }
    String fiveDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(5).toString();
    String twentyDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(20).toString();

    assertThat(listed("--since", "7d")).containsExactly(3L, 2L);
    assertThat(listed("--since", "30m")).containsExactly(3L, 2L);
    assertThat(listed("--since", "11d")).containsExactly(3L, 2L, 1L);
    assertThat(listed("--since", fiveDaysAgo)).containsExactly(3L, 2L);
    assertThat(listed("--since", twentyDaysAgo)).containsExactly(3L, 2L, 1L);
    assertThat(listed("--since", Instant.now().plus(Duration.ofHours(1)).toString())).isEmpty();
    assertThat(listed("--since", fiveDaysAgo + "T00:00")).containsExactly(3L, 2L);
  }

  @Test
  void badFiltersAreBadInputThatNamesWhatIsAccepted() {
    recordThree();

    CliRun kind = history.run("history", "list", "--kind", "validations");
    CliRun since = history.run("history", "list", "--since", "yesterday");
    CliRun limit = history.run("history", "list", "--limit", "0");

    assertThat(kind.status()).isEqualTo(2);
    assertThat(kind.err())
        .contains(
            "'validations' is not a kind of session",
            "inspection, check, comparison, validation, doctor, release-check, late-start, fetch,"
                + " conversion, simulation, benchmark");
    assertThat(since.status()).isEqualTo(2);
    assertThat(since.err()).contains("'yesterday' is not a time", "30m, 24h, 7d");
    assertThat(limit.status()).isEqualTo(2);
  }

  @Test
  void showAndExportTellTheSameSessionAsTextMarkdownAndJson() throws Exception {
    recordThree();
    Path exported = dir.resolve("session.md");

    CliRun show = history.run("history", "show", "3");
    CliRun showJson = history.run("history", "show", "3", "--json");
    CliRun markdown = history.run("history", "export", "3", "--format", "md");
    CliRun json = history.run("history", "export", "3", "--format", "json");
    CliRun toFile = history.run("history", "export", "3", "--out", exported.toString());
    CliRun again = history.run("history", "export", "3", "--out", exported.toString());

    assertThat(show.status()).as(show.toString()).isZero();
    assertThat(show.out())
        .startsWith(
            "Session 3: certs validate\nValidation stops at instance 37" + " (INSUFFICIENT_POWER)")
        .contains(
            "Verdict      failed (INSUFFICIENT_POWER), exit" + " status 1",
            "Network      demo",
            "Reached      instance 36");
    assertThat(markdown.out())
        .startsWith("# Session 3: certs validate")
        .contains(
            "| Reason | `INSUFFICIENT_POWER` |",
            "| Instance reached | 36 |",
            "## Power tables kept");
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("id").asLong()).isEqualTo(3);
    assertThat(node.get("kind").asText()).isEqualTo("validation");
    assertThat(node.get("verdict").asText()).isEqualTo("FAILED");
    assertThat(node.get("reason").asText()).isEqualTo("INSUFFICIENT_POWER");
    assertThat(node.get("instanceReached").longValue()).isEqualTo(36);
    assertThat(node.get("exitCode").asInt()).isEqualTo(1);
    assertThat(node.get("network").asText()).isEqualTo("demo");
    assertThat(node.get("powerTables").get(0).get("cid").asText())
        .isEqualTo(demo.initialTable().cid().toString());
    assertThat(node.get("sources").get(0).get("source").asText()).isEqualTo("demo:broken");
    assertThat(node.get("output").asText()).contains("INVALID: the certificate for instance 37");
    assertThat(JSON.readTree(showJson.out())).isEqualTo(node);
    assertThat(toFile.out()).isEqualTo("Wrote session 3 as Markdown to " + exported + "\n");
    assertThat(Files.readString(exported)).isEqualTo(markdown.out());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void showAndExportNameADoctorSessionsFindingsAndCidsInTheConsolesWords() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
      store.record(
          io.f3console.core.history.SessionRecord.builder(
                  io.f3console.core.history.SessionOrigin.CLI,
                  io.f3console.core.history.SessionKind.DOCTOR,
                  "doctor")
              .network("mainnet")
              .verdict(io.f3console.core.history.SessionVerdict.PASSED)
              .summary("Doctor on a node")
              .fact("certificate-0", "PASS: certificate 0 has the expected base.")
              .cid(
                  io.f3console.core.history.RecordedCid.computed(
                      "certificate-0: basePowerTable", "bafy2bzacebase"))
              .build());
    }

    CliRun show = history.run("history", "show", "1");
    CliRun markdown = history.run("history", "export", "1", "--format", "md");

    assertThat(show.status()).as(show.toString()).isZero();
    assertThat(show.out())
        .contains("  Certificate 0 · base power table\n", "  Certificate 0: PASS")
        .doesNotContain("basePowerTable", "expected  ");
    assertThat(markdown.out())
        .contains("| Certificate 0 · base power table |", "- Certificate 0: PASS")
        .doesNotContain("basePowerTable", "Expected");
  }

  @Test
  void notesAreAddedToASessionAndShownWithIt() throws Exception {
    recordThree();

    CliRun note = history.run("history", "note", "2", "checked", "with", "the", "release", "team");
    CliRun second = history.run("history", "note", "2", "ticket F3-12");

    assertThat(note.status()).as(note.toString()).isZero();
    assertThat(note.out()).isEqualTo("Added note 1 to session 2\n");
    assertThat(second.out()).isEqualTo("Added note 2 to session 2\n");
    assertThat(history.run("history", "show", "2").out())
        .contains("Notes", ": checked with the release team", ": ticket F3-12");
    assertThat(listed("--kind", "check")).containsExactly(2L, 1L);
    assertThat(history.sessions())
        .filteredOn(s -> s.id() == 2)
        .extracting(SessionSummary::notes)
        .containsExactly(2);
  }

  @Test
  void anUnknownSessionOrAMissingDatabaseIsBadInput() {
    CliRun before = history.run("history", "show", "1");
    CliRun list = history.run("history", "list");
    recordThree();
    CliRun show = history.run("history", "show", "42");
    CliRun export = history.run("history", "export", "42", "--format", "json");
    CliRun note = history.run("history", "note", "42", "hello");
    CliRun empty = history.run("history", "note", "1", " ");

    assertThat(before.status()).isEqualTo(2);
    assertThat(before.err()).contains("there is no history database at " + history.db());
    assertThat(list.status()).isZero();
    assertThat(list.out()).isEqualTo("No sessions recorded in " + history.db() + ".\n");
    for (CliRun run : List.of(show, export, note)) {
      assertThat(run.status()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("there is no session 42 in " + history.db());
    }
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).contains("a note needs some text");
  }

  @Test
  void aKeptTableIsWrittenWithItsCidAndTwoOfThemDiff() throws Exception {
    recordThree();
    String initial = demo.initialTable().cid().toString();
    String committee37 = demo.tableOf(37).cid().toString();
    Path json = dir.resolve("initial.json");
    Path cbor = dir.resolve("committee37.cbor");

    CliRun first = history.run("history", "table", initial, "--out", json.toString());
    CliRun second = history.run("history", "table", committee37, "--out", cbor.toString());
    CliRun diff =
        history.run("powertable", "diff", json.toString(), cbor.toString(), "--no-history");
    CliRun unknown =
        history.run(
            "history",
            "table",
            MAINNET_CID.replace("klg", "klh"),
            "--out",
            dir.resolve("x.json").toString());
    CliRun malformed =
        history.run("history", "table", "not-a-cid", "--out", dir.resolve("y.json").toString());

    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.out())
        .contains(
            "Wrote the power table (150 entries) as JSON entries to " + json, "Seen by session 3");
    assertThat(first.lastLine()).isEqualTo(initial);
    assertThat(PowerTableFiles.read(json).toTable().cid().toString()).isEqualTo(initial);
    assertThat(PowerTableFiles.read(cbor).format().name()).isEqualTo("DAG_CBOR");
    assertThat(PowerTableFiles.read(cbor).toTable().cid().toString()).isEqualTo(committee37);
    assertThat(diff.status()).as(diff.toString()).isZero();
    assertThat(diff.out()).contains("A  " + initial, "B  " + committee37, " added, ");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no power table with CID");
    assertThat(malformed.status()).isEqualTo(2);
    assertThat(malformed.err()).contains("not-a-cid");
    assertThat(history.sessions()).hasSize(3);
  }

  @Test
  void noHistoryRecordsNothingAndNeverCreatesTheFile() throws Exception {
    Path db = dir.resolve("sub").resolve("never.db");

    CliRun run =
        CliRun.of("powertable", "cid", "demo:healthy", "--no-history", "--db", db.toString());
    CliRun before = CliRun.of("--no-history", "networks", "--db", db.toString());

    assertThat(run.status()).isZero();
    assertThat(before.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(db).doesNotExist();
    assertThat(db.getParent()).doesNotExist();
  }

  @Test
  void anUnusableDatabaseCostsOneWarningAndNeverTheResult() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a-folder.db"));
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a database\n");
    Path newer = dir.resolve("newer.db");
    HistoryStore.open(newer).close();
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement statement = sql.createStatement()) {
      statement.executeUpdate("PRAGMA user_version = 99");
    }
    String mainnet = SharedData.file("mainnet_initial_power_table.json").toString();
    String calibnet = SharedData.file("calibnet_old_initial_power_table.json").toString();
    CliRun plain = CliRun.of("powertable", "cid", mainnet, "--no-history");
    CliRun wrong =
        CliRun.of("powertable", "check", calibnet, "--network", "mainnet", "--no-history");

    for (Path db : List.of(folder, text, newer)) {
      CliRun run = CliRun.of("powertable", "cid", mainnet, "--db", db.toString());
      CliRun failing =
          CliRun.of("powertable", "check", calibnet, "--network", "mainnet", "--db", db.toString());

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out()).isEqualTo(plain.out());
      assertThat(run.err()).startsWith(RunRecorder.WARNING).contains(db.toString());
      assertThat(run.err().lines()).hasSize(1);
      assertThat(failing.status()).isEqualTo(1);
      assertThat(failing.out()).isEqualTo(wrong.out());
    }
    assertThat(Files.readString(text)).isEqualTo("not a database\n");
    CliRun refused = CliRun.of("history", "list", "--db", newer.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("schema version 99", "newer");
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement statement = sql.createStatement();
        var rows = statement.executeQuery("SELECT count(*) FROM sessions")) {
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void everyCommandThatDoesWorkLeavesASessionOfSomeKind() {
    picocli.CommandLine root = F3ConsoleCommand.fullCommandLine();
    List<String> unrecorded = new java.util.ArrayList<>();
    walk(root, unrecorded);

    assertThat(unrecorded)
        .containsExactlyInAnyOrder(
            "history list",
            "history show",
            "history export",
            "history note",
            "history table",
            "help");
  }

  private static void walk(picocli.CommandLine line, List<String> unrecorded) {
    if (line.getSubcommands().isEmpty()) {
      if (CommandKinds.of(line.getCommand()).isEmpty()) {
        String name = line.getCommandSpec().qualifiedName();
        unrecorded.add(name.substring(name.indexOf(' ') + 1));
      }
      return;
    }
    line.getSubcommands().values().forEach(sub -> walk(sub, unrecorded));
  }
}
