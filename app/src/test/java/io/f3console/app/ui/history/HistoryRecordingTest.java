package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.RecordedSource;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.validation.FailureReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each view's work leaves a session, as it happens, that says what the view showed. */
@ExtendWith(ApplicationExtension.class)
class HistoryRecordingTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  private static final String TOKEN = "s3cr3t-console-token-4711";
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void aDoctorRunIsRecordedWithItsFirstFailingCheckAndNeverTheToken(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable()).requireToken(TOKEN);
      DoctorReport expected;
      try (LotusRpcClient client =
          LotusRpcClient.connect(node.endpoint(), SourceOptions.defaults().withToken(TOKEN))) {
        expected =
            new Doctor(
                    client,
                    NetworkSelection.of(console.context().workspace().network()),
                    DoctorOptions.defaults().withProgressPause(Duration.ZERO))
                .run();
      }
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(
          () -> {
            robot
                .lookup("#doctor-endpoint")
                .queryAs(TextField.class)
                .setText(node.endpoint().toString());
            robot.lookup("#doctor-token").queryAs(PasswordField.class).setText(TOKEN);
          });
      robot.clickOn("#doctor-run");
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () -> robot.lookup("#doctor-verdict").queryAs(Label.class).getText().startsWith("✘"));
      console.awaitIdle();

      StoredSession session = only(SessionKind.DOCTOR);
      DoctorCheck firstFailure =
          expected.checks().stream()
              .filter(c -> c.verdict() == CheckVerdict.FAIL)
              .findFirst()
              .orElseThrow();
      assertThat(session.record().command()).isEqualTo("Doctor view");
      assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(session.record().reason()).contains(firstFailure.id());
      assertThat(session.record().network()).contains(DemoNetwork.PROFILE_KEY);
      assertThat(session.record().sources())
          .extracting(RecordedSource::spec)
          .containsExactly("rpc:" + node.endpoint());
      assertThat(session.record().facts())
          .extracting(f -> f.name())
          .containsAll(expected.checks().stream().map(DoctorCheck::id).toList());
      assertThat(SessionReport.json(session)).doesNotContain(TOKEN);
      assertNoTokenInTheDatabaseFiles();
    }
  }

  @Test
  void aNodeOpenedWithATokenIsRecordedWithoutIt() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.requireToken(TOKEN);
      SourceSpec spec = SourceSpec.parse("rpc:" + node.endpoint());
      WaitForAsyncUtils.asyncFx(
          () ->
              console
                  .context()
                  .loader()
                  .openSource(
                      spec,
                      SourceOptions.defaults().withToken(TOKEN),
                      Optional.of(new InstanceRange(0, 5))));
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();

      StoredSession session = only(SessionKind.VALIDATION);
      assertThat(session.record().command()).isEqualTo("open " + spec);
      assertThat(session.record().arguments()).isEqualTo("instances 0 to 5");
      // A real source is never taken for the demo network: the demo chain, served by a node,
      // is validated for mainnet, whose name its certificates were not signed for.
      assertThat(session.record().network()).contains("mainnet");
      assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(session.record().reason()).contains(FailureReason.INVALID_SIGNATURE.name());
      assertThat(session.record().sources())
          .extracting(RecordedSource::spec)
          .containsExactly(spec.toString());
      assertNoTokenInTheDatabaseFiles();
    }
  }

  @Test
  void aReleaseCheckIsRecordedWithEachSourcesTableAndTheReport(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.RELEASE_CHECK);
    WaitForAsyncUtils.asyncFx(
        () -> {
          robot.lookup("#release-source").queryAs(TextField.class).setText("demo:healthy");
          robot.lookup("#release-candidate").queryAs(TextField.class).setText(MAINNET_CID);
        });
    robot.clickOn("#release-add");
    robot.clickOn("#release-run");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#release-report").queryAs(TextArea.class).getText().isEmpty());
    console.awaitIdle();

    StoredSession session = only(SessionKind.RELEASE_CHECK);
    assertThat(session.record().command()).isEqualTo("Release check view");
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(session.record().reason())
        .contains(ReleaseCheckResult.Verdict.CANDIDATE_MISMATCH.name());
    assertThat(session.record().arguments()).isEqualTo("demo:healthy --candidate " + MAINNET_CID);
    assertThat(session.tables())
        .extracting(TableReference::role, TableReference::cid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "initial power table from demo:healthy", chain.initialTable().cid().toString()));
    assertThat(session.record().cids())
        .filteredOn(cid -> cid.role().startsWith("initial power"))
        .singleElement()
        .satisfies(
            cid -> {
              assertThat(cid.computed()).contains(chain.initialTable().cid().toString());
              assertThat(cid.expected()).contains(MAINNET_CID);
              assertThat(cid.matches()).contains(false);
            });
    // the table the sources agree on is the demo network's own initial table
    assertThat(session.record().trust()).contains(io.f3console.core.trust.TrustState.VERIFIED);
    assertThat(session.record().output())
        .contains(robot.lookup("#release-report").queryAs(TextArea.class).getText());
  }

  @Test
  void aLateStartIsRecordedWithWhereItStoppedAndTheTrustedTable(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.BROKEN);
    console.navigate(Page.CERTIFICATES);
    robot.clickOn("#late-start-button");
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#late-instance").queryAs(TextField.class).setText("3"));
    robot.clickOn("#late-run");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#late-result").queryAs(Label.class).getText().startsWith("✘"));
    console.awaitIdle();

    StoredSession session = only(SessionKind.LATE_START);
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(session.record().reason()).contains(FailureReason.INSUFFICIENT_POWER.name());
    assertThat(session.record().instanceReached()).contains(36L);
    assertThat(session.record().sources())
        .extracting(RecordedSource::role, RecordedSource::spec)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("trusted power table", "demo:broken"),
            org.assertj.core.groups.Tuple.tuple("certificates", "demo:broken"));
    assertThat(session.tables())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.role()).isEqualTo("trusted");
              assertThat(t.instance()).contains(3L);
            });
    assertThat(session.record().output())
        .contains(robot.lookup("#late-result").queryAs(Label.class).getText() + "\n");
    robot.clickOn("Close");
  }

  @Test
  void aComparisonIsRecordedWithBothTablesAndItsCounts(FxRobot robot) throws Exception {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.POWER_TABLE);
    PowerTableTimeline timeline =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow().timeline();
    var initial = console.context().workspace().table().orElseThrow().table();
    var last = timeline.committee(timeline.lastInstance());
    PowerTableDiff diff = PowerTableDiff.between(initial, last);

    robot.clickOn("#compare-toggle");
    console.awaitIdle();

    StoredSession session = only(SessionKind.COMPARISON);
    assertThat(session.record().command()).isEqualTo("Power table compare");
    assertThat(session.tables())
        .extracting(TableReference::cid)
        .containsExactly(initial.cid().toString(), last.cid().toString());
    assertThat(session.tables())
        .extracting(TableReference::instance)
        .containsExactly(Optional.of(0L), Optional.of(timeline.lastInstance()));
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      assertThat(session.record().facts())
          .filteredOn(f -> f.name().equals(name))
          .singleElement()
          .satisfies(f -> assertThat(f.value()).isEqualTo(String.valueOf(diff.count(kind))));
    }
    assertThat(session.record().summary()).contains(diff.changes().size() + " participants differ");
  }

  @Test
  void aFailedLoadIsBadInputAndACancelledOneIsCancelled(FxRobot robot, @TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("table.json");
    Files.writeString(bad, "[{\"ID\": \"1000\", \"Power\": \"12\", \"PubKey\": 7}]");
    console.open(bad);
    robot.clickOn("OK");
    WaitForAsyncUtils.asyncFx(
        () -> {
          console.context().loader().openDemo(DemoNetwork.Scenario.HEALTHY);
          console.context().runner().cancel();
        });
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();

    List<SessionSummary> sessions = list();
    assertThat(sessions).hasSize(2);
    SessionSummary cancelled = sessions.get(0);
    SessionSummary failed = sessions.get(1);
    assertThat(failed.command()).isEqualTo("open files");
    assertThat(failed.verdict()).isEqualTo(SessionVerdict.BAD_INPUT);
    assertThat(failed.summary()).contains("table.json").doesNotContain("Exception");
    assertThat(cancelled.command()).isEqualTo("open demo:healthy");
    assertThat(cancelled.verdict()).isEqualTo(SessionVerdict.CANCELLED);
  }

  @Test
  void aTableOpenedAloneIsAnInspectionWithItsCidAgainstTheNetworksExpectedOne() throws Exception {
    Path file = io.f3console.core.testing.SharedData.file("mainnet_initial_power_table.json");
    console.open(file);
    var table = console.context().workspace().table().orElseThrow().table();

    StoredSession session = only(SessionKind.INSPECTION);
    assertThat(session.record().command()).isEqualTo("open files");
    assertThat(session.record().network()).contains("mainnet");
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(session.record().sources())
        .extracting(RecordedSource::spec)
        .containsExactly("file:" + file.toAbsolutePath().normalize());
    assertThat(session.record().cids())
        .singleElement()
        .satisfies(
            cid -> {
              assertThat(cid.computed()).contains(MAINNET_CID);
              assertThat(cid.expected()).contains(MAINNET_CID);
              assertThat(cid.matches()).contains(true);
            });
    assertThat(session.record().facts())
        .extracting(f -> f.name() + " = " + f.value())
        .contains(
            "entries = " + table.size(),
            "strong quorum threshold (scaled) = "
                + table.strongQuorumThreshold()
                + " of "
                + table.scaledTotal());
    assertThat(session.tables())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.role()).isEqualTo("initial");
              assertThat(t.cid()).isEqualTo(MAINNET_CID);
              assertThat(t.entries()).isEqualTo(table.size());
            });
  }

  @Test
  void aNodeThatDoesNotAnswerIsUnreachable(FxRobot robot) throws Exception {
    SourceSpec spec = SourceSpec.parse("rpc:http://127.0.0.1:9/rpc/v1");
    WaitForAsyncUtils.asyncFx(
        () ->
            console
                .context()
                .loader()
                .openSource(spec, SourceOptions.defaults(), Optional.empty()));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    robot.clickOn("OK");

    SessionSummary session = list().get(0);
    assertThat(session.command()).isEqualTo("open " + spec);
    assertThat(session.verdict()).isEqualTo(SessionVerdict.UNREACHABLE);
    assertThat(session.reason()).contains("UNREACHABLE");
  }

  private List<SessionSummary> list() throws Exception {
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      return store.list(SessionQuery.all());
    }
  }

  private StoredSession only(SessionKind kind) throws Exception {
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      List<SessionSummary> found = store.list(SessionQuery.all().kind(kind));
      assertThat(found).as("%s sessions", kind.label()).hasSize(1);
      return store.find(found.get(0).id()).orElseThrow();
    }
  }

  private void assertNoTokenInTheDatabaseFiles() throws Exception {
    Path folder = console.historyFile().orElseThrow().getParent();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.getFileName().toString())
            .doesNotContain(TOKEN);
      }
    }
  }
}
