package io.f3console.core.trust;

import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/**
 * The trust of one power table (or of a chain of certificates, which is as good as the table it
 * starts from), with the evidence as data: the CID compared, the CID it was compared with, the
 * network it was judged for, the known network the table belongs to, and a sentence for a person.
 * Made by {@link TrustAssessor}, never by the front ends.
 *
 * @param reason why the table has its state; {@link #state()} follows from it
 * @param actual the table's own CID
 * @param expected the CID it was compared with, if there was one
 * @param network the network it was judged for (a profile key, or a custom F3 network name)
 * @param belongsTo the known network whose initial power table this is, if any
 * @param explanation one sentence for a person
 */
public record Trust(
    TrustReason reason,
    Cid actual,
    Optional<Cid> expected,
    String network,
    Optional<String> belongsTo,
    String explanation) {

  public Trust {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(belongsTo, "belongsTo");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Verified, unverified or mismatch. */
  public TrustState state() {
    return reason.state();
  }

  public boolean isVerified() {
    return state() == TrustState.VERIFIED;
  }

  public boolean isMismatch() {
    return state() == TrustState.MISMATCH;
  }

  /**
   * The trust of the committee reached from this table by {@code certificates} certificates that
   * all validated: as good as its origin, no better. The evidence (expected CID, the network the
   * origin belongs to) stays the origin's.
   *
   * @param reached the CID of the committee reached
   * @param instance the instance that committee signs
   * @param certificates how many validated certificates led to it
   */
  public Trust reached(Cid reached, long instance, long certificates) {
    Objects.requireNonNull(reached, "reached");
    if (certificates == 0) {
      return this;
    }
    String path =
        Long.toUnsignedString(certificates)
            + " validated certificate"
            + (certificates == 1 ? "" : "s");
    String sentence =
        "The committee of instance "
            + Long.toUnsignedString(instance)
            + ", reached through "
            + path
            + " from a starting table that is "
            + (isVerified() ? "verified (" + actual + ")" : "itself " + state().word())
            + ". "
            + explanation;
    return new Trust(reason.descendant(), reached, expected, network, belongsTo, sentence);
  }
}
