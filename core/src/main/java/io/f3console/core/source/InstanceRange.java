package io.f3console.core.source;

/**
 * The certificates a source holds: instances {@code first} to {@code latest}, inclusive.
 *
 * @param first the first instance
 * @param latest the latest instance
 */
public record InstanceRange(long first, long latest) {
  public InstanceRange {
    if (Long.compareUnsigned(first, latest) > 0) {
      throw new IllegalArgumentException(
          "first instance "
              + Long.toUnsignedString(first)
              + " is after latest "
              + Long.toUnsignedString(latest));
    }
  }

  /** How many certificates. */
  public long count() {
    return latest - first + 1;
  }

  public boolean contains(long instance) {
    return Long.compareUnsigned(instance, first) >= 0
        && Long.compareUnsigned(instance, latest) <= 0;
  }
}
