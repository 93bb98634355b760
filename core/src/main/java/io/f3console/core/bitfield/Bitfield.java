package io.f3console.core.bitfield;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.LongConsumer;

/**
 * An immutable set of unsigned 64-bit indexes, the value behind Filecoin's {@code BitField}
 * (filecoin-project/go-bitfield {@code bitfield.go}), for example the signers of a finality
 * certificate.
 *
 * <p>The set is held as runs of consecutive indexes: sorted by start, each at least one index long,
 * with a gap of at least one index between two runs. Memory and the cost of {@link #contains},
 * {@link #cardinality}, {@link #equals} and the encoders therefore depend on the number of runs,
 * never on the number of indexes, so a run of 2^60 indexes is cheap. Only {@link #iterator}, {@link
 * #forEach} and {@link #toArray} visit indexes one by one.
 *
 * <p>Every {@code long} index, start or length in this API is an <em>unsigned</em> 64-bit value
 * (use {@link Long#toUnsignedString(long)} and {@link Long#compareUnsigned(long, long)}).
 *
 * <p>Deliberate decision: the largest index is 2^64 - 2. RLE+ writes a set as consecutive runs
 * whose total length go-bitfield limits to 2^64 - 1 ({@code rle/rleplus_reader.go} {@code
 * ValidateRLE}, {@code rle/runs.go} {@code Count}), so a set containing index 2^64 - 1 could be
 * written but never read back. Such an index is refused here with an {@link
 * IllegalArgumentException}, which makes every {@code Bitfield} encodable and decodable.
 */
public final class Bitfield {
  /** The largest index a bitfield can hold: 2^64 - 2 (unsigned). */
  public static final long MAX_INDEX = -2L;

  /** The largest exclusive end of a run: 2^64 - 1 (unsigned). */
  private static final long MAX_END = -1L;

  private static final Bitfield EMPTY = new Bitfield(new long[0], new long[0]);

  private final long[] starts;
  private final long[] lengths;
  private final long cardinalityUnsigned;

  private Bitfield(long[] starts, long[] lengths) {
    this.starts = starts;
    this.lengths = lengths;
    long total = 0;
    for (long length : lengths) {
      total += length;
    }
    this.cardinalityUnsigned = total;
  }

  /**
   * A run of {@code length} consecutive indexes starting at {@code start}, both unsigned.
   *
   * @throws IllegalArgumentException if the length is 0 or the run would reach past {@link
   *     #MAX_INDEX}
   */
  public record Run(long start, long length) {
    public Run {
      if (length == 0) {
        throw new IllegalArgumentException("a run must contain at least one index");
      }
      if (Long.compareUnsigned(length, MAX_END - start) > 0) {
        throw new IllegalArgumentException(
            "run of "
                + Long.toUnsignedString(length)
                + " indexes from "
                + Long.toUnsignedString(start)
                + " reaches past the largest index "
                + Long.toUnsignedString(MAX_INDEX));
      }
    }

    /** The last index of the run (unsigned). */
    public long lastIndex() {
      return start + length - 1;
    }

    /** The first index after the run (unsigned; at most 2^64 - 1). */
    public long endExclusive() {
      return start + length;
    }

    @Override
    public String toString() {
      return length == 1
          ? Long.toUnsignedString(start)
          : Long.toUnsignedString(start) + "-" + Long.toUnsignedString(lastIndex());
    }
  }

  /** The empty set. */
  public static Bitfield empty() {
    return EMPTY;
  }

  /**
   * The set of the given unsigned indexes, in any order; duplicates are allowed.
   *
   * @throws IllegalArgumentException if an index is 2^64 - 1 (see the class comment)
   */
  public static Bitfield of(long... indexes) {
    Objects.requireNonNull(indexes, "indexes");
    long[] sorted = new long[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      if (indexes[i] == MAX_END) {
        throw new IllegalArgumentException(
            "index "
                + Long.toUnsignedString(MAX_END)
                + " is above the largest index a bitfield can hold, "
                + Long.toUnsignedString(MAX_INDEX));
      }
      // Flipping the sign bit makes signed order equal to unsigned order.
      sorted[i] = indexes[i] ^ Long.MIN_VALUE;
    }
    Arrays.sort(sorted);
    RunAccumulator runs = new RunAccumulator();
    int i = 0;
    while (i < sorted.length) {
      long start = sorted[i] ^ Long.MIN_VALUE;
      long end = start + 1;
      i++;
      while (i < sorted.length) {
        long next = sorted[i] ^ Long.MIN_VALUE;
        if (next == end) {
          end++;
        } else if (next != end - 1) {
          break;
        }
        i++;
      }
      runs.add(start, end - start);
    }
    return runs.toBitfield();
  }

