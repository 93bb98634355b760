package io.f3console.core.source;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to open sources that talk to something: a node's token and time limits. The token is kept out
 * of {@link #toString()} and out of every source string.
 *
 * @param token the bearer token for a node's JSON-RPC API, if it needs one
 * @param timeout how long one request may take
 * @param retries how many times a failed certificate request is tried again
 * @param concurrency how many requests may be in flight at once
 */
public record SourceOptions(
    Optional<String> token, Duration timeout, int retries, int concurrency) {
  public SourceOptions {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  /** No token, 30 s per request, 3 retries, 4 requests in flight. */
  public static SourceOptions defaults() {
    return new SourceOptions(Optional.empty(), Duration.ofSeconds(30), 3, 4);
  }

  public SourceOptions withToken(String value) {
    return new SourceOptions(Optional.of(value), timeout, retries, concurrency);
  }

  @Override
  public String toString() {
    return "SourceOptions[token="
        + (token.isPresent() ? "(set)" : "(none)")
        + ", timeout="
        + timeout
        + ", retries="
        + retries
        + ", concurrency="
        + concurrency
        + "]";
  }
}
