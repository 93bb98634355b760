package io.f3console.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationSeriesTest {
  private static final int MILLION = 1_000_000;

  /** A deterministic, irregular signed power for instance {@code i} of a 64,763 committee. */
  private static long signedAt(int i) {
    return 43_200 + (i * 7_919L + (long) i * i % 9_973) % 21_000;
  }

  private static long totalAt(int i) {
    return 64_763 - (i / 100_000);
  }

  private static ParticipationSeries million() {
    ParticipationSeries.Builder builder = ParticipationSeries.builder(16);
    for (int i = 0; i < MILLION; i++) {
      builder.add(1_000L + i, signedAt(i), totalAt(i), i % 37 == 0, 5_000_000L + 2L * i);
    }
    return builder.build();
  }

  @Test
  void aMillionInstancesBucketToTheValuesOfAnIndependentCount() {
    ParticipationSeries series = million();
    int from = 123;
    int to = 999_877;
    int maxBuckets = 997;

    List<ParticipationSeries.Bucket> buckets = series.buckets(from, to, maxBuckets);

    assertThat(series.size()).isEqualTo(MILLION);
    assertThat(buckets).hasSize(maxBuckets);
    int n = to - from;
    long[] minSigned = new long[maxBuckets];
    long[] minTotal = new long[maxBuckets];
    long[] maxSigned = new long[maxBuckets];
    long[] maxTotal = new long[maxBuckets];
    double[] sums = new double[maxBuckets];
    int[] counts = new int[maxBuckets];
    int[] base = new int[maxBuckets];
    for (int j = 0; j < n; j++) {
      // the bucket whose start floor(b * n / c) is the last at or before j
      int b = (int) (((long) (j + 1) * maxBuckets - 1) / n);
      int i = from + j;
      long s = signedAt(i);
      long t = totalAt(i);
      if (counts[b] == 0 || s * minTotal[b] < minSigned[b] * t) {
        minSigned[b] = s;
        minTotal[b] = t;
      }
      if (counts[b] == 0 || s * maxTotal[b] > maxSigned[b] * t) {
        maxSigned[b] = s;
        maxTotal[b] = t;
      }
      sums[b] += (double) s / t;
      counts[b]++;
      if (i % 37 == 0) {
        base[b]++;
      }
    }
    int expectedStart = from;
    for (int b = 0; b < maxBuckets; b++) {
      ParticipationSeries.Bucket bucket = buckets.get(b);
      assertThat(bucket.fromIndex()).as("bucket %d", b).isEqualTo(expectedStart);
      assertThat(bucket.count()).as("bucket %d", b).isEqualTo(counts[b]);
      assertThat(bucket.firstInstance()).isEqualTo(1_000L + bucket.fromIndex());
      assertThat(bucket.lastInstance()).isEqualTo(1_000L + bucket.toIndex() - 1);
      assertThat(bucket.minShare())
          .as("bucket %d", b)
          .isEqualTo((double) minSigned[b] / minTotal[b]);
      assertThat(bucket.maxShare())
          .as("bucket %d", b)
          .isEqualTo((double) maxSigned[b] / maxTotal[b]);
      assertThat(bucket.meanShare())
          .as("bucket %d", b)
          .isCloseTo(sums[b] / counts[b], within(1e-12));
      assertThat(bucket.baseOnly()).as("bucket %d", b).isEqualTo(base[b]);
      expectedStart = bucket.toIndex();
    }
    assertThat(expectedStart).isEqualTo(to);
    assertThat(buckets)
        .allSatisfy(
            bucket -> assertThat(bucket.count()).isBetween(n / maxBuckets, n / maxBuckets + 1));
  }

  @Test
  void fewerInstancesThanBucketsGiveOneBucketPerInstance() {
    ParticipationSeries series =
        ParticipationSeries.builder(2)
            .add(7, 50, 100, false, 10)
            .add(8, 90, 100, true, 12)
            .add(9, 70, 0, false, 13)
            .build();

    List<ParticipationSeries.Bucket> buckets = series.buckets(0, 3, 500);

    assertThat(buckets)
        .extracting(ParticipationSeries.Bucket::minShare)
        .containsExactly(0.5, 0.9, 0.0);
    assertThat(buckets).extracting(ParticipationSeries.Bucket::baseOnly).containsExactly(0, 1, 0);
    assertThat(series.indexOf(8)).isEqualTo(1);
    assertThat(series.indexOf(10)).isEqualTo(-1);
    assertThat(series.buckets(1, 1, 10)).isEmpty();
  }

  @Test
  void instancesMustIncreaseAndRangesStayInside() {
    ParticipationSeries.Builder builder = ParticipationSeries.builder(1).add(5, 1, 2, false, 1);
    assertThatThrownBy(() -> builder.add(5, 1, 2, false, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not follow");
    ParticipationSeries series = builder.build();
    assertThatThrownBy(() -> series.buckets(0, 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> series.buckets(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
