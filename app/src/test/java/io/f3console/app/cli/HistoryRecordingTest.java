package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that works on files, snapshots or the demo network leaves a session that {@code
 * history show} explains without rerunning anything.
 */
class HistoryRecordingTest {
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  static final String CID_AFTER_9 =
      "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";
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

  static String mainnetTable() {
    return SharedData.file("mainnet_initial_power_table.json").toString();
  }

  static String mainnetCerts() {
    return SharedData.file("mainnet_certs_0_9.json").toString();
  }

  /** Runs, checks the status, and returns the session it left. */
  StoredSession recorded(int status, String... args) throws Exception {
    CliRun run = history.run(args);
    assertThat(run.status()).as(run.toString()).isEqualTo(status);
    StoredSession session = history.last();
    assertThat(session.record().exitCode()).contains(status);
    assertThat(session.record().output().orElseThrow()).contains(run.out().strip());
    return session;
  }

  @Test
  void powertableCidAndShowKeepTheTableAndItsFigures() throws Exception {
    StoredSession cid = recorded(0, "powertable", "cid", mainnetTable());
    String cidShown = history.showLast();
    StoredSession show = recorded(0, "powertable", "show", mainnetTable(), "--top", "2");
    String showShown = history.showLast();

    assertThat(cid.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(cid.record().command()).isEqualTo("powertable cid");
    assertThat(cid.record().verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(cid.tables())
        .extracting(TableReference::cid, TableReference::entries)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MAINNET_CID, 1560));
    assertThat(cidShown)
        .contains(
            "Session " + cid.id() + ": powertable cid",
            "power table: " + mainnetTable(),
            "computed  " + MAINNET_CID,
            "power table: 1560 entries, CID " + MAINNET_CID);
    assertThat(show.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(showShown)
        .contains(
            "scaled total: 64763 of 65535",
            "quorum threshold: 43176 scaled power",
            "unusable keys: 0",
            "power table: 1560 entries, CID " + MAINNET_CID,
            "| Quorum        43176");
  }

  @Test
  void powertableCheckComparesTheCidsAndRecordsTheProfileKey() throws Exception {
    StoredSession match =
        recorded(0, "powertable", "check", mainnetTable(), "--network", "filecoin");
    String matchShown = history.showLast();
    StoredSession mismatch =
        recorded(
            1,
            "powertable",
            "check",
            SharedData.file("calibnet_old_initial_power_table.json").toString(),
            "--network",
            "mainnet");
    String mismatchShown = history.showLast();

    assertThat(match.record().kind()).isEqualTo(SessionKind.CHECK);
    assertThat(match.record().network()).contains("mainnet");
    assertThat(matchShown).contains("✔ trusted table against mainnet", "expected  " + MAINNET_CID);
    assertThat(mismatch.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(mismatch.record().reason()).contains("CID_MISMATCH");
    assertThat(mismatchShown)
        .contains(
            "✘ trusted table against mainnet",
            "finding: this table is the initial power table of calibnet-2024");
  }

  @Test
  void powertableFromStateKeepsTheComputedTableAndTheStateFacts() throws Exception {
    String car =
        SharedData.file("state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car")
            .toString();
    StoredSession session =
        recorded(0, "powertable", "from-state", car, "--network", "butterfly", "--epoch", "0");
    String shown = history.showLast();

    assertThat(session.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(session.record().command()).isEqualTo("powertable from-state");
    assertThat(session.record().network()).contains("butterfly");
    assertThat(session.tables())
        .extracting(TableReference::cid, TableReference::entries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa", 3));
    assertThat(shown)
        .contains(
            "state root",
            "bafy2bzaceadg6vhazx3meod5irmoh4ucfeq6ej46lay76q2femzhma7i5wdyq",
            "3 INCLUDED");
  }

  @Test
  void powertableDiffKeepsBothTablesAndCountsTheChanges() throws Exception {
    Path initial = dir.resolve("initial.json");
    Path last = dir.resolve("final.cbor");
    PowerTableFiles.write(
        initial,
        demo.initialTable().entries(),
        io.f3console.core.powertable.PowerTableFormat.JSON_ENTRIES);
    PowerTableFiles.write(
        last, demo.finalTable().entries(), io.f3console.core.powertable.PowerTableFormat.DAG_CBOR);
    PowerTableDiff diff = PowerTableDiff.between(demo.initialTable(), demo.finalTable());

    StoredSession session = recorded(0, "powertable", "diff", initial.toString(), last.toString());
    String shown = history.showLast();

    assertThat(session.record().kind()).isEqualTo(SessionKind.COMPARISON);
    assertThat(session.tables())
        .extracting(TableReference::role, TableReference::cid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", demo.initialTable().cid().toString()),
            org.assertj.core.groups.Tuple.tuple("B", demo.finalTable().cid().toString()));
    assertThat(shown)
        .contains(
            "added: " + diff.count(PowerTableDiff.Kind.ADDED),
            "removed: " + diff.count(PowerTableDiff.Kind.REMOVED),
            "power changed: " + diff.count(PowerTableDiff.Kind.POWER_CHANGED),
            "✘ B against A");
  }

  @Test
  void powertableConvertNamesTheFileWritten() throws Exception {
    Path out = dir.resolve("mainnet.cbor");
    StoredSession session =
        recorded(
            0, "powertable", "convert", mainnetTable(), "--to", "cbor", "--out", out.toString());

    assertThat(session.record().kind()).isEqualTo(SessionKind.CONVERSION);
    assertThat(history.showLast())
        .contains(
            "file written: " + out + " (DAG-CBOR, 1560 entries)",
            "power table written",
            "computed  " + MAINNET_CID);
  }

  @Test
  void certsValidateRecordsTheTablesTheCidAndWhereItStopped() throws Exception {
    StoredSession valid =
        recorded(
            0,
            "certs",
            "validate",
            "--network",
            "mainnet",
            "--power-table",
            mainnetTable(),
            mainnetCerts());
    String validShown = history.showLast();
    StoredSession broken =
        recorded(
            1,
            "certs",
            "validate",
            "--network",
            "f3console-demo",
            "demo:broken",
            "--progress-every",
            "0");
    String brokenShown = history.showLast();

    SessionRecord ok = valid.record();
    assertThat(ok.kind()).isEqualTo(SessionKind.VALIDATION);
    assertThat(ok.network()).contains("mainnet");
    assertThat(ok.instanceReached()).contains(9L);
    assertThat(valid.tables())
        .extracting(TableReference::cid)
        .containsExactly(MAINNET_CID, CID_AFTER_9);
    assertThat(validShown)
        .contains(
            "certificates valid: 10",
            "computed  " + CID_AFTER_9,
            "certificates: " + mainnetCerts(),
            "Reached      instance 9");

    SessionRecord bad = broken.record();
    assertThat(bad.verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(bad.reason()).contains("INSUFFICIENT_POWER");
    assertThat(bad.instanceReached()).contains(36L);
    assertThat(bad.network()).contains("demo");
    assertThat(brokenShown)
        .contains(
            "failed (INSUFFICIENT_POWER), exit status 1",
            "failed at instance: 37",
            "certificates: demo:broken",
            "committee of instance 37",
            "Validation stops at instance 37");
  }

  @Test
  void certsShowCountsTheCertificatesShown() throws Exception {
    StoredSession session =
        recorded(0, "certs", "show", mainnetCerts(), "--power-table", mainnetTable());

    assertThat(session.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(session.record().instanceReached()).contains(9L);
    assertThat(history.showLast())
        .contains(
            "certificates shown: 10",
            "Showed 10 certificates, instances 0 to 9",
            "committee of the first certificate: 1560 entries, CID " + MAINNET_CID);
  }

  @Test
  void snapshotInspectValidateAndExportRecordTheSnapshot() throws Exception {
    Path f3snap = dir.resolve("demo.f3snap");
    StoredSession export =
        recorded(
            0,
            "snapshot",
            "export",
            "--from-source",
            "demo:healthy",
            "--out",
            f3snap.toString(),
            "--progress-every",
            "0");
    String exportShown = history.showLast();
    StoredSession inspect = recorded(0, "snapshot", "inspect", f3snap.toString());
    String inspectShown = history.showLast();
    StoredSession validate =
        recorded(
            0,
            "snapshot",
            "validate",
            f3snap.toString(),
            "--network",
            "f3console-demo",
            "--progress-every",
            "0");
    String validateShown = history.showLast();
    int last = demo.certificates().size() - 1;

    assertThat(export.record().kind()).isEqualTo(SessionKind.CONVERSION);
    assertThat(export.record().instanceReached()).contains((long) last);
    assertThat(exportShown)
        .contains(
            "file written: " + f3snap + " (F3 snapshot, ",
            "certificates: demo:healthy",
            "instances: 0 to " + last);
    String snapshotCid = export.record().cids().get(0).computed().orElseThrow();
    assertThat(inspect.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(inspect.record().cids().get(0).computed()).contains(snapshotCid);
    assertThat(inspectShown)
        .contains(
            "import check: passed",
            "snapshot: " + f3snap,
            "initial power table: 150 entries, CID " + demo.initialTable().cid());
    assertThat(validate.record().kind()).isEqualTo(SessionKind.VALIDATION);
    assertThat(validate.record().network()).contains("demo");
    assertThat(validate.tables())
        .extracting(TableReference::cid)
        .contains(demo.initialTable().cid().toString(), demo.finalTable().cid().toString());
    assertThat(validateShown).contains("certificates valid: " + (last + 1), "import check: passed");
  }

  @Test
  void releaseCheckKeepsEachSourcesTableAndTheVerdict() throws Exception {
    StoredSession session =
        recorded(
            0,
            "release-check",
            "--network",
            "mainnet",
            "--candidate",
            MAINNET_CID,
            "--source",
            mainnetTable(),
            "--source",
            mainnetCerts());
    String shown = history.showLast();

    assertThat(session.record().kind()).isEqualTo(SessionKind.RELEASE_CHECK);
    assertThat(session.record().reason()).contains("CONFIRMED");
    assertThat(session.record().network()).contains("mainnet");
    assertThat(session.tables()).extracting(TableReference::cid).containsExactly(MAINNET_CID);
    assertThat(shown)
        .contains(
            "source 1: " + mainnetTable(),
            "source 2: " + mainnetCerts(),
            "✔ initial power table from",
            "Confirmed " + MAINNET_CID);
  }

  @Test
  void catchUpKeepsTheTrustedAndTheFinalTable() throws Exception {
    int last = demo.certificates().size() - 1;
    StoredSession session =
        recorded(
            0,
            "certs",
            "catch-up",
            "--trusted-table",
            "demo:healthy",
            "--instance",
            Integer.toString(last - 5),
            "--certs",
            "demo:healthy",
            "--network",
            "f3console-demo",
            "--progress-every",
            "0");
    String shown = history.showLast();

    assertThat(session.record().kind()).isEqualTo(SessionKind.LATE_START);
    assertThat(session.record().instanceReached()).contains((long) last);
    assertThat(session.tables())
        .extracting(TableReference::role, TableReference::cid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "trusted table", demo.tableOf(last - 5).cid().toString()),
            org.assertj.core.groups.Tuple.tuple(
                "committee of instance " + (last + 1), demo.finalTable().cid().toString()));
    assertThat(shown)
        .contains(
            "start instance: " + (last - 5),
            "certificates valid: 6",
            "trusted table: demo:healthy");
  }

  @Test
  void networksSimulateAndBenchRecordTheirFigures() throws Exception {
    StoredSession networks = recorded(0, "networks");
    String networksShown = history.showLast();
    Path out = dir.resolve("sim");
    StoredSession simulate =
        recorded(
            0,
            "simulate",
            "--participants",
            "6",
            "--instances",
            "3",
            "--network",
            "f3-history",
            "--seed",
            "4",
            "--out",
            out.toString());
    String simulateShown = history.showLast();
    StoredSession bench =
        recorded(
            0,
            "bench",
            "--participants",
            "8",
            "--instances",
            "2",
            "--rounds",
            "1",
            "--threads",
            "1");
    String benchShown = history.showLast();

    assertThat(networks.record().kind()).isEqualTo(SessionKind.INSPECTION);
    assertThat(networksShown)
        .contains(
            "mainnet: F3 network filecoin, bootstrap epoch 4920480"
                + ", initial power table "
                + MAINNET_CID);
    PowerTable initial = PowerTableFiles.read(out.resolve("initial_power_table.json")).toTable();
    assertThat(simulate.record().kind()).isEqualTo(SessionKind.SIMULATION);
    assertThat(simulate.record().network()).contains("f3-history");
    assertThat(simulate.tables())
        .hasSize(2)
        .first()
        .satisfies(t -> assertThat(t.cid()).isEqualTo(initial.cid().toString()));
    assertThat(simulateShown)
        .contains(
            "seed: 4",
            "participants: 6",
            "certificates: 3",
            "files written: " + out.resolve("initial_power_table.json"));
    assertThat(bench.record().kind()).isEqualTo(SessionKind.BENCHMARK);
    assertThat(benchShown)
        .contains(
            "chain: 2 certificates, 8 participants", "validator with 1 thread: ", "certificates/s");
  }

  @Test
  void aFailureIsRecordedWithItsReasonAndMessage() throws Exception {
    Path missing = dir.resolve("missing.json");
    StoredSession unreadable = recorded(2, "powertable", "cid", missing.toString());
    StoredSession usage = recorded(2, "powertable", "show", mainnetTable(), "--top", "-1");

    assertThat(unreadable.record().verdict()).isEqualTo(SessionVerdict.BAD_INPUT);
    assertThat(unreadable.record().reason()).isPresent();
    assertThat(unreadable.record().summary()).contains(missing.toString());
    assertThat(unreadable.record().output().orElseThrow()).contains("f3console: ");
    assertThat(usage.record().reason()).contains("USAGE");
    assertThat(usage.record().summary()).isEqualTo("--top must not be negative");
  }

  @Test
  void helpHistoryAndUnparsableCommandLinesLeaveNoSession() throws Exception {
    assertThat(history.run("powertable", "cid", mainnetTable()).status()).isZero();
    long before = history.sessions().size();

    assertThat(history.run("--help").status()).isZero();
    assertThat(history.run("certs", "validate", "--help").status()).isZero();
    assertThat(history.run("help", "certs").status()).isZero();
    assertThat(history.run("--version").status()).isZero();
    assertThat(history.run("powertable").status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(history.run("history", "list").status()).isZero();
    assertThat(history.run("powertable", "cid", "--no-such-option").status()).isEqualTo(2);

    assertThat(history.sessions()).hasSize((int) before);
  }

  @Test
  void theArgumentsAreKeptAsGiven() throws Exception {
    StoredSession session = recorded(0, "powertable", "cid", "demo:healthy");

    assertThat(session.record().arguments())
        .isEqualTo("powertable cid demo:healthy --db " + history.db());
    assertThat(session.record().sources().get(0).spec()).isEqualTo("demo:healthy");
    assertThat(session.record().instanceReached()).isEqualTo(Optional.empty());
  }
}
