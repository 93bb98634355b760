package io.f3console.core.health;

import io.f3console.core.participation.InstanceParticipation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How F3 progressed over a run of consecutive instances, from their certificates alone.
 *
 * <p><b>Epochs finalised</b> by instance i: {@code headEpoch − baseEpoch} of its certificate, 0 for
 * a <b>base-only decision</b> (an ECChain of length 1, which finalises nothing new).
 *
 * <p><b>Lag lower bound</b> of instance i: also {@code headEpoch − baseEpoch}. Instance i starts
 * from the base its predecessor finalised and decides on a chain EC had already produced, so when
 * it began EC was at least {@code headEpoch − baseEpoch} epochs ahead of finality: a lower bound of
 * the lag at that time (EC may have been further ahead; the certificate cannot tell).
 *
 * <p><b>Instances per hour</b> are counted on epoch time, not wall-clock time: the epochs from the
 * first instance's base to the last instance's head, times the block delay. A stretch of null
 * rounds counts as time passing; the instants certificates appeared at are not known.
 *
 * @param instances how many instances were summed
 * @param firstInstance the first instance, if any
 * @param lastInstance the last instance, if any
 * @param epochsFinalised the epochs finalised over all instances
 * @param minEpochsFinalised the fewest epochs one instance finalised (0 when none)
 * @param maxEpochsFinalised the most epochs one instance finalised (0 when none)
 * @param distribution how many instances finalised how many epochs, in fixed ranges
 * @param baseOnly how many instances were base-only decisions
 * @param longestBaseOnlyStreak the longest run of consecutive base-only decisions
 * @param currentBaseOnlyStreak the run of base-only decisions that ends at the last instance
 * @param epochSpan epochs from the first instance's base to the last instance's head
 * @param blockDelay the time of one epoch
 * @param latestLagLowerBound the lag lower bound of the last instance, if any
 * @param maxLagLowerBound the largest lag lower bound, if any
 * @param maxLagInstance the instance with the largest lag lower bound (the first such), if any
 */
public record Progress(
    long instances,
    OptionalLong firstInstance,
    OptionalLong lastInstance,
    long epochsFinalised,
    long minEpochsFinalised,
    long maxEpochsFinalised,
    List<EpochBucket> distribution,
    long baseOnly,
    long longestBaseOnlyStreak,
    long currentBaseOnlyStreak,
    long epochSpan,
    Duration blockDelay,
    OptionalLong latestLagLowerBound,
    OptionalLong maxLagLowerBound,
    OptionalLong maxLagInstance) {

  /** The upper ends of the distribution's ranges; the last range has no upper end. */
  static final long[] BUCKET_ENDS = {0, 1, 5, 20, 100};

  public Progress {
    Objects.requireNonNull(firstInstance, "firstInstance");
    Objects.requireNonNull(lastInstance, "lastInstance");
    distribution = List.copyOf(distribution);
    Objects.requireNonNull(blockDelay, "blockDelay");
    Objects.requireNonNull(latestLagLowerBound, "latestLagLowerBound");
    Objects.requireNonNull(maxLagLowerBound, "maxLagLowerBound");
    Objects.requireNonNull(maxLagInstance, "maxLagInstance");
  }

  /**
   * Sums {@code instances}, in chain order.
   *
   * @param blockDelay the time of one epoch (30 s on mainnet and calibnet)
   * @throws IllegalArgumentException if an instance does not follow the one before it
   */
  public static Progress of(List<InstanceParticipation> instances, Duration blockDelay) {
    ProgressAccumulator sum = new ProgressAccumulator(blockDelay);
    for (InstanceParticipation instance : instances) {
      sum.add(instance);
    }
    return sum.progress();
  }

  /** The mean of epochs finalised per instance, if there were instances. */
  public OptionalDouble meanEpochsFinalised() {
    return instances == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) epochsFinalised / instances);
  }

  /** The epoch time the instances span: {@link #epochSpan} × {@link #blockDelay}. */
  public Duration epochTime() {
    return blockDelay.multipliedBy(epochSpan);
  }

  /**
   * Instances per hour of epoch time (see the type's description); empty when the instances span no
   * epochs.
   */
  public OptionalDouble instancesPerHour() {
    double hours = epochTime().toMillis() / 3_600_000.0;
    return hours > 0 ? OptionalDouble.of(instances / hours) : OptionalDouble.empty();
  }

  /** The lag lower bound of one instance: see the type's description. */
  public static long lagLowerBound(InstanceParticipation instance) {
    return instance.headEpoch() - instance.baseEpoch();
  }
}
