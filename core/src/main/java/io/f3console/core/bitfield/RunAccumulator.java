package io.f3console.core.bitfield;

import java.util.Arrays;

/**
 * Collects set runs in ascending order for the decoders, which have already checked that each run
 * starts after the end of the previous one and ends at or below 2^64 - 1. Growth is bounded by the
 * caller's input (one run per input bit or per run-length entry at most).
 */
final class RunAccumulator {
  private long[] starts = new long[8];
  private long[] lengths = new long[8];
  private int count;

  void add(long start, long length) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    starts[count] = start;
    lengths[count] = length;
    count++;
  }

  Bitfield toBitfield() {
    return Bitfield.ofCheckedRuns(Arrays.copyOf(starts, count), Arrays.copyOf(lengths, count));
  }
}
