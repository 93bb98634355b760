package io.f3console.app.ui.powertable;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.powertable.PowerTableStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * How the power is spread, ready to draw: the cumulative share by rank (thinned out for large
 * tables; exact at every point kept), where 1/3 and 2/3 are reached, and the largest shares.
 *
 * @param entries how many participants the table has
 * @param cumulative points (rank, cumulative share in percent), by rank
 * @param oneThirdRank the fewest largest participants holding 1/3 of the power
 * @param twoThirdsRank the fewest largest participants holding 2/3 of the power
 * @param top the largest participants' shares, by rank
 */
public record Distribution(
    int entries, List<Point> cumulative, int oneThirdRank, int twoThirdsRank, List<TopShare> top) {

  /** How many points of the cumulative curve are drawn at most (beyond the first ranks). */
  static final int MAX_POINTS = 400;

  /** How many largest participants the bar chart shows. */
  static final int TOP = 20;

  /**
   * One point of the cumulative curve.
   *
   * @param rank the rank
   * @param percent the share held by ranks 1…rank, in percent
   */
  public record Point(int rank, double percent) {}

  /**
   * One of the largest participants.
   *
   * @param rank its rank
   * @param actor the actor
   * @param percent its share in percent
   */
  public record TopShare(int rank, ActorId actor, double percent) {}

  public Distribution {
    cumulative = List.copyOf(cumulative);
    top = List.copyOf(top);
  }

  static Distribution of(PowerTableStatistics statistics) {
    List<PowerTableStatistics.Row> rows = statistics.rows();
    int n = rows.size();
    int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    List<Point> points = new ArrayList<>();
    if (n > 0) {
      points.add(new Point(0, 0));
    }
    for (PowerTableStatistics.Row row : rows) {
      int rank = row.rank();
      boolean keep =
          rank <= 100
              || rank % step == 0
              || rank == n
              || rank == statistics.topHoldingOneThird()
              || rank == statistics.topHoldingTwoThirds();
      if (keep) {
        points.add(new Point(rank, row.cumulativeShare() * 100));
      }
    }
    List<TopShare> top =
        rows.stream()
            .limit(TOP)
            .map(row -> new TopShare(row.rank(), row.entry().id(), row.share() * 100))
            .toList();
    return new Distribution(
        n, points, statistics.topHoldingOneThird(), statistics.topHoldingTwoThirds(), top);
  }
}
