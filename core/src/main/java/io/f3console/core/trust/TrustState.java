package io.f3console.core.trust;

/**
 * How far a power table, or a chain of certificates from it, is proved. Green in the console means
 * proved, never merely loaded.
 */
public enum TrustState {
  /**
   * The table's CID equals the network's initial power-table CID (or a CID the person gave), or the
   * table follows from such a table by certificates that all validated.
   */
  VERIFIED("verified"),
  /**
   * Nothing to compare with: a network that publishes no initial CID, a custom network, a start
   * past the initial instance without a trusted table.
   */
  UNVERIFIED("unverified"),
  /**
   * The start is the network's initial instance and the table is not its initial table, or the
   * table is the initial table of another known network.
   */
  MISMATCH("mismatch");

  private final String word;

  TrustState(String word) {
    this.word = word;
  }

  /** The word shown beside the state's icon, and used in JSON ({@code verified} …). */
  public String word() {
    return word;
  }
}
