package io.f3console.core.health;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The live state of F3 on a node.
 *
 * <p><b>Lag</b>: the chain head's epoch − the epoch of the newest certificate's head; how far EC is
 * ahead of finality now. <b>Silence</b>: the time since the last new certificate (see {@link
 * SilenceBasis} for how it was judged). <b>Chain advanced</b>: whether the chain head moved on
 * during that silence; a silence while the chain advances is a stall.
 *
 * @param latestInstance the newest instance with a certificate
 * @param latestHeadEpoch the epoch of its head
 * @param chainHead the chain head's epoch, if read
 * @param silence the silence
 * @param basis how the silence was judged
 * @param chainAdvanced whether the chain head advanced during the silence
 */
public record LiveStatus(
    long latestInstance,
    long latestHeadEpoch,
    OptionalLong chainHead,
    Duration silence,
    SilenceBasis basis,
    boolean chainAdvanced) {

  public LiveStatus {
    Objects.requireNonNull(chainHead, "chainHead");
    Objects.requireNonNull(silence, "silence");
    Objects.requireNonNull(basis, "basis");
  }

  /** The lag behind the chain head, if the head was read (negative values are kept as read). */
  public OptionalLong lag() {
    return chainHead.isPresent()
        ? OptionalLong.of(chainHead.getAsLong() - latestHeadEpoch)
        : OptionalLong.empty();
  }

  /**
   * From one observation alone: the silence is the lag in epoch time ({@link
   * SilenceBasis#LAG_EPOCH_TIME}), and the chain advanced if the lag is positive.
   */
  public static LiveStatus once(LiveObservation observation, Duration blockDelay) {
    if (observation.chainHead().isEmpty()) {
      return new LiveStatus(
          observation.latestInstance(),
          observation.latestHeadEpoch(),
          observation.chainHead(),
          Duration.ZERO,
          SilenceBasis.NONE,
          false);
    }
    long lag = observation.chainHead().getAsLong() - observation.latestHeadEpoch();
    return new LiveStatus(
        observation.latestInstance(),
        observation.latestHeadEpoch(),
        observation.chainHead(),
        blockDelay.multipliedBy(Math.max(0, lag)),
        SilenceBasis.LAG_EPOCH_TIME,
        lag > 0);
  }
}
