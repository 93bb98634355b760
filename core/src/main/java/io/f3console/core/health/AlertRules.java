package io.f3console.core.health;

import io.f3console.core.gpbft.ActorId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The rules a round is judged by. A rule left empty is not checked.
 *
 * <ul>
 *   <li>lag: an alert when the lag behind the chain head is above {@code maxLag} epochs (exactly
 *       {@code maxLag} is fine; Forest's {@code f3 ready} uses 20);
 *   <li>silence: an alert when no new certificate came for {@code maxSilence} or longer; {@link
 *       AlertKind#STALL} when the chain head advanced meanwhile, else {@link AlertKind#SILENCE};
 *   <li>participation: an alert when the signers held less than {@code minParticipation} percent of
 *       the committees' scaled power, summed over the last {@code participationWindow} instances
 *       (exactly the limit is fine);
 *   <li>miners: an alert for each chosen miner that did not sign the last {@code absentInstances}
 *       (or more) consecutive certificates of committees it was in, and for one that was in none of
 *       the committees looked at.
 * </ul>
 *
 * @param maxLag the largest lag in epochs that is fine
 * @param maxSilence the silence that is an alert
 * @param minParticipation the smallest share of power, in percent (0–100), that is fine
 * @param participationWindow how many of the last instances the share is summed over
 * @param miners the chosen miners
 * @param absentInstances K: consecutive unsigned certificates that make a chosen miner absent
 */
public record AlertRules(
    OptionalLong maxLag,
    Optional<Duration> maxSilence,
    OptionalDouble minParticipation,
    int participationWindow,
    List<ActorId> miners,
    int absentInstances) {

  /** Forest's {@code f3 ready} threshold: 20 epochs. */
  public static final long DEFAULT_MAX_LAG = 20;

  /**
   * Fifteen minutes: the epoch time of 30 epochs of 30 s, half as much again as {@link
   * #DEFAULT_MAX_LAG}, so that on a chain that advances the lag rule speaks first and a lag of
   * exactly the limit judged in epoch time is no silence.
   */
  public static final Duration DEFAULT_MAX_SILENCE = Duration.ofMinutes(15);

  /** The participation share is summed over the last 10 instances. */
  public static final int DEFAULT_PARTICIPATION_WINDOW = 10;

  /** A chosen miner is absent after 5 consecutive certificates without its signature. */
  public static final int DEFAULT_ABSENT_INSTANCES = 5;

  public AlertRules {
    Objects.requireNonNull(maxLag, "maxLag");
    Objects.requireNonNull(maxSilence, "maxSilence");
    Objects.requireNonNull(minParticipation, "minParticipation");
    miners = List.copyOf(miners);
    if (maxLag.isPresent() && maxLag.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "the largest lag must not be negative, got " + maxLag.getAsLong());
    }
    if (maxSilence.isPresent() && (maxSilence.get().isNegative() || maxSilence.get().isZero())) {
      throw new IllegalArgumentException(
          "the silence limit must be positive, got " + maxSilence.get());
    }
    if (minParticipation.isPresent()
        && !(minParticipation.getAsDouble() >= 0 && minParticipation.getAsDouble() <= 100)) {
      throw new IllegalArgumentException(
          "the participation limit must be 0–100 %, got " + minParticipation.getAsDouble());
    }
    if (participationWindow < 1) {
      throw new IllegalArgumentException(
          "the participation window must be at least 1" + " instance, got " + participationWindow);
    }
    if (absentInstances < 1) {
      throw new IllegalArgumentException(
          "a miner is absent after at least 1 instance, got " + absentInstances);
    }
  }

  /** Lag above 20 epochs, silence of 15 minutes; no participation or miner rule. */
  public static AlertRules defaults() {
    return new AlertRules(
        OptionalLong.of(DEFAULT_MAX_LAG),
        Optional.of(DEFAULT_MAX_SILENCE),
        OptionalDouble.empty(),
        DEFAULT_PARTICIPATION_WINDOW,
        List.of(),
        DEFAULT_ABSENT_INSTANCES);
  }
}
