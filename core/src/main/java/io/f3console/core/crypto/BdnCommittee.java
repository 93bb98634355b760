package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.blst.BlstBackend;
import io.f3console.core.crypto.internal.blst.G1Point;
import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The BDN aggregation state of one power table's key list: every key decoded and checked, and every
 * weight c_i + 1 computed ({@link BdnCoefficients}). Prepare it once per distinct key list (the
 * order matters: a re-ordered list has different weights), then aggregate the signer set of each
 * certificate signed by that committee.
 *
 * <p>go-f3 ({@code blssig/aggregation.go}, kyber {@code sign/bdn}) refuses a whole aggregation when
 * any key of the table is unusable, whether or not that entry signed; so does {@link
 * #prepare(List)}. The aggregate of a signer set S is Σ_{i∈S} (c_i + 1)·pk_i, a multi-scalar
 * multiplication, computed by a {@link SignatureVerifier} (by default the {@link
 * SignatureVerifier#chosen() chosen} one: blst's native Pippenger method when it loads). Immutable;
 * aggregates may be computed on many threads at once.
 */
public final class BdnCommittee {
  static final int WEIGHT_BITS = BdnCoefficients.WEIGHT_BITS;

  private static final int WEIGHT_BYTES = (WEIGHT_BITS + 7) / 8;

  private final G1Key[] keys;
  private final G1Point[] points;
  private final BigInteger[] weights;
  private final byte[] packedWeights;
  private volatile byte[][] nativeAffines;

  private BdnCommittee(G1Key[] keys, BigInteger[] weights) {
    this.keys = keys;
    this.weights = weights;
    this.points = new G1Point[keys.length];
    this.packedWeights = new byte[keys.length * WEIGHT_BYTES];
    for (int i = 0; i < keys.length; i++) {
      points[i] = keys[i].point();
      packLittleEndian(weights[i], packedWeights, i * WEIGHT_BYTES);
    }
  }

  /**
   * Decodes every key (through {@link G1Key}'s cache) and computes every weight over the whole
   * list, in its order.
   *
   * @param publicKeys the power table's keys in table order (all of them, not only signers)
   * @throws InvalidPublicKeyException for the first unusable key, naming its entry index
   * @throws BlsException if the native library is unusable
   */
  public static BdnCommittee prepare(List<byte[]> publicKeys)
      throws InvalidPublicKeyException, BlsException {
    Objects.requireNonNull(publicKeys, "publicKeys");
    G1Key[] keys = new G1Key[publicKeys.size()];
    for (int i = 0; i < keys.length; i++) {
      try {
        keys[i] = G1Key.decode(Objects.requireNonNull(publicKeys.get(i), "public key"));
      } catch (InvalidPublicKeyException e) {
        throw e.atEntry(i);
      }
    }
    return new BdnCommittee(keys, BdnCoefficients.weights(publicKeys));
  }

  /** A committee with chosen weights (0 ≤ w &lt; 2^129), for tests of the multiplication. */
  static BdnCommittee withWeights(List<G1Key> keys, BigInteger[] weights) {
    if (keys.size() != weights.length) {
      throw new IllegalArgumentException("one weight per key");
    }
    for (BigInteger weight : weights) {
      if (weight.signum() < 0 || weight.bitLength() > WEIGHT_BITS) {
        throw new IllegalArgumentException("weight out of range: " + weight);
      }
    }
    return new BdnCommittee(keys.toArray(new G1Key[0]), weights.clone());
  }

  /** The number of keys (power-table entries). */
  public int size() {
    return keys.length;
  }

  /** The weight c_i + 1 of entry {@code index}. */
  public BigInteger weight(int index) {
    return weights[Objects.checkIndex(index, keys.length)];
  }

  /** The decoded key of entry {@code index}. */
  public G1Key key(int index) {
    return keys[Objects.checkIndex(index, keys.length)];
  }

  /**
   * Σ_{i∈S} (c_i + 1)·pk_i over the signer entries S, by the {@link SignatureVerifier#chosen()
   * chosen} verifier. The empty set gives the identity, as in go-f3, where the aggregate starts
   * from the identity.
   *
   * @param signerIndexes distinct entry indexes, in any order
   * @throws IllegalArgumentException for an index out of range or a repeated index
   * @throws BlsException if a native library is unusable
   */
  public AggregateKey aggregate(int[] signerIndexes) throws BlsException {
    return SignatureVerifier.chosen().aggregate(this, signerIndexes);
  }

  /** Like {@link #aggregate(int[])} with a chosen method (all methods give the same key). */
  AggregateKey aggregate(int[] signerIndexes, MsmMethod method) throws BlsException {
    Objects.requireNonNull(method, "method");
    int[] signers = checkedSigners(signerIndexes);
    if (signers.length == 0) {
      return AggregateKey.fromUncompressed(identity());
    }
    byte[][] affines = method == MsmMethod.NATIVE ? nativeAffines() : null;
    byte[] sum =
        BackendCalls.call(
            () ->
                switch (method) {
                  case NATIVE ->
                      NativeBackend.multiScalarMultiply(
                          affines, packedWeights, signers, WEIGHT_BITS);
                  case JAVA ->
                      BlstBackend.multiScalarMultiply(points, packedWeights, signers, WEIGHT_BITS);
                  case NAIVE -> BlstBackend.multiScalarMultiplyNaively(points, weights, signers);
                });
    return AggregateKey.fromUncompressed(sum);
  }

  /** The signers' points as blst affine structs, made once per committee on first use. */
  byte[][] nativeAffines() throws BlsException {
    byte[][] affines = nativeAffines;
    if (affines == null) {
      MsmChoice.requireNative();
      affines = new byte[keys.length][];
      for (int i = 0; i < keys.length; i++) {
        affines[i] = keys[i].nativeAffine();
      }
      nativeAffines = affines;
    }
    return affines;
  }

  byte[] packedWeights() {
    return packedWeights;
  }

  int[] checkedSigners(int[] signerIndexes) {
    Objects.requireNonNull(signerIndexes, "signerIndexes");
    boolean[] seen = new boolean[keys.length];
    for (int index : signerIndexes) {
      Objects.checkIndex(index, keys.length);
      if (seen[index]) {
        throw new IllegalArgumentException("signer index " + index + " is repeated");
      }
      seen[index] = true;
    }
    return signerIndexes.clone();
  }

  private static void packLittleEndian(BigInteger value, byte[] out, int offset) {
    byte[] bigEndian = value.toByteArray();
    for (int i = 0; i < WEIGHT_BYTES && i < bigEndian.length; i++) {
      out[offset + i] = bigEndian[bigEndian.length - 1 - i];
    }
  }

  private static byte[] identity() {
    byte[] identity = new byte[2 * Bls.PUBLIC_KEY_LENGTH];
    identity[0] = 0x40;
    return identity;
  }
}
