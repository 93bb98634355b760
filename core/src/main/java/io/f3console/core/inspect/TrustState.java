package io.f3console.core.inspect;

/**
 * How far a power table is proved. Green in the console means proved, never merely loaded.
 */
public enum TrustState {
  /**
   * The table's CID equals the network's expected initial power-table CID, or the table follows
   * from such a table by certificates that all validated.
   */
  VERIFIED("verified"),
  /** There is nothing to compare the table with: no expected CID, no validated descent. */
  UNVERIFIED("unverified"),
  /** The table's CID differs from the one the network expects. */
  MISMATCH("mismatch");

  private final String word;

  TrustState(String word) {
    this.word = word;
  }

  /** The word shown beside the state's icon. */
  public String word() {
    return word;
  }
}
