package io.f3console.core.health;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one evaluation of the rules found.
 *
 * @param verdict {@link HealthVerdict#HEALTHY} or {@link HealthVerdict#ALERT}
 * @param alerts the alerts, in the order of the rules
 * @param live the live state judged, if there was one
 * @param participation the signers' share of power over the window, in percent, if any instance was
 *     looked at
 * @param participationInstances how many instances the share was summed over
 */
public record HealthReport(
    HealthVerdict verdict,
    List<Alert> alerts,
    Optional<LiveStatus> live,
    OptionalDouble participation,
    int participationInstances) {

  public HealthReport {
    Objects.requireNonNull(verdict, "verdict");
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(participation, "participation");
  }
}
