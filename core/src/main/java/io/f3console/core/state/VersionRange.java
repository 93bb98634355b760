package io.f3console.core.state;

/**
 * The actors versions whose layout a decoded state has, e.g. v8–v14 for a 15-field power state.
 * Layouts are recognised by their shape (field count, the type of a field that changed) and checked
 * against go-state-types' cbor-gen field lists.
 *
 * @param from the first actors version with this layout
 * @param to the last actors version known to have it
 */
public record VersionRange(int from, int to) {
  public VersionRange {
    if (from > to || from < 0) {
      throw new IllegalArgumentException("bad version range " + from + "–" + to);
    }
  }

  /** Whether {@code version} is in the range. */
  public boolean contains(int version) {
    return version >= from && version <= to;
  }

  @Override
  public String toString() {
    return from == to ? "v" + from : "v" + from + "–v" + to;
  }
}
