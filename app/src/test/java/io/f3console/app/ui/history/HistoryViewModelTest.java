package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History view's state without a screen: a real history database in a temporary folder, the
 * real workspace loader (sessions it finishes are recorded there), jobs on the test's thread.
 */
class HistoryViewModelTest {
  @TempDir Path dir;
  private final SameThreadRunner runner = new SameThreadRunner();
  private final Workspace workspace = new Workspace();
  private final BooleanProperty shown = new SimpleBooleanProperty(true);
  private final List<String> notices = new ArrayList<>();
  private final List<Page> pages = new ArrayList<>();
  private StoreHistory history;
  private WorkspaceLoader loader;
  private HistoryViewModel model;

  @BeforeEach
  void open() throws Exception {
    Path database = dir.resolve("history.db");
    history = new StoreHistory(database);
    loader =
        new WorkspaceLoader(
            workspace,
            runner,
            NetworkProfiles.builtIn(),
            DemoNetwork.builtIn(),
            history,
            PublishedTables.besideHistory(database));
    model = new HistoryViewModel(history, loader, runner, shown, notices::add, pages::add);
  }

  @AfterEach
  void close() {
    history.close();
  }

  /** Writes {@code record} as another process would: the console is not told. */
  private long written(SessionRecord.Builder record) throws Exception {
    return history.store().record(record.build());
  }

  private static SessionRecord.Builder cli(SessionKind kind, String command) {
    return SessionRecord.builder(SessionOrigin.CLI, kind, command);
  }

  private void select(long id) {
    model
        .selectedProperty()
        .set(model.sessions().stream().filter(s -> s.id() == id).findFirst().orElseThrow());
  }

