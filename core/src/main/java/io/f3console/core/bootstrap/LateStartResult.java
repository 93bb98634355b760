package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidationFailure;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a late start: where the trusted table's committee begins, how that was found, and
 * how far validation from there got.
 *
 * @param trustedTableCid the CID of the table the operator trusts
 * @param method how the start was found, or {@link LateStartMethod#NOT_FOUND}
 * @param startInstance the first instance validated (when not found: the instance after the last
 *     certificate read, or 0 when none was read)
 * @param reachedInstance the instance after the last valid certificate; on failure, the instance
 *     where validation stopped (when not found: equal to {@code startInstance})
 * @param validated how many certificates were valid
 * @param finalTableCid the CID of the table that validates {@code reachedInstance} (when not found:
 *     the trusted table's)
 * @param failure the first certificate that failed, if any
 * @param certificatesRead the instances of the certificates read, first to last, searched and
 *     validated together; empty when the source gave none
 */
public record LateStartResult(
    Cid trustedTableCid,
    LateStartMethod method,
    long startInstance,
    long reachedInstance,
    long validated,
    Cid finalTableCid,
    Optional<ValidationFailure> failure,
    Optional<InstanceRange> certificatesRead) {

  public LateStartResult {
    Objects.requireNonNull(trustedTableCid, "trustedTableCid");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(finalTableCid, "finalTableCid");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(certificatesRead, "certificatesRead");
    if (method == LateStartMethod.NOT_FOUND
        && (failure.isPresent() || validated != 0 || reachedInstance != startInstance)) {
      throw new IllegalArgumentException("a late start that found no start validated nothing");
    }
  }

  /** Whether a start was found. */
  public boolean found() {
    return method != LateStartMethod.NOT_FOUND;
  }

  /** Whether a start was found and every certificate from it was valid. */
  public boolean valid() {
    return found() && failure.isEmpty();
  }

  /**
   * The trust of the trusted table for a network, as the committee of the start instance (the trust
   * model's decision: verified only when it is the network's initial table there; a mismatch when
   * it is another network's initial table, or not the initial table at the initial instance;
   * otherwise unverified: the operator trusts it, nothing here proves it).
   */
  public Trust trust(NetworkSelection network) {
    return TrustAssessor.of(network).table(trustedTableCid, startInstance);
  }

  /** Whether the late start succeeds judged with that trust: valid, and not from a mismatch. */
  public boolean passed(Trust trust) {
    return valid() && !trust.isMismatch();
  }

  /**
   * How the start was found, in a few words that name the certificate or the committee, e.g.
   * "committed to by certificate 19" or "the trusted table is the initial power table".
   */
  public String startDescription() {
    return switch (method) {
      case COMMITTED_BY_CERTIFICATE ->
          "committed to by certificate " + Long.toUnsignedString(startInstance - 1);
      case INITIAL_TABLE -> "the trusted table is the initial power table";
      case SOURCE_TABLE -> "the source's committee of its first certificate";
      case NOT_FOUND -> "not found";
    };
  }
}
