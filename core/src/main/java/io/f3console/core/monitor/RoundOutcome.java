package io.f3console.core.monitor;

import io.f3console.core.health.Alert;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.Progress;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one round of following a node found.
 *
 * @param verdict healthy, an alert, or the node could not be reached
 * @param alerts every alert of the round: the sync's (an invalid certificate, an untrusted starting
 *     table, nothing to judge) and the rules'
 * @param report the rules' evaluation, when there was a certificate to judge
 * @param progress the progress over the instances judged, when there were any
 * @param latestInstance the newest instance in the store after the sync
 * @param validated how many certificates this round validated and stored
 * @param verified whether every certificate judged had its signatures checked
 * @param error why the node could not be reached
 * @param reason the node call's failure, when the node could not be reached by it
 * @param trust the trust of the table the store started from, as this round's sync judged it (empty
 *     when no sync ran): whether what is stored descends from the network's expected initial table
 */
public record RoundOutcome(
    HealthVerdict verdict,
    List<Alert> alerts,
    Optional<HealthReport> report,
    Optional<Progress> progress,
    OptionalLong latestInstance,
    long validated,
    boolean verified,
    Optional<String> error,
    Optional<RpcException.Reason> reason,
    Optional<Trust> trust) {

  public RoundOutcome {
    Objects.requireNonNull(verdict, "verdict");
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(latestInstance, "latestInstance");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(trust, "trust");
  }

  /** Whether the stored certificates are proved: signatures checked from a verified table. */
  public boolean proved() {
    return verified && trust.map(t -> t.state() == TrustState.VERIFIED).orElse(false);
  }

  /** A round in which the node could not be reached. */
  public static RoundOutcome unreachable(String message, Optional<RpcException.Reason> reason) {
    return new RoundOutcome(
        HealthVerdict.UNREACHABLE,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        OptionalLong.empty(),
        0,
        true,
        Optional.of(message),
        reason,
        Optional.empty());
  }
}
