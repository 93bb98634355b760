package io.f3console.core.crypto;

import java.util.List;
import java.util.Objects;

/**
 * How a certificate's aggregate signature is checked for its committee: the BDN aggregate key of
 * the signers, the signing payload hashed to G2, and the pairing check, with the verdict as data
 * ({@link SignatureCheck}). The validator takes one and never names a backend.
 *
 * <p>Two implementations, which give the same verdicts and differ only in how they compute the
 * aggregate key: {@link #nativeBlst()} (blst's own Pippenger through JNA, the fast path) and {@link
 * #jblst()} (a bucket method in Java over jblst's point operations, the fallback). Both hash and
 * check pairings through jblst. {@link #chosen()} is the one to use unless a caller has a reason:
 * the native path when it loads, else the Java one; the system property {@value #MSM_PROPERTY}
 * ({@code native} or {@code java}) forces either, and {@link #description()} says which is in use
 * and why.
 *
 * <p>Only an unusable native library is an exception ({@link BlsException}); a signature that does
 * not verify is a verdict.
 */
public sealed interface SignatureVerifier permits NativeBlstVerifier, JblstVerifier {
  /** The system property that forces the implementation: {@code native} or {@code java}. */
  String MSM_PROPERTY = "f3console.msm";

  /** The implementation decided once per process; see the class description. */
  static SignatureVerifier chosen() {
    return MsmChoice.current().verifier();
  }

  /**
   * The native path, whether or not it can run here; when it cannot, its checks throw {@link
   * BlsException} with the reason ({@link #isUsable()} says so beforehand).
   */
  static SignatureVerifier nativeBlst() {
    return new NativeBlstVerifier(MsmChoice.nativeDescription());
  }

  /** The Java path over jblst. */
  static SignatureVerifier jblst() {
    return new JblstVerifier(MsmChoice.JAVA_DESCRIPTION);
  }

  /**
   * Which multiplication this verifier uses, in one line for an operator (for the chosen one, also
   * why it was chosen).
   */
  String description();

  /** Whether the native libraries this verifier needs load on this machine. */
  boolean isUsable();

  /**
   * The committee of a power table's keys, all of them in table order, laid out for this verifier
   * ({@link BdnCommittee#prepare(List)}, plus any native layout, so that checks pay no set-up).
   *
   * @throws InvalidPublicKeyException for the first unusable key, naming its entry index
   * @throws BlsException if a native library this verifier needs is unusable
   */
  default BdnCommittee prepare(List<byte[]> publicKeys)
      throws InvalidPublicKeyException, BlsException {
    return BdnCommittee.prepare(publicKeys);
  }

  /**
   * Σ_{i∈S} (c_i + 1)·pk_i over the signer entries S of {@code committee}; the empty set gives the
   * identity.
   *
   * @param signerIndexes distinct entry indexes, in any order
   * @throws IllegalArgumentException for an index out of range or a repeated index
   * @throws BlsException if a native library this verifier needs is unusable
   */
  AggregateKey aggregate(BdnCommittee committee, int[] signerIndexes) throws BlsException;

  /** H(m) for the payload's signing bytes ({@link BlsSignatures#hashToG2(byte[])}). */
  default MessagePoint hashToG2(byte[] message) throws BlsException {
    return BlsSignatures.hashToG2(message);
  }

  /**
   * The pairing check of {@code signature} (the bytes as a certificate carries them, read as go-f3
   * reads them) against an aggregate key and a hashed message ({@link
   * BlsSignatures#verify(AggregateKey, MessagePoint, byte[])}).
   */
  default SignatureCheck checkPairing(AggregateKey key, MessagePoint message, byte[] signature)
      throws BlsException {
    return BlsSignatures.verify(key, message, signature);
  }

  /**
   * The whole check of one certificate's signature: aggregate the signers' keys, hash the signing
   * payload, check the pairing.
   *
   * @param committee the committee of the certificate's instance
   * @param signerIndexes the signers' entry indexes in the committee
   * @param message the payload's signing bytes
   * @param signature the signature bytes as the certificate carries them (gnark's reading: 96
   *     compressed or 192 uncompressed bytes, anything after the point ignored)
   * @throws BlsException if a native library this verifier needs is unusable
   */
  default SignatureCheck verify(
      BdnCommittee committee, int[] signerIndexes, byte[] message, byte[] signature)
      throws BlsException {
    Objects.requireNonNull(signature, "signature");
    return checkPairing(aggregate(committee, signerIndexes), hashToG2(message), signature);
  }

  /** Like {@link #verify(BdnCommittee, int[], byte[], byte[])} for a compressed signature. */
  default SignatureCheck verify(
      BdnCommittee committee, int[] signerIndexes, byte[] message, BlsSignature signature)
      throws BlsException {
    Objects.requireNonNull(signature, "signature");
    return verify(committee, signerIndexes, message, signature.bytes());
  }
}
