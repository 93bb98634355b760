package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PowerTable;

/**
 * The participation of one instance, as its certificate shows it.
 *
 * @param instance the instance (unsigned 64-bit bits)
 * @param signers how many committee members signed (the popcount of the signers bitfield)
 * @param committee the size of the instance's committee
 * @param signedScaledPower the scaled power of the signers
 * @param scaledTotal the committee's scaled total
 * @param baseOnly whether the certificate finalised only its base (an ECChain of length 1)
 * @param baseEpoch the epoch of the certificate's base tipset (finalised before it)
 * @param headEpoch the epoch of the certificate's head tipset (the newest it finalises)
 */
public record InstanceParticipation(
    long instance,
    int signers,
    int committee,
    long signedScaledPower,
    long scaledTotal,
    boolean baseOnly,
    long baseEpoch,
    long headEpoch) {

  /**
   * Of {@code certificate} with the committee of its instance: its signers counted, their scaled
   * power summed.
   *
   * @throws IllegalArgumentException if a signer index is outside the committee (never so for a
   *     validated certificate)
   */
  public static InstanceParticipation of(FinalityCertificate certificate, PowerTable committee) {
    return of(certificate, committee, SignerFlags.of(certificate, committee));
  }

  /** The same, from the certificate's {@link SignerFlags} already worked out. */
  public static InstanceParticipation of(
      FinalityCertificate certificate, PowerTable committee, boolean[] signedBy) {
    int signers = 0;
    long signedPower = 0;
    for (int i = 0; i < signedBy.length; i++) {
      if (signedBy[i]) {
        signers++;
        signedPower += committee.scaledPower(i);
      }
    }
    ECChain chain = certificate.chain();
    return new InstanceParticipation(
        certificate.instance(),
        signers,
        committee.size(),
        signedPower,
        committee.scaledTotal(),
        chain.size() == 1,
        chain.base().epoch(),
        chain.head().epoch());
  }

  /** Epochs this certificate finalised past its base: 0 for a base-only decision. */
  public long epochsFinalised() {
    return headEpoch - baseEpoch;
  }

  /** The signers' share of the committee's scaled power, 0–1. */
  public double signedShare() {
    return scaledTotal == 0 ? 0 : (double) signedScaledPower / scaledTotal;
  }

  /** Committee members who did not sign. */
  public int absent() {
    return committee - signers;
  }
}
