package io.f3console.core.health;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a node showed at one moment.
 *
 * @param at when it was observed (the caller's clock)
 * @param latestInstance the newest instance with a certificate
 * @param latestHeadEpoch the epoch of that certificate's head
 * @param chainHead the epoch of the node's chain head, if it was read
 */
public record LiveObservation(
    Instant at, long latestInstance, long latestHeadEpoch, OptionalLong chainHead) {

  public LiveObservation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(chainHead, "chainHead");
  }
}
