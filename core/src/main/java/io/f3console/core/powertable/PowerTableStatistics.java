package io.f3console.core.powertable;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an auditor asks of a power table: per-participant shares ranked by power, the totals, the
 * strong-quorum threshold and how concentrated the power is.
 *
 * @param entries the number of participants
 * @param total the total power
 * @param scaledTotal the sum of scaled powers (go-f3 {@code ScaledTotal})
 * @param quorumThreshold the scaled power a strong quorum needs, {@code ceil(2·scaledTotal/3)}
 * @param topHoldingOneThird the fewest largest participants holding at least 1/3 of the power
 * @param topHoldingTwoThirds the fewest largest participants holding at least 2/3 of the power
 * @param topReachingQuorum the fewest largest participants whose scaled power reaches the
 *     strong-quorum threshold (what it takes to finalise)
 * @param zeroScaledEntries participants whose scaled power is 0 (their signatures count nothing)
 * @param rows one row per participant, by rank
 */
public record PowerTableStatistics(
    int entries,
    StoragePower total,
    long scaledTotal,
    long quorumThreshold,
    int topHoldingOneThird,
    int topHoldingTwoThirds,
    int topReachingQuorum,
    int zeroScaledEntries,
    List<Row> rows) {

  /**
   * A participant's place in the table.
   *
   * @param rank 1 for the largest (canonical order)
   * @param index its position in the table as given (the signer index)
   * @param entry the entry
   * @param share its fraction of the total power (0…1)
   * @param scaledPower its scaled power
   * @param cumulativeShare the share held by ranks 1…rank
   */
  public record Row(
      int rank,
      int index,
      PowerEntry entry,
      double share,
      long scaledPower,
      double cumulativeShare) {}

  public PowerTableStatistics {
    rows = List.copyOf(rows);
  }

  /** Computes the statistics of a table. */
  public static PowerTableStatistics of(PowerTable table) {
    int n = table.size();
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order, Comparator.comparing((Integer i) -> table.entry(i), PowerEntry.CANONICAL_ORDER));
    BigInteger total = table.total().value();
    BigDecimal totalDecimal = new BigDecimal(total);
    List<Row> rows = new ArrayList<>(n);
    BigInteger cumulative = BigInteger.ZERO;
    long cumulativeScaled = 0;
    int oneThird = 0;
    int twoThirds = 0;
    int quorum = 0;
    int zero = 0;
    long threshold = table.strongQuorumThreshold();
    for (int rank = 1; rank <= n; rank++) {
      int index = order[rank - 1];
      PowerEntry entry = table.entry(index);
      cumulative = cumulative.add(entry.power().value());
      cumulativeScaled += table.scaledPower(index);
      BigInteger thrice = cumulative.multiply(BigInteger.valueOf(3));
      if (oneThird == 0 && thrice.compareTo(total) >= 0) {
        oneThird = rank;
      }
      if (twoThirds == 0 && thrice.compareTo(total.shiftLeft(1)) >= 0) {
        twoThirds = rank;
      }
      if (quorum == 0 && cumulativeScaled >= threshold) {
        quorum = rank;
      }
      if (table.scaledPower(index) == 0) {
        zero++;
      }
      rows.add(
          new Row(
              rank,
              index,
              entry,
              ratio(entry.power().value(), totalDecimal),
              table.scaledPower(index),
              ratio(cumulative, totalDecimal)));
    }
    return new PowerTableStatistics(
        n, table.total(), table.scaledTotal(), threshold, oneThird, twoThirds, quorum, zero, rows);
  }

  private static double ratio(BigInteger part, BigDecimal total) {
    if (total.signum() == 0) {
      return 0;
    }
    return new BigDecimal(part).divide(total, MathContext.DECIMAL64).doubleValue();
  }
}
