package io.f3console.core.history;

import io.f3console.core.trust.TrustState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions to list: all filters are optional and combine with "and"; newest first.
 *
 * @param network sessions about this network (as recorded: a profile key or F3 network name)
 * @param kind sessions of this kind
 * @param trust sessions that judged a table or chain with this trust state
 * @param since sessions started at or after this moment
 * @param text sessions whose command, summary, reason or sources contain this text
 * @param limit at most this many
 */
public record SessionQuery(
    Optional<String> network,
    Optional<SessionKind> kind,
    Optional<TrustState> trust,
    Optional<Instant> since,
    Optional<String> text,
    int limit) {
  public static final int DEFAULT_LIMIT = 1000;

  public SessionQuery {
    Objects.requireNonNull(network);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(since);
    Objects.requireNonNull(text);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static SessionQuery all() {
    return new SessionQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_LIMIT);
  }

  public SessionQuery network(String value) {
    return new SessionQuery(Optional.ofNullable(value), kind, trust, since, text, limit);
  }

  public SessionQuery kind(SessionKind value) {
    return new SessionQuery(network, Optional.ofNullable(value), trust, since, text, limit);
  }

  public SessionQuery trust(TrustState value) {
    return new SessionQuery(network, kind, Optional.ofNullable(value), since, text, limit);
  }

  public SessionQuery since(Instant value) {
    return new SessionQuery(network, kind, trust, Optional.ofNullable(value), text, limit);
  }

  public SessionQuery text(String value) {
    return new SessionQuery(
        network, kind, trust, since, Optional.ofNullable(value).filter(v -> !v.isBlank()), limit);
  }

  public SessionQuery limit(int value) {
    return new SessionQuery(network, kind, trust, since, text, value);
  }
}