  /**
   * The set made of the given runs.
   *
   * @throws IllegalArgumentException unless the runs are sorted by start and each starts at least
   *     one index after the end of the previous one (no overlap, no adjacency)
   */
  public static Bitfield fromRuns(List<Run> runs) {
    Objects.requireNonNull(runs, "runs");
    long[] newStarts = new long[runs.size()];
    long[] newLengths = new long[runs.size()];
    for (int i = 0; i < newStarts.length; i++) {
      Run run = Objects.requireNonNull(runs.get(i), "run");
      if (i > 0 && Long.compareUnsigned(run.start(), newStarts[i - 1] + newLengths[i - 1]) <= 0) {
        throw new IllegalArgumentException(
            "runs must be sorted, non-overlapping and not adjacent: "
                + "run "
                + i
                + " ("
                + run
                + ") does not start after the end of run "
                + (i - 1)
                + " ("
                + runs.get(i - 1)
                + ")");
      }
      newStarts[i] = run.start();
      newLengths[i] = run.length();
    }
    return ofCheckedRuns(newStarts, newLengths);
  }

  /** For the decoders: runs already known to be valid; the arrays are taken over, not copied. */
  static Bitfield ofCheckedRuns(long[] starts, long[] lengths) {
    return starts.length == 0 ? EMPTY : new Bitfield(starts, lengths);
  }

  /** The runs of consecutive indexes, in ascending order (an unmodifiable list). */
  public List<Run> runs() {
    List<Run> result = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      result.add(new Run(starts[i], lengths[i]));
    }
    return Collections.unmodifiableList(result);
  }

  /** The number of runs of consecutive indexes. */
  public int runCount() {
    return starts.length;
  }

  long runStart(int runIndex) {
    return starts[runIndex];
  }

  long runLength(int runIndex) {
    return lengths[runIndex];
  }

  public boolean isEmpty() {
    return starts.length == 0;
  }

  /**
   * The number of indexes in the set, saturated at {@link Long#MAX_VALUE}: a set can hold up to
   * 2^64 - 1 indexes, more than a signed {@code long} holds. Use {@link #exactCardinality()} when
   * sets that large matter.
   */
  public long cardinality() {
    return cardinalityUnsigned < 0 ? Long.MAX_VALUE : cardinalityUnsigned;
  }

  /** The exact number of indexes in the set (0 to 2^64 - 1). */
  public BigInteger exactCardinality() {
    return new BigInteger(Long.toUnsignedString(cardinalityUnsigned));
  }

  /** Whether the unsigned {@code index} is in the set; a binary search over the runs. */
  public boolean contains(long index) {
    int low = 0;
    int high = starts.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (Long.compareUnsigned(starts[middle], index) <= 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    // high is now the last run starting at or before index, or -1.
    return high >= 0 && Long.compareUnsigned(index - starts[high], lengths[high]) < 0;
  }

  /** The smallest index, or empty for the empty set. */
  public OptionalLong first() {
    return isEmpty() ? OptionalLong.empty() : OptionalLong.of(starts[0]);
  }

  /** The largest index, or empty for the empty set. */
  public OptionalLong last() {
    int lastRun = starts.length - 1;
    return isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(starts[lastRun] + lengths[lastRun] - 1);
  }

  /**
   * The indexes in ascending (unsigned) order, one at a time, like go-bitfield's {@code ForEach}.
   * This visits every index: do not call it on sets with huge runs.
   */
  public PrimitiveIterator.OfLong iterator() {
    return new IndexIterator();
  }

  /** Calls {@code action} with every index in ascending (unsigned) order; see {@link #iterator}. */
  public void forEach(LongConsumer action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < starts.length; i++) {
      long index = starts[i];
      for (long remaining = lengths[i]; remaining != 0; remaining--) {
        action.accept(index);
        index++;
      }
    }
  }

  /**
   * The indexes in ascending (unsigned) order, as a new array.
   *
   * @throws IllegalArgumentException if {@code maxCount} is negative or the set has more than
   *     {@code maxCount} indexes (as go-bitfield's {@code All(max)} refuses with {@code
   *     ErrBitFieldTooMany})
   */
  public long[] toArray(int maxCount) {
    if (maxCount < 0) {
      throw new IllegalArgumentException("maxCount must not be negative: " + maxCount);
    }
    if (Long.compareUnsigned(cardinalityUnsigned, maxCount) > 0) {
      throw new IllegalArgumentException(
          "bitfield has "
              + Long.toUnsignedString(cardinalityUnsigned)
              + " indexes, more than the limit of "
              + maxCount);
    }
    long[] result = new long[(int) cardinalityUnsigned];
    int position = 0;
    for (int i = 0; i < starts.length; i++) {
      for (long offset = 0; offset != lengths[i]; offset++) {
        result[position++] = starts[i] + offset;
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bitfield that
        && Arrays.equals(starts, that.starts)
        && Arrays.equals(lengths, that.lengths);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(lengths);
  }

  /** The runs in braces, e.g. {@code {0-2, 8-9, 12}}; the empty set is {@code {}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < starts.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(new Run(starts[i], lengths[i]));
    }
    return text.append('}').toString();
  }

  private final class IndexIterator implements PrimitiveIterator.OfLong {
    private int runIndex;
    private long offset;

    @Override
    public boolean hasNext() {
      return runIndex < starts.length;
    }

    @Override
    public long nextLong() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long index = starts[runIndex] + offset;
      offset++;
      if (offset == lengths[runIndex]) {
        runIndex++;
        offset = 0;
      }
      return index;
    }
  }
}
