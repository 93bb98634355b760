package io.f3console.core.sim;

import io.f3console.core.gpbft.PowerTable;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Picks who signs a synthetic certificate: participants in random order until their scaled power
 * reaches the strong-quorum threshold, as real signers arrive in no particular order of power (on
 * mainnet about 950 of 1,560 sign). Participants with no scaled power never sign (go-f3 would
 * reject them). On request the signers hold exactly the threshold, the edge go-f3's {@code
 * ceil(2/3)} comparison must accept, when some subset of the table adds up to it.
 */
final class SignerSampler {
  private SignerSampler() {}

  /**
   * @param canSign which table entries may be chosen (for example, those with a known secret)
   * @return signer indexes in ascending order
   */
  static int[] choose(
      PowerTable table, SplittableRandom random, boolean exactThreshold, IntPredicate canSign) {
    int[] order = new int[table.size()];
    int eligible = 0;
    for (int i = 0; i < table.size(); i++) {
      if (table.scaledPower(i) > 0 && canSign.test(i)) {
        order[eligible++] = i;
      }
    }
    for (int i = eligible - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    long threshold = table.strongQuorumThreshold();
    long power = 0;
    int count = 0;
    while (count < eligible && power < threshold) {
      power += table.scaledPower(order[count++]);
    }
    if (power < threshold) {
      throw new IllegalStateException(
          "the participants that can sign hold "
              + power
              + " scaled power, below the threshold "
              + threshold);
    }
    int[] chosen = Arrays.copyOf(order, count);
    if (exactThreshold && power > threshold) {
      int[] exact = exactSubset(table, Arrays.copyOf(order, eligible), (int) threshold);
      if (exact != null) {
        chosen = exact;
      }
    }
    Arrays.sort(chosen);
    return chosen;
  }

  /**
   * A subset of {@code candidates} (taken in their random order) whose scaled power is exactly
   * {@code target}, or null if there is none: subset-sum over bitsets, one row per candidate, at
   * most 8192 × 65,536 bits.
   */
  static int[] exactSubset(PowerTable table, int[] candidates, int target) {
    int words = (target >>> 6) + 1;
    long[][] reachable = new long[candidates.length + 1][];
    reachable[0] = new long[words];
    reachable[0][0] = 1L;
    int rows = 0;
    while (rows < candidates.length && !reached(reachable[rows], target)) {
      long[] previous = reachable[rows];
      long[] next = previous.clone();
      orShifted(next, previous, (int) table.scaledPower(candidates[rows]));
      reachable[++rows] = next;
    }
    if (!reached(reachable[rows], target)) {
      return null;
    }
    int[] subset = new int[rows];
    int size = 0;
    int remaining = target;
    for (int row = rows; row > 0 && remaining > 0; row--) {
      if (!reached(reachable[row - 1], remaining)) {
        int candidate = candidates[row - 1];
        subset[size++] = candidate;
        remaining -= (int) table.scaledPower(candidate);
      }
    }
    return Arrays.copyOf(subset, size);
  }

  private static boolean reached(long[] bits, int sum) {
    return (bits[sum >>> 6] & (1L << (sum & 63))) != 0;
  }

  /** target |= source << shift, within target's length. */
  private static void orShifted(long[] target, long[] source, int shift) {
    int wordShift = shift >>> 6;
    int bitShift = shift & 63;
    for (int i = target.length - 1; i >= wordShift; i--) {
      long low = source[i - wordShift] << bitShift;
      long carry =
          bitShift == 0 || i - wordShift - 1 < 0
              ? 0
              : source[i - wordShift - 1] >>> (64 - bitShift);
      target[i] |= low | carry;
    }
  }
}
