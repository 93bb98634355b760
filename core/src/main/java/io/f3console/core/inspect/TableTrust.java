package io.f3console.core.inspect;

import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/**
 * The trust state of one power table, with what it was compared against and a sentence that
 * says why.
 *
 * @param state verified, unverified or mismatch
 * @param cid the table's own CID
 * @param expected the CID it was compared with, if there was one
 * @param explanation one sentence for a person
 */
public record TableTrust(TrustState state, Cid cid, Optional<Cid> expected, String explanation) {
  public TableTrust {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The trust of a table presented as a network's initial power table (the committee of its
   * initial instance).
   *
   * @param cid the table's CID
   * @param expected the network's expected initial power-table CID, if it publishes one
   * @param network the network's name, for the explanation
   */
  public static TableTrust ofInitialTable(Cid cid, Optional<Cid> expected, String network) {
    Objects.requireNonNull(network, "network");
    if (expected.isEmpty()) {
      return new TableTrust(TrustState.UNVERIFIED, cid, expected,
          "No initial power-table CID is known for " + network + ", so nothing proves this table.");
    }
    if (expected.get().equals(cid)) {
      return new TableTrust(TrustState.VERIFIED, cid, expected,
          "Its CID equals the initial power-table CID expected for " + network + ".");
    }
    return new TableTrust(TrustState.MISMATCH, cid, expected,
        "Its CID differs from the initial power-table CID expected for " + network
            + ": it is not that network's initial table.");
  }

  /** The trust of a table nothing is known about (not an initial table, no descent). */
  public static TableTrust unrelated(Cid cid, String why) {
    return new TableTrust(TrustState.UNVERIFIED, cid, Optional.empty(), why);
  }

  /**
   * The trust of a table reached from {@code origin} by certificates that all validated: it is
   * as good as its origin, no better.
   *
   * @param cid the table reached
   * @param origin the trust of the starting table
   * @param instance the instance the reached table validates
   * @param certificates how many certificates led to it
   */
  public static TableTrust descendant(Cid cid, TableTrust origin, long instance,
      long certificates) {
    Objects.requireNonNull(origin, "origin");
    String path = Long.toUnsignedString(certificates) + " validated certificate"
        + (certificates == 1 ? "" : "s");
    if (certificates == 0) {
      return new TableTrust(origin.state(), cid, origin.expected(), origin.explanation());
    }
    if (origin.state() == TrustState.VERIFIED) {
      return new TableTrust(TrustState.VERIFIED, cid, Optional.empty(),
          "The committee of instance " + Long.toUnsignedString(instance)
              + ", reached from the verified initial table through " + path + ".");
    }
    return new TableTrust(TrustState.UNVERIFIED, cid, Optional.empty(),
        "The committee of instance " + Long.toUnsignedString(instance) + ", reached through "
            + path + " from a starting table that is itself "
            + origin.state().word() + ".");
  }

  public boolean isVerified() {
    return state == TrustState.VERIFIED;
  }
}