  /**
   * A row as a newer version might write it (a kind, origin, verdict and trust word this version
   * does not know, an end before the start), put in with plain SQL, the schema's CHECKs set aside.
   */
  private long writtenByANewerVersion() throws Exception {
    try (java.sql.Connection connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + history.store().file());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA ignore_check_constraints = ON");
      statement.executeUpdate(
          "INSERT INTO sessions (started_at, finished_at, origin, kind, command, arguments,"
              + " network, verdict, reason, summary, exit_code, output, trust) VALUES"
              + " (9223372036854775807, -9223372036854775808, 'api', 'audit', 'audit run', '',"
              + " 'mainnet', 'SKIPPED', NULL, 'Audited', 0, 'done', 'probable')");
      try (java.sql.ResultSet id = statement.executeQuery("SELECT max(id) FROM sessions")) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  @Test
  void aSessionOfANewerVersionIsListedAndShownWithWhatCannotBeReadUnknown() throws Exception {
    long id = writtenByANewerVersion();

    model.refresh();
    select(id);

    assertThat(model.sessions())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.kind()).isEqualTo(SessionKind.UNKNOWN);
              assertThat(row.origin()).isEqualTo(SessionOrigin.UNKNOWN);
              assertThat(row.verdict()).isEqualTo(SessionVerdict.UNKNOWN);
              assertThat(row.trust()).isEmpty();
              assertThat(row.durationMillis()).isEmpty();
              assertThat(row.summary()).isEqualTo("Audited");
            });
    StoredSession details = model.detailsProperty().get();
    assertThat(details.id()).isEqualTo(id);
    assertThat(SessionReport.took(details.record())).isEqualTo("unknown");
    assertThat(SessionReport.markdown(details)).contains("Audited").contains("unknown");
    assertThat(model.kinds()).doesNotContain(SessionKind.UNKNOWN.label());
  }

  @Test
  void theListIsNewestFirstAndRefreshBringsSessionsOfOtherProcesses() throws Exception {
    assertThat(model.countProperty().get()).isEqualTo("0 sessions");
    long first = written(cli(SessionKind.CHECK, "powertable check").network("mainnet"));
    assertThat(model.sessions()).isEmpty();

    model.refresh();
    assertThat(model.countProperty().get()).isEqualTo("1 session");
    long second = written(cli(SessionKind.DOCTOR, "doctor"));
    long third = written(cli(SessionKind.FETCH, "certs fetch"));
    model.refresh();
    assertThat(model.sessions())
        .extracting(SessionSummary::id)
        .containsExactly(third, second, first);
    assertThat(model.countProperty().get()).isEqualTo("3 sessions");
    assertThat(model.sessions()).isEqualTo(history.store().list(SessionQuery.all()));
  }

  @Test
  void aSessionThisConsoleRecordsAppearsAtOnceWhileShownAndElseWhenShownAgain() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.HEALTHY);
    assertThat(model.sessions())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.origin()).isEqualTo(SessionOrigin.CONSOLE);
              assertThat(row.kind()).isEqualTo(SessionKind.VALIDATION);
              assertThat(row.command()).isEqualTo("open demo:healthy");
              assertThat(row.verdict()).isEqualTo(SessionVerdict.PASSED);
            });

    shown.set(false);
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    List<String> readsWhileHidden = runner.titles();
    assertThat(model.sessions()).hasSize(1);
    shown.set(true);
    assertThat(model.sessions()).hasSize(2);
    assertThat(model.sessions().get(0).command()).isEqualTo("open demo:broken");
    assertThat(runner.titles().subList(readsWhileHidden.size(), runner.titles().size()))
        .containsExactly("Reading the history");
  }

  @Test
  void theFiltersSelectByTextNetworkKindAndTime() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.HEALTHY);
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    written(
        cli(SessionKind.DOCTOR, "doctor")
            .network("calibrationnet")
            .verdict(SessionVerdict.UNREACHABLE)
            .summary("the node does not answer"));
    SessionRecord old = cli(SessionKind.CHECK, "powertable check").summary("long ago").build();
    Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
    history
        .store()
        .record(
            new SessionRecord(
                tenDaysAgo,
                tenDaysAgo.plusSeconds(1),
                old.origin(),
                old.kind(),
                old.command(),
                old.arguments(),
                old.network(),
                old.verdict(),
                old.reason(),
                old.trust(),
                old.summary(),
                old.exitCode(),
                old.instanceReached(),
                old.sources(),
                old.cids(),
                old.tables(),
                old.facts(),
                old.output()));
    model.refresh();
    assertThat(model.sessions()).hasSize(4);

    model.filterTextProperty().set("broken");
    assertThat(model.sessions())
        .extracting(SessionSummary::command)
        .containsExactly("open demo:broken");
    model.filterTextProperty().set("");

    assertThat(model.networks())
        .contains(
            HistoryViewModel.ALL_NETWORKS, "mainnet", "calibrationnet", DemoNetwork.PROFILE_KEY);
    model.networkProperty().set("calibrationnet");
    assertThat(model.sessions())
        .singleElement()
        .satisfies(s -> assertThat(s.verdict()).isEqualTo(SessionVerdict.UNREACHABLE));
    model.networkProperty().set(HistoryViewModel.ALL_NETWORKS);

    assertThat(model.kinds()).first().isEqualTo(HistoryViewModel.ALL_KINDS);
    model.kindProperty().set(SessionKind.VALIDATION.label());
    assertThat(model.sessions())
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.kind()).isEqualTo(SessionKind.VALIDATION));
    model.kindProperty().set(HistoryViewModel.ALL_KINDS);

    model.sinceProperty().set(SinceChoice.WEEK);
    assertThat(model.sessions()).hasSize(3).noneMatch(s -> s.summary().equals("long ago"));
    model.sinceProperty().set(SinceChoice.MONTH);
    assertThat(model.sessions()).hasSize(4);
    assertThat(SinceChoice.TODAY.from(Instant.parse("2026-03-04T05:06:07Z")))
        .contains(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(SinceChoice.WEEK.from(Instant.parse("2026-03-08T05:06:07Z")))
        .contains(Instant.parse("2026-03-01T05:06:07Z"));
    assertThat(SinceChoice.ALL.from(Instant.now())).isEmpty();
  }

  @Test
  void theSelectedSessionIsReadInFullAndKeptAcrossARefresh() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.BROKEN);
    long id = model.sessions().get(0).id();
    assertThat(model.detailsProperty().get()).isNull();

    select(id);
    StoredSession details = model.detailsProperty().get();
    assertThat(details.id()).isEqualTo(id);
    assertThat(details.record().reason()).contains("INSUFFICIENT_POWER");
    assertThat(details.record().instanceReached()).contains(36L);
    // the committee reached is that of the instance that failed, not the chain's last
    assertThat(details.tables())
        .extracting(TableReference::role)
        .containsExactly("initial", "final committee");
    assertThat(details.tables().get(1).instance()).contains(37L);
    assertThat(details.tables().get(0).cid()).isEqualTo(chain.initialTable().cid().toString());

    written(cli(SessionKind.DOCTOR, "doctor"));
    model.refresh();
    assertThat(model.sessions()).hasSize(2);
    assertThat(model.selectedProperty().get().id()).isEqualTo(id);
    assertThat(model.detailsProperty().get().id()).isEqualTo(id);

    model.selectedProperty().set(null);
    assertThat(model.detailsProperty().get()).isNull();
  }

  @Test
  void aNoteIsCheckedStoredForGoodAndShownAtOnce() throws Exception {
    assertThat(model.actions().addNote("too early", () -> {})).contains("Select a session first.");
    long id = written(cli(SessionKind.VALIDATION, "open demo:broken"));
    model.refresh();
    select(id);
    assertThat(model.actions().addNote("  ", () -> {})).contains("Write the note first.");
    assertThat(
            model
                .actions()
                .addNote(
                    "x".repeat(io.f3console.core.history.SessionNote.MAX_LENGTH + 1), () -> {}))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("A note is at most"));

    String note = "Instance 37 lacks power: the demo breaks it on purpose.";
    List<String> done = new ArrayList<>();
    assertThat(model.actions().addNote(note, () -> done.add("cleared"))).isEmpty();

    assertThat(done).containsExactly("cleared");
    assertThat(model.detailsProperty().get().notes())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo(note));
    assertThat(history.store().find(id).orElseThrow().notes())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo(note));
    assertThat(model.sessions().get(0).notes()).isEqualTo(1);
    assertThat(notices).contains("Note added to session " + id);
  }

  @Test
  void exportWritesMarkdownAndJsonThatSayWhatTheStoreHolds() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    long id = model.sessions().get(0).id();
    Path markdown = dir.resolve("session.md");
    assertThat(model.actions().export(markdown, SessionReport.Format.MARKDOWN))
        .contains("Select a session first.");
    select(id);
    Path json = dir.resolve("session.json");

    assertThat(model.actions().export(markdown, SessionActions.formatOf(markdown))).isEmpty();
    assertThat(model.actions().export(json, SessionActions.formatOf(json))).isEmpty();

    StoredSession stored = history.store().find(id).orElseThrow();
    assertThat(Files.readString(markdown))
        .isEqualTo(SessionReport.markdown(stored))
        .startsWith("# Session " + id + ": open demo:broken")
        .contains("| Reason | `INSUFFICIENT_POWER` |")
        .contains("| Instance reached | 36 |");
    JsonNode tree = new ObjectMapper().readTree(json.toFile());
    assertThat(tree.get("id").asLong()).isEqualTo(id);
    assertThat(tree.get("verdict").asText()).isEqualTo("FAILED");
    assertThat(tree.get("reason").asText()).isEqualTo("INSUFFICIENT_POWER");
    assertThat(tree.get("instanceReached").asText()).isEqualTo("36");
    assertThat(tree.get("powerTables")).hasSize(2);
    assertThat(Files.readString(json)).isEqualTo(SessionReport.json(stored));
    assertThat(notices)
        .contains(
            "Session " + id + " exported to session.md",
            "Session " + id + " exported to session.json");
    assertThat(SessionActions.formatOf(Path.of("a.JSON"))).isEqualTo(SessionReport.Format.JSON);
    assertThat(SessionActions.formatOf(Path.of("a.txt"))).isEqualTo(SessionReport.Format.MARKDOWN);
  }

  @Test
  void aDoctorSessionsExportNamesItsFindingsAndCidsInWords() throws Exception {
    long id =
        written(
            cli(SessionKind.DOCTOR, "doctor")
                .network("mainnet")
                .verdict(SessionVerdict.FAILED)
                .reason("certificate-0")
                .summary("Doctor on a node")
                .fact("certificate-0", "PASS: certificate 0 has the expected base.")
                .cid(RecordedCid.computed("certificate-0: basePowerTable", "bafy2bzacebase")));
    model.refresh();
    select(id);
    Path markdown = dir.resolve("doctor.md");
    model.actions().export(markdown, SessionActions.formatOf(markdown));
    assertThat(Files.readString(markdown))
        .contains("| Certificate 0 · base power table | `bafy2bzacebase` |")
        .contains("- Certificate 0: PASS")
        .doesNotContain("basePowerTable", "Expected");
  }

  @Test
  void reopeningSourcesOpensTheRecordedFilesAgainAndSaysWhenOneIsGone() throws Exception {
    Path table =
        Files.copy(SharedData.file("mainnet_initial_power_table.json"), dir.resolve("table.json"));
    Path certificates =
        Files.copy(SharedData.file("mainnet_certs_0_9.json"), dir.resolve("certs.json"));
    loader.openFiles(List.of(table, certificates));
    loader.openDemo(DemoNetwork.Scenario.HEALTHY);
    assertThat(model.actions().reopenSources()).contains("Select a session first.");
    SessionSummary files = model.sessions().get(1);
    assertThat(files.command()).isEqualTo("open files");
    assertThat(files.kind()).isEqualTo(SessionKind.VALIDATION);
    assertThat(files.network()).contains("mainnet");

    select(files.id());
    assertThat(model.actions().reopenSources()).isEmpty();
    assertThat(pages).containsExactly(Page.OVERVIEW);
    assertThat(workspace.sources())
        .containsExactly(
            "file:" + table.toAbsolutePath().normalize(),
            "file:" + certificates.toAbsolutePath().normalize());
    assertThat(workspace.chain().orElseThrow().inspection().orElseThrow().result().valid())
        .isTrue();

    Files.delete(certificates);
    select(files.id());
    assertThat(model.actions().reopenSources())
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .contains("no longer exists")
                    .contains(certificates.toString())
                    .contains("session " + files.id()));
    assertThat(pages).containsExactly(Page.OVERVIEW);
  }

  @Test
  void reopeningADemoSessionOpensThatDemoAgain() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    loader.openDemo(DemoNetwork.Scenario.HEALTHY);
    select(model.sessions().get(1).id());

    assertThat(model.actions().reopenSources()).isEmpty();

    assertThat(workspace.sources()).containsExactly("demo:broken");
    assertThat(workspace.synthetic()).isTrue();
  }

  @Test
  void aKeptTableOpensAsTheWorkspacesTableInThePowerTableView() throws Exception {
    loader.openDemo(DemoNetwork.Scenario.BROKEN);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.BROKEN);
    long id = model.sessions().get(0).id();
    select(id);
    TableReference finalCommittee = model.detailsProperty().get().tables().get(1);

    model.actions().openTable(finalCommittee);

    assertThat(pages).containsExactly(Page.POWER_TABLE);
    LoadedTable open = workspace.table().orElseThrow();
    assertThat(open.source()).isEqualTo("history:" + id + ":" + finalCommittee.cid());
    assertThat(open.instance()).isEqualTo(37L);
    assertThat(open.table().cid().toString()).isEqualTo(finalCommittee.cid());
    assertThat(open.table()).isEqualTo(history.store().table(finalCommittee.cid()).orElseThrow());
    assertThat(open.table().cid()).isNotEqualTo(chain.initialTable().cid());
  }

  @Test
  void theStatusSaysWhereTheHistoryIsOrWhyItCannotBeUsed() throws Exception {
    written(cli(SessionKind.DOCTOR, "doctor"));
    model.refresh();
    assertThat(model.statusProperty().get())
        .startsWith("Sessions of the console and the" + " command line, kept in history.db");
    assertThat(model.statusToneProperty().get()).isEqualTo(Tone.MUTED);
    assertThat(model.file()).contains(dir.resolve("history.db"));

    history.notRecorded("A session could not be recorded: the disk is full");
    assertThat(model.statusProperty().get())
        .isEqualTo("⚠ A session could not be recorded: the disk is full");
    assertThat(model.statusToneProperty().get()).isEqualTo(Tone.WARNING);

    history.fail("the database is of a newer schema.");
    assertThat(model.statusProperty().get())
        .startsWith("✘ The history is unavailable: the" + " database is of a newer schema.");
    assertThat(model.statusToneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.sessions()).isEmpty();
    assertThat(model.countProperty().get()).isEmpty();
    assertThat(runner.failures()).isEmpty();
  }
}
