package io.f3console.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.participation.InstanceParticipation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LagSeries}: one point per instance, or runs of instances when there are many. */
class LiveLagSeriesTest {

  /** Instances from 100 on, instance i finalising {@code lags[i - 100]} epochs. */
  static List<InstanceParticipation> instances(long... lags) {
    List<InstanceParticipation> list = new ArrayList<>();
    long base = 5000;
    for (int i = 0; i < lags.length; i++) {
      list.add(
          new InstanceParticipation(100 + i, 3, 4, 30, 40, lags[i] == 0, base, base + lags[i]));
      base += lags[i];
    }
    return list;
  }

  @Test
  void fewInstancesGiveOnePointEach() {
    LagSeries series = LagSeries.of(instances(1, 0, 7), 10);
    assertThat(series.instancesPerPoint()).isEqualTo(1);
    assertThat(series.points()).extracting(LagSeries.Point::max).containsExactly(1L, 0L, 7L);
    assertThat(series.points().get(2).firstInstance()).isEqualTo(102);
    assertThat(series.points().get(2).lastInstance()).isEqualTo(102);
  }

  @Test
  void manyInstancesAreSummedIntoRunsWithTheirLargestAndMeanLag() {
    LagSeries series = LagSeries.of(instances(1, 3, 2, 8, 0, 0, 5), 3);
    assertThat(series.instancesPerPoint()).isEqualTo(3);
    assertThat(series.points()).hasSize(3);
    LagSeries.Point first = series.points().get(0);
    assertThat(first.firstInstance()).isEqualTo(100);
    assertThat(first.lastInstance()).isEqualTo(102);
    assertThat(first.max()).isEqualTo(3);
    assertThat(first.mean()).isEqualTo(2.0);
    assertThat(series.points().get(1).max()).isEqualTo(8);
    assertThat(series.points().get(1).mean()).isEqualTo(8 / 3.0);
    // the last run is shorter
    assertThat(series.points().get(2).firstInstance()).isEqualTo(106);
    assertThat(series.points().get(2).lastInstance()).isEqualTo(106);
    assertThat(series.points().get(2).max()).isEqualTo(5);
  }

  @Test
  void noInstancesNoPointsAndAtLeastOnePointIsAsked() {
    assertThat(LagSeries.of(List.of(), 5).points()).isEmpty();
    assertThatThrownBy(() -> LagSeries.of(instances(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
