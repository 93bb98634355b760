package io.f3console.core.trust;

/**
 * The verdict on a chain of certificates validated from a table: whether the certificates are
 * consistent, and whether the table they start from is proved. A consistent chain from a table that
 * is not the network's ({@link #UNTRUSTED_POWER_TABLE}) is a failure: every certificate checks out
 * against that table, but that table is not the network's.
 */
public enum ChainVerdict {
  /** Every certificate validates, from a verified table (exit 0). */
  VALID(true, "VALID"),
  /** Every certificate validates, from a table nothing proves (exit 0, said so). */
  VALID_UNVERIFIED(true, "VALID (unverified)"),
  /** Every certificate validates, but from a table that is not the network's (exit 1). */
  UNTRUSTED_POWER_TABLE(false, "UNTRUSTED_POWER_TABLE"),
  /** A certificate fails a check (exit 1). */
  INVALID(false, "INVALID");

  /** The reason code of {@link #UNTRUSTED_POWER_TABLE}, as sessions and JSON carry it. */
  public static final String UNTRUSTED_REASON = "UNTRUSTED_POWER_TABLE";

  private final boolean passed;
  private final String word;

  ChainVerdict(boolean passed, String word) {
    this.passed = passed;
    this.word = word;
  }

  /** Whether the command that reached it succeeds (exit 0). */
  public boolean passed() {
    return passed;
  }

  /** The word that starts the verdict line. */
  public String word() {
    return word;
  }
}
