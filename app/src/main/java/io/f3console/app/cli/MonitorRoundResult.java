package io.f3console.app.cli;

import io.f3console.core.health.Alert;
import io.f3console.core.health.HealthCheck;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.Progress;
import io.f3console.core.health.SilenceBasis;
import io.f3console.core.monitor.RoundOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What one round of {@code monitor} found: the verdict of the alert rules, the alerts, the node's
 * live status and the progress of its certificates. As text: one {@code OK …} line, one {@code
 * ALERT …} line per alert, or one {@code UNREACHABLE …} line (after the run's {@code NOTE} lines in
 * the first round); as JSON, one object per round on its own line.
 *
 * @param number the round's number, from 1
 * @param outcome what core's round found: verdict, alerts, health report, progress, the newest
 *     instance in the store, how many certificates it validated and whether their signatures were
 *     checked
 * @param error why the source could not be read, when it could not, with what to do
 * @param notes remarks printed once, before the first round (none in later rounds)
 */
record MonitorRoundResult(
    int number, RoundOutcome outcome, Optional<String> error, List<String> notes)
    implements CommandResult {

  /** The prefix of a healthy round's line. */
  static final String OK = "OK";

  /** The prefix of each alert's line. */
  static final String ALERT = "ALERT";

  /** The prefix of a round in which the node could not be reached. */
  static final String UNREACHABLE = "UNREACHABLE";

  /** The prefix of a remark printed once, before the first round. */
  static final String NOTE = "NOTE";

  MonitorRoundResult {
    Objects.requireNonNull(outcome, "outcome");
    notes = List.copyOf(notes);
  }

  int status() {
    return switch (outcome.verdict()) {
      case HEALTHY -> ExitCodes.OK;
      case ALERT -> ExitCodes.FOUND_WRONG;
      case UNREACHABLE -> ExitCodes.UNREACHABLE;
    };
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    notes.forEach(note -> out.println(NOTE + " " + note));
    String unverified = outcome.verified() ? "" : " [unverified]";
    if (outcome.verdict() == HealthVerdict.UNREACHABLE) {
      out.println(UNREACHABLE + " " + error.orElse("the node cannot be reached"));
    } else if (outcome.verdict() == HealthVerdict.ALERT) {
      for (Alert alert : outcome.alerts()) {
        out.println(
            ALERT
                + " "
                + alert.kind()
                + " "
                + alert.message()
                + " ("
                + alert.evidence()
                + ")"
                + unverified);
      }
    } else {
      out.println(OK + " " + summary() + unverified);
    }
  }

  /** {@code instance 19 lag 3 epochs, silence 0s, participation 87.5% over 10 instances, …}. */
  String summary() {
    HealthReport health = outcome.report().orElseThrow();
    LiveStatus live = health.live().orElseThrow();
    StringBuilder line =
        new StringBuilder("instance ").append(Long.toUnsignedString(live.latestInstance()));
    if (live.lag().isPresent()) {
      line.append(" lag ").append(live.lag().getAsLong()).append(" epochs");
    } else {
      line.append(" lag unknown (the source has no chain head)");
    }
    line.append(", silence ").append(HealthCheck.duration(live.silence()));
    if (live.basis() == SilenceBasis.LAG_EPOCH_TIME) {
      line.append(" (the lag in epoch time)");
    }
    if (health.participation().isPresent()) {
      line.append(", participation ")
          .append(HealthCheck.percent(health.participation().getAsDouble()))
          .append(" over ")
          .append(health.participationInstances())
          .append(" instances");
    }
    line.append(", ").append(outcome.validated()).append(" new validated");
    return line.toString();
  }

  @Override
  public JsonFields toJson() {
    Optional<LiveStatus> live = outcome.report().flatMap(HealthReport::live);
    JsonFields json =
        JsonFields.object()
            .number("round", number)
            .text("verdict", outcome.verdict().name())
            .number("exitCode", status())
            .text("signatures", outcome.verified() ? "checked" : "unverified")
            .text("error", error)
            .uint64("latestInstance", outcome.latestInstance())
            .number("validated", outcome.validated())
            .epoch("chainHead", live.map(LiveStatus::chainHead).orElse(OptionalLong.empty()))
            .epoch("latestHeadEpoch", live.map(LiveStatus::latestHeadEpoch));
    json.number("lag", live.map(LiveStatus::lag).orElse(OptionalLong.empty()));
    if (live.isPresent()) {
      json.number("silenceMillis", live.get().silence().toMillis())
          .text("silenceBasis", live.get().basis().name())
          .bool("chainAdvanced", live.get().chainAdvanced());
    } else {
      json.nothing("silenceMillis").nothing("silenceBasis").nothing("chainAdvanced");
    }
    Optional<HealthReport> report = outcome.report();
    json.number(
            "participation", report.map(HealthReport::participation).orElse(OptionalDouble.empty()))
        .number("participationInstances", report.map(HealthReport::participationInstances));
    return json.object("progress", outcome.progress().map(MonitorRoundResult::json))
        .objects(
            "alerts",
            outcome.alerts(),
            alert ->
                JsonFields.object()
                    .text("kind", alert.kind().name())
                    .text("message", alert.message())
                    .text("evidence", alert.evidence()))
        .strings("notes", notes);
  }

  private static JsonFields json(Progress progress) {
    return JsonFields.object()
        .number("instances", progress.instances())
        .uint64("firstInstance", progress.firstInstance())
        .number("epochsFinalised", progress.epochsFinalised())
        .number("meanEpochsFinalised", progress.meanEpochsFinalised())
        .number("baseOnly", progress.baseOnly())
        .number("longestBaseOnlyStreak", progress.longestBaseOnlyStreak())
        .number("currentBaseOnlyStreak", progress.currentBaseOnlyStreak())
        .number("instancesPerEpochHour", progress.instancesPerHour())
        .number("latestLagLowerBound", progress.latestLagLowerBound());
  }
}
