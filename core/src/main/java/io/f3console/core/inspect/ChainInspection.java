package io.f3console.core.inspect;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.ValidationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain of certificates validated from a starting table, with every certificate's stages kept for
 * stepping through, and the committee of every instance reached.
 *
 * @param networkName the F3 network name signatures were checked against
 * @param initialTable the committee of {@code firstInstance}
 * @param firstInstance the instance validation started at
 * @param certificates the certificates, in the order given
 * @param outcomes one per certificate, in the same order
 * @param result the validator's result (next instance, final table, first failure, timings)
 * @param timeline the committee of each instance from {@code firstInstance} to {@code
 *     result.nextInstance()}
 */
public record ChainInspection(
    String networkName,
    PowerTable initialTable,
    long firstInstance,
    List<FinalityCertificate> certificates,
    List<CertificateOutcome> outcomes,
    ValidationResult result,
    PowerTableTimeline timeline) {

  public ChainInspection {
    Objects.requireNonNull(networkName, "networkName");
    Objects.requireNonNull(initialTable, "initialTable");
    certificates = List.copyOf(certificates);
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(timeline, "timeline");
    if (outcomes.size() != certificates.size()) {
      throw new IllegalArgumentException(
          outcomes.size() + " outcomes for " + certificates.size() + " certificates");
    }
  }

  /** The index of the certificate validation stopped at, if one failed. */
  public Optional<Integer> firstFailureIndex() {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).status() == CertificateStatus.INVALID) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The committee that validates (or would have validated) the certificate at {@code index}:
   * certificates are validated in order, so it is the committee of instance {@code firstInstance +
   * index}, whatever instance the certificate itself claims.
   */
  public Optional<PowerTable> committeeOf(int index) {
    java.util.Objects.checkIndex(index, certificates.size());
    long instance = firstInstance + index;
    return timeline.covers(instance) ? Optional.of(timeline.committee(instance)) : Optional.empty();
  }

  /** How many certificates have each status. */
  public long count(CertificateStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
