package io.f3console.app.ui.health;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.health.Alert;
import io.f3console.core.health.AlertKind;
import io.f3console.core.health.EpochBucket;
import io.f3console.core.health.HealthCheck;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.Progress;
import io.f3console.core.health.SilenceBasis;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Health view's lines: what core's progress and live state say, in words. */
public final class HealthFacts {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private HealthFacts() {}

  /**
   * One line of a block.
   *
   * @param id the node id of its value, for tests
   * @param label what it is
   * @param value its value
   */
  public record Fact(String id, String label, String value) {}

  static List<Fact> progress(Progress p) {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "health-instances",
            "Instances",
            Formats.integer(p.instances())
                + (p.firstInstance().isPresent()
                    ? " ("
                        + Long.toUnsignedString(p.firstInstance().getAsLong())
                        + "–"
                        + Long.toUnsignedString(p.lastInstance().getAsLong())
                        + ")"
                    : "")));
    facts.add(
        new Fact(
            "health-rate",
            "Instances per hour",
            p.instancesPerHour().isPresent()
                ? String.format(Locale.ROOT, "%.1f", p.instancesPerHour().getAsDouble())
                    + " per hour of epoch time ("
                    + p.epochSpan()
                    + " epochs, "
                    + HealthCheck.duration(p.epochTime())
                    + ")"
                : "– (the instances span no epochs)"));
    facts.add(
        new Fact(
            "health-epochs",
            "Epochs finalised",
            p.epochsFinalised()
                + " in all"
                + p.meanEpochsFinalised().stream()
                    .mapToObj(mean -> String.format(Locale.ROOT, ", %.2f per instance", mean))
                    .findFirst()
                    .orElse("")
                + " (fewest "
                + p.minEpochsFinalised()
                + ", most "
                + p.maxEpochsFinalised()
                + ")"));
    facts.add(
        new Fact(
            "health-distribution",
            "Instances by epochs",
            p.distribution().stream()
                .filter(b -> b.instances() > 0)
                .map(HealthFacts::bucket)
                .collect(Collectors.joining(" · "))));
    facts.add(
        new Fact(
            "health-base-only",
            "Base-only decisions",
            p.baseOnly()
                + (p.instances() > 0
                    ? " of "
                        + p.instances()
                        + " ("
                        + Formats.percent((double) p.baseOnly() / p.instances())
                        + ")"
                    : "")
                + "; longest streak "
                + p.longestBaseOnlyStreak()
                + ", current streak "
                + p.currentBaseOnlyStreak()));
    facts.add(
        new Fact(
            "health-lag-bound",
            "Lag lower bound",
            p.latestLagLowerBound().isPresent()
                ? "latest "
                    + epochs(p.latestLagLowerBound().getAsLong())
                    + "; largest "
                    + epochs(p.maxLagLowerBound().getAsLong())
                    + " at instance "
                    + Long.toUnsignedString(p.maxLagInstance().getAsLong())
                : "–"));
    return facts;
  }

  private static String bucket(EpochBucket bucket) {
    return bucket.label()
        + (bucket.to() == 1 && bucket.from() == 1 ? " epoch: " : " epochs: ")
        + bucket.instances();
  }

  /** The live block of a round: chain head, newest certificate, lag, silence, stall. */
  static List<Fact> live(HealthReport report, List<Alert> alerts, Duration blockDelay) {
    List<Fact> facts = new ArrayList<>();
    LiveStatus live = report.live().orElseThrow();
    facts.add(
        new Fact(
            "health-chain-head",
            "Chain head",
            live.chainHead().isPresent()
                ? "epoch " + live.chainHead().getAsLong()
                : "unknown (the source has no chain head)"));
    facts.add(
        new Fact(
            "health-newest",
            "Newest certificate",
            "instance "
                + Long.toUnsignedString(live.latestInstance())
                + ", finalises up to epoch "
                + live.latestHeadEpoch()));
    facts.add(
        new Fact(
            "health-lag",
            "Lag behind the chain head",
            live.lag().isPresent()
                ? epochs(live.lag().getAsLong())
                    + " ("
                    + HealthCheck.duration(
                        blockDelay.multipliedBy(Math.max(0, live.lag().getAsLong())))
                    + " of epoch time)"
                : "unknown"));
    facts.add(
        new Fact(
            "health-silence",
            "Silence",
            live.basis() == SilenceBasis.NONE
                ? "not judged (no chain head)"
                : HealthCheck.duration(live.silence())
                    + (live.basis() == SilenceBasis.OBSERVED
                        ? " since the newest certificate was first seen while following"
                        : " (the lag in epoch time)")));
    boolean stall = alerts.stream().anyMatch(a -> a.kind() == AlertKind.STALL);
    facts.add(
        new Fact(
            "health-stall",
            "Stall",
            (stall
                    ? "YES: no new certificate for "
                        + HealthCheck.duration(live.silence())
                        + " while the chain advanced"
                    : "no")
                + (live.chainAdvanced()
                    ? " (the chain advanced during the silence)"
                    : " (the chain head did not move during the silence)")));
    facts.add(
        new Fact(
            "health-participation",
            "Participation",
            report.participation().isPresent()
                ? HealthCheck.percent(report.participation().getAsDouble())
                    + " of the"
                    + " power over the last "
                    + report.participationInstances()
                    + " instances"
                : "–"));
    return facts;
  }

  /** {@code 1 epoch}, {@code 5 epochs}. */
  static String epochs(long count) {
    return count + (count == 1 ? " epoch" : " epochs");
  }

  /** {@code 12:04:31 UTC}. */
  static String time(java.time.Instant at) {
    return TIME.format(at) + " UTC";
  }
}
