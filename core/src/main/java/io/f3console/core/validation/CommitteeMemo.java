package io.f3console.core.validation;

import io.f3console.core.crypto.BdnCommittee;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.gpbft.PowerTable;

/**
 * The BDN committee of one key list, prepared once by whichever signature check needs it first and
 * shared by every certificate whose table has the same keys in the same order. Tables on mainnet
 * change at almost every instance, but mostly in power: as long as the key order holds, the
 * coefficients and decoded keys are reused. The committee is laid out for the validator's {@link
 * SignatureVerifier}.
 */
final class CommitteeMemo {
  private final PowerTable table;
  private final SignatureVerifier verifier;
  private BdnCommittee committee;
  private BlsException error;

  private CommitteeMemo(PowerTable table, SignatureVerifier verifier) {
    this.table = table;
    this.verifier = verifier;
  }

  /** The memo for {@code table}: {@code previous} when the key lists are equal, else a new one. */
  static CommitteeMemo forTable(
      PowerTable table, SignatureVerifier verifier, CommitteeMemo previous) {
    if (previous != null && previous.verifier == verifier && sameKeys(previous.table, table)) {
      return previous;
    }
    return new CommitteeMemo(table, verifier);
  }

  /** A committee and the time this call spent preparing it (zero if it was ready). */
  record Prepared(BdnCommittee committee, long preparationNanos) {}

  /** The committee, prepared on the first call; an unusable key fails every call alike. */
  synchronized Prepared get() throws BlsException {
    long spent = 0;
    if (committee == null && error == null) {
      long start = System.nanoTime();
      try {
        committee = verifier.prepare(table.publicKeyBytes());
      } catch (BlsException e) {
        error = e;
      }
      spent = System.nanoTime() - start;
    }
    if (error != null) {
      throw error;
    }
    return new Prepared(committee, spent);
  }

  private static boolean sameKeys(PowerTable a, PowerTable b) {
    if (a == b) {
      return true;
    }
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.entry(i).pubKey().equals(b.entry(i).pubKey())) {
        return false;
      }
    }
    return true;
  }
}
