package io.f3console.core.crypto;

import java.util.Objects;

/**
 * The Java path of {@link SignatureVerifier}: aggregate keys by a bucket method written in Java
 * over jblst's point additions, for machines where blst cannot be reached through JNA.
 */
final class JblstVerifier implements SignatureVerifier {
  private final String description;

  JblstVerifier(String description) {
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean isUsable() {
    return Bls.isAvailable();
  }

  @Override
  public AggregateKey aggregate(BdnCommittee committee, int[] signerIndexes) throws BlsException {
    Objects.requireNonNull(committee, "committee");
    return committee.aggregate(signerIndexes, MsmMethod.JAVA);
  }

  @Override
  public String toString() {
    return "JblstVerifier[" + description + "]";
  }
}
