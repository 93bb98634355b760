package io.f3console.core.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Follows a node over several observations: remembers when the newest certificate was first seen
 * and the chain head then, so that each observation gives the silence since then and whether the
 * chain advanced during it ({@link SilenceBasis#OBSERVED}). Not thread-safe.
 */
public final class LiveTracker {
  private long instance;
  private Instant since;
  private OptionalLong headThen = OptionalLong.empty();

  /**
   * Takes one observation and says what it shows. The first observation, and any that shows a newer
   * instance, starts a new silence at its instant.
   */
  public LiveStatus observe(LiveObservation observation) {
    Objects.requireNonNull(observation, "observation");
    if (since == null || Long.compareUnsigned(observation.latestInstance(), instance) > 0) {
      instance = observation.latestInstance();
      since = observation.at();
      headThen = observation.chainHead();
    } else if (headThen.isEmpty()) {
      headThen = observation.chainHead();
    }
    Duration silence = Duration.between(since, observation.at());
    if (silence.isNegative()) {
      silence = Duration.ZERO;
    }
    boolean advanced =
        headThen.isPresent()
            && observation.chainHead().isPresent()
            && observation.chainHead().getAsLong() > headThen.getAsLong();
    return new LiveStatus(
        observation.latestInstance(),
        observation.latestHeadEpoch(),
        observation.chainHead(),
        silence,
        SilenceBasis.OBSERVED,
        advanced);
  }
}
