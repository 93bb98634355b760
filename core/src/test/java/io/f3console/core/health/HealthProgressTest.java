package io.f3console.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.f3console.core.participation.InstanceParticipation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Progress}: epochs finalised, base-only streaks, instances per hour, lag bounds. */
class HealthProgressTest {
  private static final Duration EPOCH = Duration.ofSeconds(30);

  /** Consecutive instances from {@code first}, each finalising the given epochs past its base. */
  static List<InstanceParticipation> chain(long first, long baseEpoch, long... finalised) {
    List<InstanceParticipation> out = new ArrayList<>();
    long base = baseEpoch;
    for (int i = 0; i < finalised.length; i++) {
      long head = base + finalised[i];
      out.add(new InstanceParticipation(first + i, 3, 4, 300, 400, finalised[i] == 0, base, head));
      base = head;
    }
    return out;
  }

  @Test
  void aHandBuiltRunGivesItsStreaksMeansBucketsAndRate() {
    long[] finalised = {3, 0, 0, 1, 0, 0, 0, 25, 0, 0};
    Progress progress = Progress.of(chain(10, 1000, finalised), EPOCH);

    assertThat(progress.instances()).isEqualTo(10);
    assertThat(progress.firstInstance()).hasValue(10);
    assertThat(progress.lastInstance()).hasValue(19);
    assertThat(progress.epochsFinalised()).isEqualTo(3 + 1 + 25);
    assertThat(progress.meanEpochsFinalised().getAsDouble()).isCloseTo(2.9, within(1e-12));
    assertThat(progress.minEpochsFinalised()).isZero();
    assertThat(progress.maxEpochsFinalised()).isEqualTo(25);
    assertThat(progress.baseOnly()).isEqualTo(7);
    assertThat(progress.longestBaseOnlyStreak()).isEqualTo(3);
    assertThat(progress.currentBaseOnlyStreak()).isEqualTo(2);
    assertThat(progress.epochSpan()).isEqualTo(29);
    assertThat(progress.epochTime()).isEqualTo(Duration.ofSeconds(29 * 30));
    assertThat(progress.instancesPerHour().getAsDouble())
        .isCloseTo(10 / (29 * 30 / 3600.0), within(1e-9));
    assertThat(progress.latestLagLowerBound()).hasValue(0);
    assertThat(progress.maxLagLowerBound()).hasValue(25);
    assertThat(progress.maxLagInstance()).hasValue(17);
    assertThat(progress.distribution())
        .extracting(EpochBucket::label)
        .containsExactly("0", "1", "2–5", "6–20", "21–100", "101+");
    assertThat(progress.distribution())
        .extracting(EpochBucket::instances)
        .containsExactly(7L, 1L, 1L, 0L, 1L, 0L);
  }

  @Test
  void aRunEndingInProgressHasNoCurrentStreakAndBucketEdgesAreInclusive() {
    Progress progress = Progress.of(chain(0, 50, 0, 5, 6, 20, 21, 100, 101), EPOCH);
    assertThat(progress.currentBaseOnlyStreak()).isZero();
    assertThat(progress.longestBaseOnlyStreak()).isEqualTo(1);
    assertThat(progress.distribution())
        .extracting(EpochBucket::instances)
        .containsExactly(1L, 0L, 1L, 2L, 2L, 1L);
    assertThat(progress.latestLagLowerBound()).hasValue(101);
    assertThat(Progress.lagLowerBound(chain(4, 7, 9).get(0))).isEqualTo(9);
  }

  @Test
  void nothingSummedIsEmptyAndAllBaseOnlyHasNoRate() {
    Progress none = Progress.of(List.of(), EPOCH);
    assertThat(none.instances()).isZero();
    assertThat(none.meanEpochsFinalised()).isEmpty();
    assertThat(none.instancesPerHour()).isEmpty();
    assertThat(none.lastInstance()).isEmpty();
    Progress stuck = Progress.of(chain(0, 50, 0, 0, 0), EPOCH);
    assertThat(stuck.instancesPerHour()).isEmpty();
    assertThat(stuck.currentBaseOnlyStreak()).isEqualTo(3);
  }

  @Test
  void instancesOutOfOrderAreRefused() {
    List<InstanceParticipation> run = new ArrayList<>(chain(0, 50, 1, 1));
    run.add(chain(5, 52, 1).get(0));
    assertThatThrownBy(() -> Progress.of(run, EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instance 5 does not follow 1");
  }

  @Test
  void aMillionInstancesAreSummedInOnePassWithoutKeepingThem() {
    ProgressAccumulator sum = new ProgressAccumulator(EPOCH);
    long base = 4_920_480;
    long expectedEpochs = 0;
    int n = 1_000_000;
    for (int i = 0; i < n; i++) {
      // every fourth instance is base-only; the others finalise 1, 2 or 3 epochs in turn
      long finalised = i % 4 == 3 ? 0 : i % 4 + 1;
      sum.add(new InstanceParticipation(i, 3, 4, 300, 400, finalised == 0, base, base + finalised));
      base += finalised;
      expectedEpochs += finalised;
    }
    Progress progress = sum.progress();
    assertThat(progress.instances()).isEqualTo(n);
    assertThat(progress.epochsFinalised()).isEqualTo(expectedEpochs).isEqualTo(n / 4 * 6L);
    assertThat(progress.baseOnly()).isEqualTo(n / 4);
    assertThat(progress.longestBaseOnlyStreak()).isEqualTo(1);
    assertThat(progress.currentBaseOnlyStreak()).isEqualTo(1);
    assertThat(progress.instancesPerHour().getAsDouble())
        .isCloseTo(n / (expectedEpochs * 30 / 3600.0), within(1e-6));
  }
}
