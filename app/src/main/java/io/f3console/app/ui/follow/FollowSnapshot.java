package io.f3console.app.ui.follow;

import io.f3console.core.health.LagSeries;
import io.f3console.core.health.Progress;
import io.f3console.core.monitor.RoundOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one round of following a node found, with the store's recent history for the Health view.
 *
 * @param round the round's number, from 1
 * @param at when it ran
 * @param network the F3 network name the node's manifest gives, when known
 * @param store the store the round synced, when the network was known
 * @param outcome the round's verdict, alerts and live state (core's {@link RoundOutcome})
 * @param progress the progress over the store's last instances
 * @param lag the lag lower bound of those instances
 */
public record FollowSnapshot(
    int round,
    Instant at,
    Optional<String> network,
    Optional<Path> store,
    RoundOutcome outcome,
    Optional<Progress> progress,
    LagSeries lag) {

  public FollowSnapshot {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(lag, "lag");
  }

  /** A round in which the node could not be reached, before anything was read. */
  static FollowSnapshot unreachable(int round, Instant at, RoundOutcome outcome) {
    return new FollowSnapshot(
        round,
        at,
        Optional.empty(),
        Optional.empty(),
        outcome,
        Optional.empty(),
        new LagSeries(List.of(), 1));
  }
}
