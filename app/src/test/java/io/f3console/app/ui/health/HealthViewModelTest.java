package io.f3console.app.ui.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.health.Alert;
import io.f3console.core.health.AlertKind;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.Progress;
import io.f3console.core.health.SilenceBasis;
import io.f3console.core.cid.Cid;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.participation.InstanceParticipation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What the Health view says, without a screen: the badge, the facts, the settings' parsing. */
class HealthViewModelTest {

  static RoundOutcome outcome(HealthVerdict verdict, List<Alert> alerts, boolean verified) {
    return outcome(verdict, alerts, verified, TrustReason.INITIAL_CID_MATCHES);
  }

  static RoundOutcome outcome(HealthVerdict verdict, List<Alert> alerts, boolean verified,
      TrustReason start) {
    Cid table = Cid.raw(new byte[] {1, 2, 3});
    Trust trust = new Trust(start, table, Optional.of(table), "demo", Optional.empty(),
        "the store's first table");
    return new RoundOutcome(verdict, alerts, Optional.empty(), Optional.empty(),
        OptionalLong.of(7), 2, verified, Optional.empty(), Optional.empty(),
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
    RoundOutcome custom = outcome(HealthVerdict.HEALTHY, List.of(), true,
        TrustReason.CUSTOM_NETWORK);
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
    List<InstanceParticipation> instances = List.of(
        new InstanceParticipation(10, 3, 4, 30, 40, false, 1000, 1003),
        new InstanceParticipation(11, 3, 4, 30, 40, true, 1003, 1003),
        new InstanceParticipation(12, 3, 4, 30, 40, true, 1003, 1003),
        new InstanceParticipation(13, 3, 4, 30, 40, false, 1003, 1008));
    List<HealthFacts.Fact> facts = HealthFacts.progress(Progress.of(instances,
        Duration.ofSeconds(30)));
    assertThat(value(facts, "health-instances")).isEqualTo("4 (10–13)");
    // 4 instances over 8 epochs of 30 s = 4 minutes: 60 an hour
    assertThat(value(facts, "health-rate")).startsWith("60.0 per hour of epoch time (8 epochs");
    assertThat(value(facts, "health-epochs")).startsWith("8 in all, 2.00 per instance")
        .contains("fewest 0, most 5");
    assertThat(value(facts, "health-base-only")).startsWith("2 of 4 (50.00")
        .contains("longest streak 2, current streak 0");
    assertThat(value(facts, "health-lag-bound")).isEqualTo("latest 5 epochs; largest 5 epochs"
        + " at instance 13");
  }

  @Test
  void theLiveFactsSayLagInEpochsAndTimeAndWhetherItIsAStall() {
    LiveStatus live = new LiveStatus(13, 1008, OptionalLong.of(1020), Duration.ofMinutes(7),
        SilenceBasis.OBSERVED, true);
    Alert stall = new Alert(AlertKind.STALL, "no new certificate for 7m >= 5m", "facts");
    HealthReport report = new HealthReport(HealthVerdict.ALERT, List.of(stall),
        Optional.of(live), OptionalDouble.of(75), 4);
    List<HealthFacts.Fact> facts = HealthFacts.live(report, List.of(stall),
        Duration.ofSeconds(30));
    assertThat(value(facts, "health-chain-head")).isEqualTo("epoch 1020");
    assertThat(value(facts, "health-newest")).isEqualTo("instance 13, finalises up to epoch"
        + " 1008");
    assertThat(value(facts, "health-lag")).isEqualTo("12 epochs (6m of epoch time)");
    assertThat(value(facts, "health-silence")).startsWith("7m since the newest certificate");
    assertThat(value(facts, "health-stall")).startsWith("YES: no new certificate for 7m");
    assertThat(value(facts, "health-participation")).startsWith("75.0% of the power over the"
        + " last 4 instances");

    HealthReport fine = new HealthReport(HealthVerdict.HEALTHY, List.of(), Optional.of(live),
        OptionalDouble.empty(), 0);
    assertThat(value(HealthFacts.live(fine, List.of(), Duration.ofSeconds(30)),
        "health-stall")).startsWith("no");
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
