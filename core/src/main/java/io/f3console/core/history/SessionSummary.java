package io.f3console.core.history;

import io.f3console.core.trust.TrustState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the session list.
 *
 * @param durationMillis how long it took; empty when the stored times cannot say
 * @param trust the trust state of the table or chain the session judged, when it judged one
 */
public record SessionSummary(
    long id,
    Instant startedAt,
    Optional<Long> durationMillis,
    SessionOrigin origin,
    SessionKind kind,
    String command,
    Optional<String> network,
    SessionVerdict verdict,
    Optional<String> reason,
    Optional<TrustState> trust,
    String summary,
    Optional<Long> instanceReached,
    int notes) {
  public SessionSummary {
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(durationMillis);
    Objects.requireNonNull(origin);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(command);
    Objects.requireNonNull(network);
    Objects.requireNonNull(verdict);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(instanceReached);
  }
}
