package io.f3console.app.cli;

import io.f3console.core.health.Alert;
import io.f3console.core.health.HealthCheck;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.Progress;
import io.f3console.core.health.SilenceBasis;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one round of {@code monitor} found: the verdict of the alert rules, the alerts, the node's
 * live status and the progress of its certificates. As text: one {@code OK …} line, one {@code
 * ALERT …} line per alert, or one {@code UNREACHABLE …} line (after the run's {@code NOTE} lines in
 * the first round); as JSON, one object per round on its own line.
 *
 * @param number the round's number, from 1
 * @param verdict healthy, alert or unreachable
 * @param alerts the alerts, in the order the rules raised them
 * @param report the health report, when the source could be read
 * @param progress the progress of the certificates in the store, when there are some
 * @param latestInstance the newest instance in the store
 * @param validated how many new certificates this round validated and stored
 * @param verified whether their signatures were checked
 * @param error why the source could not be read, when it could not
 * @param notes remarks printed once, before the first round (none in later rounds)
 */
record MonitorRoundResult(
    int number,
    HealthVerdict verdict,
    List<Alert> alerts,
    Optional<HealthReport> report,
    Optional<Progress> progress,
    OptionalLong latestInstance,
    long validated,
    boolean verified,
    Optional<String> error,
    List<String> notes)
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
    alerts = List.copyOf(alerts);
    notes = List.copyOf(notes);
  }

  int status() {
    return switch (verdict) {
      case HEALTHY -> ExitCodes.OK;
      case ALERT -> ExitCodes.FOUND_WRONG;
      case UNREACHABLE -> ExitCodes.UNREACHABLE;
    };
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    notes.forEach(note -> out.println(NOTE + " " + note));
    String unverified = verified ? "" : " [unverified]";
    if (verdict == HealthVerdict.UNREACHABLE) {
      out.println(UNREACHABLE + " " + error.orElse("the node cannot be reached"));
    } else if (verdict == HealthVerdict.ALERT) {
      for (Alert alert : alerts) {
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
    HealthReport health = report.orElseThrow();
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
    line.append(", ").append(validated).append(" new validated");
    return line.toString();
  }

  @Override
  public JsonFields toJson() {
    Optional<LiveStatus> live = report.flatMap(HealthReport::live);
    JsonFields json =
        JsonFields.object()
            .number("round", number)
            .text("verdict", verdict.name())
            .number("exitCode", status())
            .text("signatures", verified ? "checked" : "unverified")
            .text("error", error)
            .uint64("latestInstance", latestInstance)
            .number("validated", validated)
            .epoch("chainHead", live.map(LiveStatus::chainHead).orElse(OptionalLong.empty()))
            .epoch("latestHeadEpoch", live.map(LiveStatus::latestHeadEpoch));
    OptionalLong lag = live.map(LiveStatus::lag).orElse(OptionalLong.empty());
    if (lag.isPresent()) {
      json.number("lag", lag.getAsLong());
    } else {
      json.nothing("lag");
    }
    if (live.isPresent()) {
      json.number("silenceMillis", live.get().silence().toMillis())
          .text("silenceBasis", live.get().basis().name())
          .bool("chainAdvanced", live.get().chainAdvanced());
    } else {
      json.nothing("silenceMillis").nothing("silenceBasis").nothing("chainAdvanced");
    }
    if (report.isPresent() && report.get().participation().isPresent()) {
      json.number("participation", report.get().participation().getAsDouble());
    } else {
      json.nothing("participation");
    }
    if (report.isPresent()) {
      json.number("participationInstances", report.get().participationInstances());
    } else {
      json.nothing("participationInstances");
    }
    return json.object("progress", progress.map(MonitorRoundResult::json))
        .objects(
            "alerts",
            alerts,
            alert ->
                JsonFields.object()
                    .text("kind", alert.kind().name())
                    .text("message", alert.message())
                    .text("evidence", alert.evidence()))
        .strings("notes", notes);
  }

  private static JsonFields json(Progress progress) {
    JsonFields json =
        JsonFields.object()
            .number("instances", progress.instances())
            .uint64("firstInstance", progress.firstInstance())
            .number("epochsFinalised", progress.epochsFinalised());
    if (progress.meanEpochsFinalised().isPresent()) {
      json.number("meanEpochsFinalised", progress.meanEpochsFinalised().getAsDouble());
    } else {
      json.nothing("meanEpochsFinalised");
    }
    json.number("baseOnly", progress.baseOnly())
        .number("longestBaseOnlyStreak", progress.longestBaseOnlyStreak())
        .number("currentBaseOnlyStreak", progress.currentBaseOnlyStreak());
    if (progress.instancesPerHour().isPresent()) {
      json.number("instancesPerEpochHour", progress.instancesPerHour().getAsDouble());
    } else {
      json.nothing("instancesPerEpochHour");
    }
    if (progress.latestLagLowerBound().isPresent()) {
      json.number("latestLagLowerBound", progress.latestLagLowerBound().getAsLong());
    } else {
      json.nothing("latestLagLowerBound");
    }
    return json;
  }
}
