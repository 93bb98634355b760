package io.f3console.core.crypto;

import java.util.List;
import java.util.Objects;

/**
 * The native path of {@link SignatureVerifier}: aggregate keys by blst's {@code
 * blst_p1s_mult_pippenger} through JNA (decision record 0003), over each committee's keys laid out
 * once as blst affine structs.
 */
final class NativeBlstVerifier implements SignatureVerifier {
  private final String description;

  NativeBlstVerifier(String description) {
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean isUsable() {
    return MsmChoice.nativeAvailable() && Bls.isAvailable();
  }

  /** The committee with its native layout made now, so that no certificate's check pays for it. */
  @Override
  public BdnCommittee prepare(List<byte[]> publicKeys)
      throws InvalidPublicKeyException, BlsException {
    BdnCommittee committee = BdnCommittee.prepare(publicKeys);
    committee.nativeAffines();
    return committee;
  }

  @Override
  public AggregateKey aggregate(BdnCommittee committee, int[] signerIndexes) throws BlsException {
    Objects.requireNonNull(committee, "committee");
    return committee.aggregate(signerIndexes, MsmMethod.NATIVE);
  }

  @Override
  public String toString() {
    return "NativeBlstVerifier[" + description + "]";
  }
}
