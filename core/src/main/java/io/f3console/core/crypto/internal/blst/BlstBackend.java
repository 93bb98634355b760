package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.BlsException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The single public entry point into the jblst wrappers, for {@code io.f3console.core.crypto}
 * only. Its signatures use plain Java types; every method makes sure the native library is
 * loaded first and reports a failure as {@link BlsException}. Inputs are trusted: the facade
 * validates them.
 */
public final class BlstBackend {
  /** How blst classified a 48-byte compressed G1 encoding. */
  public enum G1Decoding {
    /** blst rejected the bytes as an encoding (should not happen after the facade's checks). */
    BAD_ENCODING,
    /** x³ + 4 has no square root: no curve point has this x. */
    NOT_ON_CURVE,
    /** The point at infinity. */
    IDENTITY,
    /** On the curve, outside the prime-order subgroup. */
    OUTSIDE_SUBGROUP,
    /** On the curve, in the prime-order subgroup, not the identity. */
    IN_SUBGROUP
  }

  private BlstBackend() {}

  /** Whether the native library loads (tries to load it the first time). */
  public static boolean isAvailable() {
    return BlstLoader.isLoaded();
  }

  /** Decompresses and classifies a 48-byte compressed G1 point. */
  public static G1Decoding decodeCompressedG1(byte[] compressed) throws BlsException {
    Objects.requireNonNull(compressed, "compressed");
    BlstLoader.requireLoaded();
    return BlstG1.decode(compressed.clone());
  }

  /** The 48-byte compressed G1 point [secretKey]·g1, for 0 &lt; secretKey &lt; r. */
  public static byte[] multiplyG1Generator(BigInteger secretKey) throws BlsException {
    Objects.requireNonNull(secretKey, "secretKey");
    BlstLoader.requireLoaded();
    return BlstG1.multiplyGenerator(secretKey);
  }
}
