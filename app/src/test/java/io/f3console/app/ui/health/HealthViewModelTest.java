package io.f3console.app.ui.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.follow.LiveFollow;
import io.f3console.app.ui.follow.TestPacer;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.cid.Cid;
import io.f3console.core.health.Alert;
import io.f3console.core.health.AlertKind;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.Progress;
import io.f3console.core.health.SilenceBasis;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Health view says, without a screen: the badge, the facts, the settings' parsing, and
 * following a node on loopback: rounds run on the test's thread and the next one starts when the
 * test says (no waiting for intervals); the real workspace loader connects the node.
 */
class HealthViewModelTest {
  static SyntheticChain chain;
  @TempDir Path dir;
  private final SameThreadRunner runner = new SameThreadRunner();
  private final Workspace workspace = new Workspace();
  private final DialogService dialogs = new DialogService(() -> null);
  private final List<SessionRecord> recorded = new ArrayList<>();
  private final SessionRecorder recorder = session -> recorded.add(session.get());
  private final TestPacer pacer = new TestPacer();
  private final List<String> notices = new ArrayList<>();
  private WorkspaceLoader loader;
  private LiveFollow follow;
  private HealthViewModel model;

  @BeforeAll
  static void generate() throws Exception {
    chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  @BeforeEach
  void build() {
    loader =
        new WorkspaceLoader(
            workspace,
            runner,
            NetworkProfiles.builtIn(),
            DemoNetwork.builtIn(),
            recorder,
            PublishedTables.besideHistory(dir.resolve("h.db")));
    follow =
        new LiveFollow(
            workspace,
            runner,
            dialogs,
            () -> NetworkProfiles.of(List.copyOf(loader.networks())),
            network -> dir.resolve(network + ".store"),
            recorder,
            pacer);
    model = new HealthViewModel(workspace, follow, runner);
    dialogs.noticeProperty().addListener((obs, old, text) -> notices.add(text));
  }

  static long head(int published) {
    return chain.certificates().get(published - 1).chain().head().epoch();
  }

  /** Connects to {@code node} as File › Connect to a node does. */
  private void connect(FakeLotusNode node) throws Exception {
    // the demo network becomes known once generated: its expected table proves the node's
    loader.openDemo(DemoNetwork.Scenario.HEALTHY);
    loader.openSource(
        SourceSpec.parse("rpc:" + node.endpoint()), SourceOptions.defaults(), Optional.empty());
    assertThat(workspace.node()).isPresent();
    assertThat(runner.failures()).isEmpty();
  }

  private void rules(String maxSilence, String maxLag) {
    model.settings().maxSilenceProperty().set(maxSilence);
    model.settings().maxLagProperty().set(maxLag);
    assertThat(model.settings().apply()).isEmpty();
  }

  @Test
  void followingSeesHealthyThenAStallAndHealthyAgainAndIsRecordedWhenStopped() throws Exception {
    AtomicLong chainHead = new AtomicLong(head(40) + 2);
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).publish(40).withChainHead(chainHead::get)) {
      connect(node);
      assertThat(follow.availableProperty().get()).isTrue();
      model.settings().intervalProperty().set("200ms");
      rules("1h", "20");

      follow.start();
      assertThat(follow.badgeProperty().get()).isEqualTo("Following: healthy");
      assertThat(follow.toneProperty().get()).isEqualTo(Tone.SUCCESS);
      assertThat(pacer.waiting()).contains(Duration.ofMillis(200));
      assertThat(model.verdictProperty().get())
          .startsWith("✔ Following rpc:" + node.endpoint() + ": healthy (round 1 at ");
      assertThat(model.toneProperty().get()).isEqualTo(Tone.SUCCESS);
      assertThat(value(model.live(), "health-lag")).startsWith("2 epochs");
      assertThat(value(model.live(), "health-stall")).startsWith("no");
      assertThat(value(model.progress(), "health-instances")).isEqualTo("40 (0–39)");
      assertThat(model.liveCaptionProperty().get()).isEmpty();
      assertThat(model.alerts()).isEmpty();

      // the node stalls: its chain head moves on, no certificate comes; silence 1 s is a stall
      rules("1s", "1000");
      chainHead.set(head(40) + 5);
      Thread.sleep(1_100);
      pacer.fire();
      assertThat(follow.badgeProperty().get()).isEqualTo("Following: 1 alert");
      assertThat(follow.toneProperty().get()).isEqualTo(Tone.DANGER);
      assertThat(model.alerts()).extracting(a -> a.kind()).containsExactly(AlertKind.STALL);
      assertThat(value(model.live(), "health-stall")).startsWith("YES");
      assertThat(model.verdictProperty().get()).contains("1 alert");
      assertThat(follow.bannerProperty().get()).startsWith("⚠ Alert STALL");
      assertThat(dialogs.noticeProperty().get()).startsWith("⚠ Alert STALL");
      pacer.fire();
      pacer.fire();
      // the alert is announced when it starts, not at every round
      assertThat(notices).filteredOn(n -> n.contains("STALL")).hasSize(1);

      // certificates come again (and a long silence is fine again): healthy, the banner goes
      rules("1h", "1000");
      node.publish(50);
      chainHead.set(head(50) + 1);
      pacer.fire();
      assertThat(value(model.progress(), "health-instances")).isEqualTo("50 (0–49)");
      assertThat(follow.badgeProperty().get()).isEqualTo("Following: healthy");
      assertThat(follow.bannerProperty().get()).isEmpty();
      int rounds = follow.roundsProperty().get();
      assertThat(rounds).isEqualTo(5);

      follow.stop();
      assertThat(follow.followingProperty().get()).isFalse();
      assertThat(pacer.waiting()).isEmpty();
      assertThat(follow.badgeProperty().get()).isEmpty();
      assertThat(follow.stoppedProperty().get()).isEqualTo("Following stopped.");
      assertThat(model.verdictProperty().get())
          .startsWith("Following stopped. ")
          .contains("Followed rpc:");
      assertThat(model.toneProperty().get()).isEqualTo(Tone.MUTED);
      assertThat(recorded)
          .filteredOn(r -> r.command().equals("Health view"))
          .singleElement()
          .satisfies(
              record -> {
                assertThat(record.verdict()).isEqualTo(SessionVerdict.PASSED);
                assertThat(record.summary())
                    .startsWith(
                        "Followed rpc:"
                            + node.endpoint()
                            + " for "
                            + rounds
                            + " rounds; last: healthy.");
                assertThat(record.instanceReached()).hasValue(49L);
              });
    }
  }

  @Test
  void anAlertSaidWhileFollowingLeavesTheStatusBarWhenFollowingStops() throws Exception {
    AtomicLong chainHead = new AtomicLong(head(20) + 3);
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).publish(20).withChainHead(chainHead::getAndIncrement)) {
      connect(node);
      rules("1s", "20");
      follow.start();
      Thread.sleep(1_100);
      pacer.fire();
      assertThat(follow.badgeProperty().get()).endsWith("alert");
      assertThat(dialogs.noticeProperty().get()).startsWith("⚠ Alert");

      follow.stop();
      assertThat(dialogs.noticeProperty().get()).doesNotContain("Alert");
    }
  }

  @Test
  void anotherNetworkStopsFollowingAndAGoneNodeIsUnreachable() throws Exception {
    FakeLotusNode node = FakeLotusNode.start(chain).publish(20).withChainHead(() -> head(20) + 1);
    try {
      connect(node);
      follow.start();
      assertThat(follow.badgeProperty().get()).isEqualTo("Following: healthy");
    } finally {
      node.close();
    }
    pacer.fire();
    assertThat(follow.badgeProperty().get()).isEqualTo("Following: node unreachable");
    assertThat(follow.toneProperty().get()).isEqualTo(Tone.WARNING);
    assertThat(follow.bannerProperty().get()).startsWith("⚠ The node cannot be reached");
    assertThat(model.verdictProperty().get()).contains("the node cannot be reached");
    assertThat(model.liveCaptionProperty().get())
        .isEqualTo("No live state this round: the" + " node did not answer.");
    assertThat(follow.followingProperty().get()).isTrue();

    loader.changeNetwork(NetworkProfiles.builtIn().byKey("mainnet").orElseThrow());
    assertThat(follow.followingProperty().get()).isFalse();
    assertThat(follow.availableProperty().get()).isFalse();
    assertThat(follow.stoppedProperty().get()).contains("no longer selected");
    assertThat(pacer.waiting()).isEmpty();
    assertThat(model.verdictProperty().get()).contains("no longer selected");
  }

  @Test
  void withNothingOpenItSaysWhatToDoAndOpenedCertificatesShowTheirProgress() {
    assertThat(model.verdictProperty().get())
        .isEqualTo(HealthViewModel.EMPTY)
        .contains("connect to a node")
        .contains("open certificates");
    assertThat(model.emptyProperty().get()).isTrue();
    assertThat(model.progress()).isEmpty();
    assertThat(follow.availableProperty().get()).isFalse();

    loader.openDemo(DemoNetwork.Scenario.HEALTHY);

    assertThat(model.emptyProperty().get()).isFalse();
    assertThat(model.verdictProperty().get())
        .contains("60 validated certificates from" + " demo:healthy")
        .contains("connect to a node (Ctrl+K)");
    assertThat(chain.certificates()).hasSize(60);
    assertThat(value(model.progress(), "health-instances")).isEqualTo("60 (0–59)");
    assertThat(value(model.progress(), "health-base-only")).contains("longest streak");
    assertThat(model.liveCaptionProperty().get()).contains("not followed");
    assertThat(model.live()).isEmpty();
    assertThat(model.lagProperty().get().points()).hasSize(60);
  }

  @Test
  void theSettingsAreCheckedAndAMistakeChangesNothing() {
    model.settings().maxLagProperty().set("twenty");
    assertThat(model.settings().apply())
        .hasValueSatisfying(
            problem -> assertThat(problem).startsWith("the largest lag is a whole number"));
    assertThat(follow.rulesProperty().get().maxLag()).hasValue(20);

    model.settings().maxLagProperty().set("45");
    model.settings().minParticipationProperty().set("66.7");
    model.settings().minersProperty().set("f01000, 1001");
    model.settings().absentProperty().set("3");
    model.settings().intervalProperty().set("2m");
    assertThat(model.settings().apply()).isEmpty();
    AlertRules rules = follow.rulesProperty().get();
    assertThat(rules.maxLag()).hasValue(45);
    assertThat(rules.minParticipation()).hasValue(66.7);
    assertThat(rules.miners()).extracting(m -> m.address()).containsExactly("f01000", "f01001");
    assertThat(rules.absentInstances()).isEqualTo(3);
    assertThat(follow.intervalProperty().get()).isEqualTo(Duration.ofMinutes(2));
  }

  static RoundOutcome outcome(HealthVerdict verdict, List<Alert> alerts, boolean verified) {
    return outcome(verdict, alerts, verified, TrustReason.INITIAL_CID_MATCHES);
  }

  static RoundOutcome outcome(
      HealthVerdict verdict, List<Alert> alerts, boolean verified, TrustReason start) {
    Cid table = Cid.raw(new byte[] {1, 2, 3});
    Trust trust =
        new Trust(
            start, table, Optional.of(table), "demo", Optional.empty(), "the store's first table");
    return new RoundOutcome(
        verdict,
        alerts,
        Optional.empty(),
        Optional.empty(),
        OptionalLong.of(7),
        2,
        verified,
        Optional.empty(),
        Optional.empty(),
        Optional.of(trust));
  }

  @Test
  void theBadgeIsGreenOnlyForAHealthyRoundOfVerifiedCertificates() {
    RoundOutcome healthy = outcome(HealthVerdict.HEALTHY, List.of(), true);
    assertThat(LiveFollow.badgeText(healthy)).isEqualTo("Following: healthy");
    assertThat(LiveFollow.badgeTone(healthy)).isEqualTo(Tone.SUCCESS);

    RoundOutcome unverified = outcome(HealthVerdict.HEALTHY, List.of(), false);
    assertThat(LiveFollow.badgeText(unverified)).isEqualTo("Following: healthy (unverified)");
    assertThat(LiveFollow.badgeTone(unverified)).isEqualTo(Tone.WARNING);

    // signatures checked, but from a table nothing proves: not green either
    RoundOutcome custom =
        outcome(HealthVerdict.HEALTHY, List.of(), true, TrustReason.CUSTOM_NETWORK);
    assertThat(LiveFollow.badgeText(custom)).isEqualTo("Following: healthy (unverified)");
    assertThat(LiveFollow.badgeTone(custom)).isEqualTo(Tone.WARNING);

    Alert stall = new Alert(AlertKind.STALL, "no new certificate", "chain head 9");
    assertThat(LiveFollow.badgeText(outcome(HealthVerdict.ALERT, List.of(stall), true)))
        .isEqualTo("Following: 1 alert");
    Alert lag = new Alert(AlertKind.LAG, "lag 45 epochs > 20", "chain head 9");
    RoundOutcome two = outcome(HealthVerdict.ALERT, List.of(lag, stall), true);
    assertThat(LiveFollow.badgeText(two)).isEqualTo("Following: 2 alerts");
    assertThat(LiveFollow.badgeTone(two)).isEqualTo(Tone.DANGER);

    RoundOutcome down = RoundOutcome.unreachable("connection refused", Optional.empty());
    assertThat(LiveFollow.badgeText(down)).isEqualTo("Following: node unreachable");
    assertThat(LiveFollow.badgeTone(down)).isEqualTo(Tone.WARNING);
  }

  @Test
  void theProgressFactsSayWhatCoreSummed() {
    // instances 10–13 finalising 3, 0, 0 and 5 epochs from epoch 1000, 30 s a block
    List<InstanceParticipation> instances =
        List.of(
            new InstanceParticipation(10, 3, 4, 30, 40, false, 1000, 1003),
            new InstanceParticipation(11, 3, 4, 30, 40, true, 1003, 1003),
            new InstanceParticipation(12, 3, 4, 30, 40, true, 1003, 1003),
            new InstanceParticipation(13, 3, 4, 30, 40, false, 1003, 1008));
    List<HealthFacts.Fact> facts =
        HealthFacts.progress(Progress.of(instances, Duration.ofSeconds(30)));
    assertThat(value(facts, "health-instances")).isEqualTo("4 (10–13)");
    // 4 instances over 8 epochs of 30 s = 4 minutes: 60 an hour
    assertThat(value(facts, "health-rate")).startsWith("60.0 per hour of epoch time (8 epochs");
    assertThat(value(facts, "health-epochs"))
        .startsWith("8 in all, 2.00 per instance")
        .contains("fewest 0, most 5");
    assertThat(value(facts, "health-base-only"))
        .startsWith("2 of 4 (50.00")
        .contains("longest streak 2, current streak 0");
    assertThat(value(facts, "health-lag-bound"))
        .isEqualTo("latest 5 epochs; largest 5 epochs" + " at instance 13");
  }

  @Test
  void theLiveFactsSayLagInEpochsAndTimeAndWhetherItIsAStall() {
    LiveStatus live =
        new LiveStatus(
            13, 1008, OptionalLong.of(1020), Duration.ofMinutes(7), SilenceBasis.OBSERVED, true);
    Alert stall = new Alert(AlertKind.STALL, "no new certificate for 7m >= 5m", "facts");
    HealthReport report =
        new HealthReport(
            HealthVerdict.ALERT, List.of(stall), Optional.of(live), OptionalDouble.of(75), 4);
    List<HealthFacts.Fact> facts = HealthFacts.live(report, List.of(stall), Duration.ofSeconds(30));
    assertThat(value(facts, "health-chain-head")).isEqualTo("epoch 1020");
    assertThat(value(facts, "health-newest"))
        .isEqualTo("instance 13, finalises up to epoch" + " 1008");
    assertThat(value(facts, "health-lag")).isEqualTo("12 epochs (6m of epoch time)");
    assertThat(value(facts, "health-silence")).startsWith("7m since the newest certificate");
    assertThat(value(facts, "health-stall")).startsWith("YES: no new certificate for 7m");
    assertThat(value(facts, "health-participation"))
        .startsWith("75.0% of the power over the" + " last 4 instances");

    HealthReport fine =
        new HealthReport(
            HealthVerdict.HEALTHY, List.of(), Optional.of(live), OptionalDouble.empty(), 0);
    assertThat(value(HealthFacts.live(fine, List.of(), Duration.ofSeconds(30)), "health-stall"))
        .startsWith("no");
  }

  @Test
  void durationsAreReadAsTheMonitorCommandReadsThem() {
    assertThat(HealthSettings.duration("250ms", "x")).hasValue(Duration.ofMillis(250));
    assertThat(HealthSettings.duration("1h30m", "x")).hasValue(Duration.ofMinutes(90));
    assertThat(HealthSettings.duration("45", "x")).hasValue(Duration.ofSeconds(45));
    assertThat(HealthSettings.duration(" ", "x")).isEmpty();
    assertThatThrownBy(() -> HealthSettings.duration("ten minutes", "the silence limit"))
        .hasMessageContaining("the silence limit is a duration such as 30s");
  }

  static String value(List<HealthFacts.Fact> facts, String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
  }
}
