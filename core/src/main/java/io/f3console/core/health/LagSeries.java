package io.f3console.core.health;

import io.f3console.core.participation.InstanceParticipation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lag lower bound per instance ({@link Progress#lagLowerBound}), for a chart: one point per
 * instance, or, when there are more instances than points, one point per run of consecutive
 * instances of equal length (the last run may be shorter) with the largest and the mean lower bound
 * of the run.
 *
 * @param points the points, in chain order
 * @param instancesPerPoint how many instances each point sums (1: not aggregated)
 */
public record LagSeries(List<Point> points, long instancesPerPoint) {

  /**
   * One point.
   *
   * @param firstInstance the first instance of the run
   * @param lastInstance the last instance of the run
   * @param max the largest lag lower bound of the run, in epochs
   * @param mean the mean lag lower bound of the run, in epochs
   */
  public record Point(long firstInstance, long lastInstance, long max, double mean) {}

  public LagSeries {
    points = List.copyOf(points);
    if (instancesPerPoint < 1) {
      throw new IllegalArgumentException(
          "a point sums at least one instance, got " + instancesPerPoint);
    }
  }

  /**
   * The series of {@code instances}, in chain order, in at most {@code maxPoints} points.
   *
   * @throws IllegalArgumentException if {@code maxPoints} is below 1
   */
  public static LagSeries of(List<InstanceParticipation> instances, int maxPoints) {
    Objects.requireNonNull(instances, "instances");
    if (maxPoints < 1) {
      throw new IllegalArgumentException("at least one point, got " + maxPoints);
    }
    long per = Math.max(1, (instances.size() + maxPoints - 1) / maxPoints);
    List<Point> points = new ArrayList<>();
    for (int from = 0; from < instances.size(); from += (int) per) {
      int to = (int) Math.min(instances.size(), from + per);
      long max = Long.MIN_VALUE;
      long sum = 0;
      for (int i = from; i < to; i++) {
        long lag = Progress.lagLowerBound(instances.get(i));
        max = Math.max(max, lag);
        sum += lag;
      }
      points.add(
          new Point(
              instances.get(from).instance(),
              instances.get(to - 1).instance(),
              max,
              (double) sum / (to - from)));
    }
    return new LagSeries(points, per);
  }
}
