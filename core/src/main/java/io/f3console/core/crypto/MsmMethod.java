package io.f3console.core.crypto;

/**
 * How {@link BdnCommittee#aggregate(int[], MsmMethod)} computes the multi-scalar multiplication Σ
 * (c_i + 1)·pk_i. All three give the same point. Not part of the API: callers choose a {@link
 * SignatureVerifier}, which names its method in its description.
 */
enum MsmMethod {
  /** blst's own Pippenger ({@code blst_p1s_mult_pippenger}) through JNA: the fastest. */
  NATIVE,
  /** The bucket method in Java over jblst's point operations: the fallback. */
  JAVA,
  /** One scalar multiplication and one addition per signer: slow, a reference for checks. */
  NAIVE
}
