package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.nativeblst.FloorInput;
import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.util.Objects;

/**
 * The floor of certificate signature checking: what blst's own native primitives cost alone, for a
 * benchmark to print beside the real path. A benchmark prepares each certificate once, outside the
 * timed region ({@link #prepare}: the signers' points as blst affine structs and their BDN weights,
 * packed contiguously in native memory, plus every buffer), then times {@link #verify(Prepared)},
 * which does exactly:
 *
 * <ol>
 *   <li>one native Pippenger multiplication {@code blst_p1s_mult_pippenger} (the aggregate key Σ
 *       (c_i + 1)·pk_i over the signers);
 *   <li>one {@code blst_hash_to_g2} of the message;
 *   <li>decompression and subgroup check of the 96-byte signature;
 *   <li>one pairing check: {@code blst_miller_loop_n} over the two pairs (key, H(m)) and (−g1, σ),
 *       one {@code blst_final_exp}, compared with one.
 * </ol>
 *
 * Nothing is cached between calls: verifying the same prepared certificate twice does all the work
 * twice. No Java-side parsing, no checks of flags or identities (the floor assumes a non-empty
 * signer set and a compressed signature), no JNI through jblst.
 */
public final class NativeFloor {
  private NativeFloor() {}

  /** One certificate laid out for {@link #verify(Prepared)}. Use from one thread at a time. */
  public static final class Prepared {
    private final FloorInput input;

    private Prepared(FloorInput input) {
      this.input = input;
    }

    /** The number of signers. */
    public int signerCount() {
      return input.signerCount();
    }
  }

  /** Whether the native primitives can be called on this machine. */
  public static boolean isAvailable() {
    return MsmChoice.nativeAvailable();
  }

  /**
   * Lays out one certificate: the committee's affine points and weights of the signers, the message
   * (the payload's signing bytes) and the first 96 bytes of the signature.
   *
   * @param signerIndexes a non-empty set of distinct entry indexes of the committee
   * @throws BlsException if the native library is unusable
   */
  public static Prepared prepare(
      BdnCommittee committee, int[] signerIndexes, byte[] message, byte[] signature)
      throws BlsException {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    int[] signers = committee.checkedSigners(signerIndexes);
    byte[][] affines = committee.nativeAffines();
    return new Prepared(
        BackendCalls.call(
            () ->
                NativeBackend.prepareFloor(
                    affines,
                    committee.packedWeights(),
                    signers,
                    BdnCommittee.WEIGHT_BITS,
                    message,
                    signature)));
  }

  /** The primitives listed above, timed by the caller; true when the signature verifies. */
  public static boolean verify(Prepared certificate) throws BlsException {
    return BackendCalls.call(() -> NativeBackend.floorVerify(certificate.input));
  }
}
