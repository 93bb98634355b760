package io.f3console.core.health;

import io.f3console.core.participation.InstanceParticipation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Sums instances into a {@link Progress} one at a time, in chain order, in constant memory:
 * primitive counters only, so a million instances cost a million calls and nothing more. Not
 * thread-safe.
 */
public final class ProgressAccumulator {
  private final Duration blockDelay;
  private final long[] buckets = new long[Progress.BUCKET_ENDS.length + 1];
  private long count;
  private long first;
  private long last;
  private long firstBase;
  private long lastHead;
  private long epochs;
  private long min;
  private long max;
  private long baseOnly;
  private long longestStreak;
  private long currentStreak;
  private long latestLag;
  private long maxLag;
  private long maxLagInstance;

  /**
   * @param blockDelay the time of one epoch
   */
  public ProgressAccumulator(Duration blockDelay) {
    this.blockDelay = Objects.requireNonNull(blockDelay, "blockDelay");
    if (blockDelay.isNegative() || blockDelay.isZero()) {
      throw new IllegalArgumentException("the block delay must be positive, got " + blockDelay);
    }
  }

  /**
   * Adds the next instance.
   *
   * @throws IllegalArgumentException if it does not follow the last one added
   */
  public void add(InstanceParticipation instance) {
    long number = instance.instance();
    if (count > 0 && number != last + 1) {
      throw new IllegalArgumentException(
          "instance "
              + Long.toUnsignedString(number)
              + " does not follow "
              + Long.toUnsignedString(last));
    }
    long finalised = instance.epochsFinalised();
    if (count == 0) {
      first = number;
      firstBase = instance.baseEpoch();
      min = finalised;
      max = finalised;
    } else {
      min = Math.min(min, finalised);
      max = Math.max(max, finalised);
    }
    count++;
    last = number;
    lastHead = instance.headEpoch();
    epochs += finalised;
    int bucket = 0;
    while (bucket < Progress.BUCKET_ENDS.length && finalised > Progress.BUCKET_ENDS[bucket]) {
      bucket++;
    }
    buckets[bucket]++;
    if (instance.baseOnly()) {
      baseOnly++;
      currentStreak++;
      longestStreak = Math.max(longestStreak, currentStreak);
    } else {
      currentStreak = 0;
    }
    latestLag = Progress.lagLowerBound(instance);
    if (count == 1 || latestLag > maxLag) {
      maxLag = latestLag;
      maxLagInstance = number;
    }
  }

  /** How many instances have been added. */
  public long count() {
    return count;
  }

  /** The sum of what has been added so far. */
  public Progress progress() {
    List<EpochBucket> distribution = new ArrayList<>(buckets.length);
    long from = 0;
    for (int i = 0; i < buckets.length; i++) {
      long to = i < Progress.BUCKET_ENDS.length ? Progress.BUCKET_ENDS[i] : Long.MAX_VALUE;
      distribution.add(new EpochBucket(from, to, buckets[i]));
      from = to + 1;
    }
    boolean any = count > 0;
    return new Progress(
        count,
        any ? OptionalLong.of(first) : OptionalLong.empty(),
        any ? OptionalLong.of(last) : OptionalLong.empty(),
        epochs,
        any ? min : 0,
        any ? max : 0,
        distribution,
        baseOnly,
        longestStreak,
        currentStreak,
        any ? lastHead - firstBase : 0,
        blockDelay,
        any ? OptionalLong.of(latestLag) : OptionalLong.empty(),
        any ? OptionalLong.of(maxLag) : OptionalLong.empty(),
        any ? OptionalLong.of(maxLagInstance) : OptionalLong.empty());
  }
}
