package io.f3console.core.gpbft;

/**
 * go-f3's strong quorum ({@code gpbft.IsStrongQuorum}): {@code part ≥ ceil(2·whole / 3)} in scaled
 * power. Real mainnet certificates sit exactly on this threshold, so neither a strict comparison
 * nor a floor matches go-f3.
 */
public final class StrongQuorum {
  private StrongQuorum() {}

  /** The least scaled power that forms a strong quorum of {@code scaledTotal}. */
  public static long threshold(long scaledTotal) {
    long twice = 2 * scaledTotal;
    return twice / 3 + (twice % 3 != 0 ? 1 : 0);
  }

  public static boolean isStrongQuorum(long part, long scaledTotal) {
    return part >= threshold(scaledTotal);
  }
}
