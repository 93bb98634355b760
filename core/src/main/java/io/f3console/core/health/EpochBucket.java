package io.f3console.core.health;

/**
 * How many instances finalised a number of epochs within a range.
 *
 * @param from the smallest number of epochs in the range
 * @param to the largest number of epochs in the range ({@link Long#MAX_VALUE}: no limit)
 * @param instances how many instances finalised that many epochs past their base
 */
public record EpochBucket(long from, long to, long instances) {

  /** The range as text: {@code 0}, {@code 2–5}, {@code 101+}. */
  public String label() {
    if (to == Long.MAX_VALUE) {
      return from + "+";
    }
    return from == to ? Long.toString(from) : from + "–" + to;
  }
}
