package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import io.f3console.core.validation.FailureReason;
import java.util.Objects;
import java.util.Optional;

/**
 * What certificate 0 (the certificate of the network's initial instance) says about one source's
 * power table.
 *
 * @param status whether it validates against the table
 * @param certificateSource the source the certificate came from, when one held it
 * @param reason why validation failed, when it did
 * @param message the validator's message when it failed, or why no check was made
 * @param signers how many committee members signed (empty when not available)
 * @param signerScaledPower the signers' scaled power in the table
 * @param scaledTotal the table's total scaled power
 * @param threshold the least scaled power of a strong quorum (2/3 of the total, rounded up)
 * @param baseEpoch the epoch of the certificate's base tipset
 * @param basePowerTableCid the power-table CID the base tipset commits to
 * @param nextPowerTableCid the CID in the certificate's supplemental data (the committee of the
 *     next instance)
 */
public record CertificateZeroEvidence(
    Status status,
    Optional<String> certificateSource,
    Optional<FailureReason> reason,
    String message,
    Optional<Long> signers,
    Optional<Long> signerScaledPower,
    Optional<Long> scaledTotal,
    Optional<Long> threshold,
    Optional<Long> baseEpoch,
    Optional<Cid> basePowerTableCid,
    Optional<Cid> nextPowerTableCid) {

  /** The verdict on certificate 0 for one table. */
  public enum Status {
    /** Its signature and power-table delta validate against the table. */
    VALID,
    /** It does not validate against the table. */
    INVALID,
    /** No source given holds it, or there is no table to check it against. */
    NOT_AVAILABLE
  }

  public CertificateZeroEvidence {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(certificateSource, "certificateSource");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signers, "signers");
    Objects.requireNonNull(signerScaledPower, "signerScaledPower");
    Objects.requireNonNull(scaledTotal, "scaledTotal");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(baseEpoch, "baseEpoch");
    Objects.requireNonNull(basePowerTableCid, "basePowerTableCid");
    Objects.requireNonNull(nextPowerTableCid, "nextPowerTableCid");
    if ((status == Status.INVALID) != reason.isPresent()) {
      throw new IllegalArgumentException("a failure reason goes with INVALID and only with it");
    }
    if (status != Status.NOT_AVAILABLE && certificateSource.isEmpty()) {
      throw new IllegalArgumentException("a checked certificate names its source");
    }
  }

  /** Nothing to check, and why. */
  public static CertificateZeroEvidence notAvailable(String why) {
    return new CertificateZeroEvidence(
        Status.NOT_AVAILABLE,
        Optional.empty(),
        Optional.empty(),
        why,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The signers' share of the scaled power, 0 to 1, when known. */
  public Optional<Double> powerShare() {
    if (signerScaledPower.isEmpty() || scaledTotal.isEmpty() || scaledTotal.get() == 0) {
      return Optional.empty();
    }
    return Optional.of((double) signerScaledPower.get() / scaledTotal.get());
  }
}
