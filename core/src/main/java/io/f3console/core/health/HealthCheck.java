package io.f3console.core.health;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.ParticipationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Judges a node by {@link AlertRules}: a pure function of what was observed. */
public final class HealthCheck {
  private HealthCheck() {}

  /**
   * Evaluates {@code rules}.
   *
   * @param instances the instances looked at, in chain order (only the last {@link
   *     AlertRules#participationWindow} are read, by index)
   * @param live the live state, if a node was observed
   * @param miners who signed what over the instances tallied, if chosen miners are to be judged
   */
  public static HealthReport evaluate(
      AlertRules rules,
      List<InstanceParticipation> instances,
      Optional<LiveStatus> live,
      Optional<ParticipationReport> miners) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(instances, "instances");
    List<Alert> alerts = new ArrayList<>();
    live.ifPresent(status -> judgeLive(rules, status, alerts));
    int from = Math.max(0, instances.size() - rules.participationWindow());
    long signed = 0;
    long total = 0;
    for (int i = from; i < instances.size(); i++) {
      signed += instances.get(i).signedScaledPower();
      total += instances.get(i).scaledTotal();
    }
    int window = instances.size() - from;
    OptionalDouble share =
        window > 0 && total > 0
            ? OptionalDouble.of(signed * 100.0 / total)
            : OptionalDouble.empty();
    if (rules.minParticipation().isPresent() && share.isPresent()) {
      double min = rules.minParticipation().getAsDouble();
      if (signed * 100.0 < min * total) {
        alerts.add(
            new Alert(
                AlertKind.PARTICIPATION,
                "participation "
                    + percent(share.getAsDouble())
                    + " < "
                    + percent(min)
                    + " over the last "
                    + window
                    + " instances",
                "instances "
                    + Long.toUnsignedString(instances.get(from).instance())
                    + "–"
                    + Long.toUnsignedString(instances.get(instances.size() - 1).instance())
                    + ": signers held "
                    + signed
                    + " of "
                    + total
                    + " scaled power"));
      }
    }
    if (!rules.miners().isEmpty() && miners.isPresent() && miners.get().instanceCount() > 0) {
      for (ActorId actor : rules.miners()) {
        judgeMiner(rules, actor, miners.get(), alerts);
      }
    }
    return new HealthReport(HealthVerdict.of(alerts), alerts, live, share, window);
  }

  private static void judgeLive(AlertRules rules, LiveStatus status, List<Alert> alerts) {
    String facts =
        "chain head "
            + status.chainHead().stream().mapToObj(Long::toString).findFirst().orElse("unknown")
            + ", latest certificate "
            + Long.toUnsignedString(status.latestInstance())
            + " finalises up to epoch "
            + status.latestHeadEpoch();
    if (rules.maxLag().isPresent()
        && status.lag().isPresent()
        && status.lag().getAsLong() > rules.maxLag().getAsLong()) {
      alerts.add(
          new Alert(
              AlertKind.LAG,
              "lag " + status.lag().getAsLong() + " epochs > " + rules.maxLag().getAsLong(),
              facts));
    }
    if (rules.maxSilence().isPresent()
        && status.basis() != SilenceBasis.NONE
        && status.silence().compareTo(rules.maxSilence().get()) >= 0) {
      String how =
          status.basis() == SilenceBasis.OBSERVED
              ? "observed"
              : "judged from the lag in epoch time";
      String silence =
          "no new certificate for "
              + duration(status.silence())
              + " >= "
              + duration(rules.maxSilence().get());
      if (status.chainAdvanced()) {
        alerts.add(
            new Alert(
                AlertKind.STALL,
                silence + " while the chain advanced",
                facts + "; silence " + how));
      } else {
        alerts.add(
            new Alert(
                AlertKind.SILENCE,
                silence + "; the chain head did not advance" + " either",
                facts + "; silence " + how));
      }
    }
  }

  private static void judgeMiner(
      AlertRules rules, ActorId actor, ParticipationReport report, List<Alert> alerts) {
    Optional<MinerParticipation> miner = report.miner(actor);
    String range =
        "instances "
            + Long.toUnsignedString(report.firstInstance().getAsLong())
            + "–"
            + Long.toUnsignedString(report.lastInstance().getAsLong());
    if (miner.isEmpty() || miner.get().inCommittee() == 0) {
      alerts.add(
          new Alert(
              AlertKind.MINER_NOT_IN_COMMITTEE,
              "miner "
                  + actor.address()
                  + " is in no committee of the last "
                  + report.instanceCount()
                  + " instances",
              range));
      return;
    }
    MinerParticipation m = miner.get();
    if (m.currentAbsence() >= rules.absentInstances()) {
      alerts.add(
          new Alert(
              AlertKind.MINER_ABSENT,
              "miner "
                  + actor.address()
                  + " absent "
                  + m.currentAbsence()
                  + " instances >= "
                  + rules.absentInstances(),
              range
                  + ": signed "
                  + m.signed()
                  + ", absent "
                  + m.absent()
                  + ", last signed "
                  + (m.lastSigned().isPresent()
                      ? Long.toUnsignedString(m.lastSigned().getAsLong())
                      : "never")));
    }
  }

  /** A percentage with one decimal: {@code 66.7%}. */
  public static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  /** A duration as text: {@code 450ms}, {@code 42s}, {@code 12m30s}, {@code 2h5m}. */
  public static String duration(Duration value) {
    long millis = value.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    long seconds = value.toSeconds();
    if (seconds < 60) {
      return millis % 1000 == 0
          ? seconds + "s"
          : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
    if (seconds < 3600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
    }
    return seconds / 3600 + "h" + (seconds % 3600 / 60 == 0 ? "" : seconds % 3600 / 60 + "m");
  }
}
