package io.f3console.core.crypto.bench;

import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.BdnCommittee;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.crypto.internal.BackendUnavailableException;
import io.f3console.core.crypto.internal.blst.BlstBackend;
import io.f3console.core.crypto.internal.blst.G1Point;
import io.f3console.core.crypto.internal.nativeblst.FloorInput;
import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
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
 *
 * <p>One instance lays out the certificates of one benchmark run: it keeps each distinct key's
 * affine struct and the layout of the last committee it saw, so that preparing a long chain costs
 * one decoding per key. Use it from one thread at a time.
 */
public final class NativeFloor {
  private final Map<ByteBuffer, byte[]> affinesByKey = new HashMap<>();
  private BdnCommittee committee;
  private byte[][] affines;
  private byte[] packedWeights;

  /** Whether the native primitives can be called on this machine. */
  public static boolean isAvailable() {
    return SignatureVerifier.nativeBlst().isUsable();
  }

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

  /**
   * Lays out one certificate: the committee's affine points and weights of the signers, the message
   * (the payload's signing bytes) and the first 96 bytes of the signature.
   *
   * @param signerIndexes a non-empty set of distinct entry indexes of the committee
   * @throws IllegalArgumentException for no signers, an index out of range or a repeated index, or
   *     a signature shorter than 96 bytes
   * @throws BlsException if the native library is unusable
   */
  public Prepared prepare(
      BdnCommittee committee, int[] signerIndexes, byte[] message, byte[] signature)
      throws BlsException {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    int[] signers = checkedSigners(signerIndexes, committee.size());
    if (!isAvailable()) {
      throw new BlsException(SignatureVerifier.nativeBlst().description());
    }
    layOut(committee);
    byte[][] points = affines;
    byte[] weights = packedWeights;
    return new Prepared(
        call(
            () ->
                NativeBackend.prepareFloor(
                    points, weights, signers, BdnCoefficients.WEIGHT_BITS, message, signature)));
  }

  /** The primitives listed above, timed by the caller; true when the signature verifies. */
  public static boolean verify(Prepared certificate) throws BlsException {
    Objects.requireNonNull(certificate, "certificate");
    return call(() -> NativeBackend.floorVerify(certificate.input));
  }

  /** The committee's keys as affine structs and its weights packed, unless it is the last one. */
  private void layOut(BdnCommittee next) throws BlsException {
    if (next == committee) {
      return;
    }
    int stride = (BdnCoefficients.WEIGHT_BITS + 7) / 8;
    byte[][] points = new byte[next.size()][];
    byte[] weights = new byte[next.size() * stride];
    for (int i = 0; i < points.length; i++) {
      points[i] = affine(next.key(i).compressed());
      byte[] bigEndian = next.weight(i).toByteArray();
      for (int b = 0; b < stride && b < bigEndian.length; b++) {
        weights[i * stride + b] = bigEndian[bigEndian.length - 1 - b];
      }
    }
    committee = next;
    affines = points;
    packedWeights = weights;
  }

  private byte[] affine(byte[] compressed) throws BlsException {
    ByteBuffer key = ByteBuffer.wrap(compressed);
    byte[] affine = affinesByKey.get(key);
    if (affine == null) {
      G1Point point =
          call(() -> BlstBackend.decodeCompressedG1Point(compressed))
              .point()
              .orElseThrow(() -> new IllegalStateException("a committee key did not decode"));
      affine = call(() -> NativeBackend.affineFromUncompressed(point.uncompressed()));
      affinesByKey.put(key, affine);
    }
    return affine;
  }

  private static int[] checkedSigners(int[] signerIndexes, int committeeSize) {
    Objects.requireNonNull(signerIndexes, "signerIndexes");
    if (signerIndexes.length == 0) {
      throw new IllegalArgumentException("the floor measures non-empty signer sets");
    }
    boolean[] seen = new boolean[committeeSize];
    for (int index : signerIndexes) {
      Objects.checkIndex(index, committeeSize);
      if (seen[index]) {
        throw new IllegalArgumentException("signer index " + index + " is repeated");
      }
      seen[index] = true;
    }
    return signerIndexes.clone();
  }

  /** A call into a backend. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws BackendUnavailableException;
  }

  /** A backend's "cannot run here" as the facade's {@link BlsException}, as the facade says it. */
  private static <T> T call(Call<T> call) throws BlsException {
    try {
      return call.run();
    } catch (BackendUnavailableException e) {
      throw new BlsException(e.getMessage(), e);
    }
  }
}
