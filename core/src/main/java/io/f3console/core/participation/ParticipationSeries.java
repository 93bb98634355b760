package io.f3console.core.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Participation per instance held in primitive arrays, and bucketed for a chart: a million
 * instances cost a few tens of megabytes and bucket in one pass without allocating per instance.
 * Immutable once built; instances are in chain order.
 */
public final class ParticipationSeries {
  /** The strong quorum as a share of the scaled power: a certificate needs more than 2/3. */
  public static final double TWO_THIRDS = 2.0 / 3.0;

  private final int size;
  private final long[] instances;
  private final long[] headEpochs;
  private final long[] signed;
  private final long[] totals;
  private final boolean[] baseOnly;

  private ParticipationSeries(Builder b) {
    this.size = b.size;
    this.instances = Arrays.copyOf(b.instances, b.size);
    this.headEpochs = Arrays.copyOf(b.headEpochs, b.size);
    this.signed = Arrays.copyOf(b.signed, b.size);
    this.totals = Arrays.copyOf(b.totals, b.size);
    this.baseOnly = Arrays.copyOf(b.baseOnly, b.size);
  }

  /**
   * The instances of one bucket, from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive)
   * in the series.
   *
   * @param fromIndex the first index in the bucket
   * @param toIndex one past the last index
   * @param firstInstance the bucket's first instance
   * @param lastInstance the bucket's last instance
   * @param minShare the smallest signed share in the bucket, 0–1
   * @param meanShare the mean of the bucket's signed shares (each instance counts once)
   * @param maxShare the largest signed share
   * @param baseOnly how many of the bucket's certificates decided only their base
   */
  public record Bucket(
      int fromIndex,
      int toIndex,
      long firstInstance,
      long lastInstance,
      double minShare,
      double meanShare,
      double maxShare,
      int baseOnly) {
    /** How many instances the bucket holds. */
    public int count() {
      return toIndex - fromIndex;
    }
  }

  /** The series of a list of instance summaries, in their order. */
  public static ParticipationSeries of(List<InstanceParticipation> participation) {
    Builder builder = builder(participation.size());
    for (InstanceParticipation p : participation) {
      builder.add(
          p.instance(), p.signedScaledPower(), p.scaledTotal(), p.baseOnly(), p.headEpoch());
    }
    return builder.build();
  }

  /** A builder expecting about {@code capacity} instances (it grows past it). */
  public static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  /** How many instances the series holds. */
  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public long instance(int index) {
    Objects.checkIndex(index, size);
    return instances[index];
  }

  public long headEpoch(int index) {
    Objects.checkIndex(index, size);
    return headEpochs[index];
  }

  public boolean baseOnly(int index) {
    Objects.checkIndex(index, size);
    return baseOnly[index];
  }

  /** The scaled power that signed instance {@code index}. */
  public long signedScaledPower(int index) {
    Objects.checkIndex(index, size);
    return signed[index];
  }

  /** The committee's scaled total at instance {@code index}. */
  public long scaledTotal(int index) {
    Objects.checkIndex(index, size);
    return totals[index];
  }

  /** The signed share of instance {@code index}, 0–1 (0 for an empty committee). */
  public double share(int index) {
    Objects.checkIndex(index, size);
    return shareAt(index);
  }

  private double shareAt(int index) {
    return totals[index] == 0 ? 0 : (double) signed[index] / totals[index];
  }

  /**
   * The index of {@code instance}, or -1 when the series does not hold it. Instances increase along
   * the series, so this is a binary search (unsigned order is not needed: instances stay far below
   * 2^63).
   */
  public int indexOf(long instance) {
    int found = Arrays.binarySearch(instances, 0, size, instance);
    return found < 0 ? -1 : found;
  }

  /**
   * Buckets the instances from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive) into at
   * most {@code maxBuckets} consecutive buckets of nearly equal size (sizes differ by at most one;
   * with fewer instances than buckets each instance is its own bucket). One pass over the range.
   *
   * @throws IndexOutOfBoundsException if the range is not within the series
   * @throws IllegalArgumentException if {@code maxBuckets} is below 1
   */
  public List<Bucket> buckets(int fromIndex, int toIndex, int maxBuckets) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    if (maxBuckets < 1) {
      throw new IllegalArgumentException("at least one bucket, got " + maxBuckets);
    }
    int n = toIndex - fromIndex;
    int count = Math.min(n, maxBuckets);
    List<Bucket> buckets = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      int start = fromIndex + (int) ((long) b * n / count);
      int end = fromIndex + (int) ((long) (b + 1) * n / count);
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      int base = 0;
      for (int i = start; i < end; i++) {
        double share = shareAt(i);
        min = Math.min(min, share);
        max = Math.max(max, share);
        sum += share;
        if (baseOnly[i]) {
          base++;
        }
      }
      buckets.add(
          new Bucket(
              start,
              end,
              instances[start],
              instances[end - 1],
              min,
              sum / (end - start),
              max,
              base));
    }
    return buckets;
  }

  /** Adds instances in chain order. Not thread-safe. */
  public static final class Builder {
    private int size;
    private long[] instances;
    private long[] headEpochs;
    private long[] signed;
    private long[] totals;
    private boolean[] baseOnly;

    private Builder(int capacity) {
      int initial = Math.max(16, capacity);
      instances = new long[initial];
      headEpochs = new long[initial];
      signed = new long[initial];
      totals = new long[initial];
      baseOnly = new boolean[initial];
    }

    /**
     * Adds the next instance.
     *
     * @throws IllegalArgumentException if the instance does not increase
     */
    public Builder add(
        long instance,
        long signedScaledPower,
        long scaledTotal,
        boolean isBaseOnly,
        long headEpoch) {
      if (size > 0 && instance <= instances[size - 1]) {
        throw new IllegalArgumentException(
            "instance " + instance + " does not follow " + instances[size - 1]);
      }
      if (size == instances.length) {
        int grown = instances.length * 2;
        instances = Arrays.copyOf(instances, grown);
        headEpochs = Arrays.copyOf(headEpochs, grown);
        signed = Arrays.copyOf(signed, grown);
        totals = Arrays.copyOf(totals, grown);
        baseOnly = Arrays.copyOf(baseOnly, grown);
      }
      instances[size] = instance;
      headEpochs[size] = headEpoch;
      signed[size] = signedScaledPower;
      totals[size] = scaledTotal;
      baseOnly[size] = isBaseOnly;
      size++;
      return this;
    }

    public ParticipationSeries build() {
      return new ParticipationSeries(this);
    }
  }
}
