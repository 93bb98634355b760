package io.f3console.core.participation;

/**
 * The participation of one instance, as its certificate shows it.
 *
 * @param instance the instance (unsigned 64-bit bits)
 * @param signers how many committee members signed (the popcount of the signers bitfield)
 * @param committee the size of the instance's committee
 * @param signedScaledPower the scaled power of the signers
 * @param scaledTotal the committee's scaled total
 * @param baseOnly whether the certificate finalised only its base (an ECChain of length 1)
 */
public record InstanceParticipation(long instance, int signers, int committee,
    long signedScaledPower, long scaledTotal, boolean baseOnly) {

  /** Committee members who did not sign. */
  public int absent() {
    return committee - signers;
  }
}
