package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.internal.BackendUnavailableException;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The single public entry point into the jblst wrappers, for {@code io.f3console.core.crypto} (and
 * its benchmark floor, {@code crypto.bench}) only. Its signatures use plain Java types and the
 * opaque handles {@link G1Point} and {@link G2Point}; every method makes sure the native library is
 * loaded first and reports a failure as {@link BackendUnavailableException}. Inputs are trusted:
 * the facade validates them.
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

  /** A G1 decoding with the point, present exactly when the status is IN_SUBGROUP. */
  public record G1Decoded(G1Decoding status, Optional<G1Point> point) {
    public G1Decoded {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(point, "point");
    }

    static G1Decoded failed(G1Decoding status) {
      return new G1Decoded(status, Optional.empty());
    }
  }

  /** How blst classified a G2 encoding (signature). */
  public enum G2Decoding {
    /** In the G2 subgroup (possibly the identity). */
    VALID,
    /** Rejected as an encoding by blst. */
    BAD_ENCODING,
    /** No curve point has these coordinates. */
    NOT_ON_CURVE,
    /** On the curve, outside the prime-order subgroup. */
    NOT_IN_SUBGROUP
  }

  /** A G2 decoding with the point, present exactly when the status is VALID. */
  public record G2Decoded(G2Decoding status, Optional<G2Point> point) {
    public G2Decoded {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(point, "point");
    }

    static G2Decoded failed(G2Decoding status) {
      return new G2Decoded(status, Optional.empty());
    }

    static G2Decoded valid(G2Point point) {
      return new G2Decoded(G2Decoding.VALID, Optional.of(point));
    }
  }

  private BlstBackend() {}

  /** Whether the native library loads (tries to load it the first time). */
  public static boolean isAvailable() {
    return BlstLoader.isLoaded();
  }

  /**
   * Where jblst keeps the blst library for this platform on the class path (for a second copy
   * opened through JNA), or empty when it bundles none. Does not load anything.
   */
  public static Optional<String> bundledLibraryResource() {
    return BlstLoader.bundledLibraryResource();
  }

  /** Decompresses and classifies a 48-byte compressed G1 point. */
  public static G1Decoding decodeCompressedG1(byte[] compressed)
      throws BackendUnavailableException {
    Objects.requireNonNull(compressed, "compressed");
    BlstLoader.requireLoaded();
    return BlstG1.decode(compressed.clone());
  }

  /** Like {@link #decodeCompressedG1}, keeping the point when it is a usable public key. */
  public static G1Decoded decodeCompressedG1Point(byte[] compressed)
      throws BackendUnavailableException {
    Objects.requireNonNull(compressed, "compressed");
    BlstLoader.requireLoaded();
    return BlstG1.decodePoint(compressed.clone());
  }

  /** The 48-byte compressed G1 point [secretKey]·g1, for 0 &lt; secretKey &lt; r. */
  public static byte[] multiplyG1Generator(BigInteger secretKey)
      throws BackendUnavailableException {
    Objects.requireNonNull(secretKey, "secretKey");
    BlstLoader.requireLoaded();
    return BlstG1.multiplyGenerator(secretKey);
  }

  /**
   * Σ scalar·point over {@code indexes} by the bucket method in Java, as the 96-byte uncompressed
   * encoding (the identity for no indexes).
   *
   * @param packedScalars little-endian scalars, {@code (nbits + 7) / 8} bytes per point
   */
  public static byte[] multiScalarMultiply(
      G1Point[] points, byte[] packedScalars, int[] indexes, int nbits)
      throws BackendUnavailableException {
    BlstLoader.requireLoaded();
    return BlstMultiScalar.pippenger(points, packedScalars, indexes, nbits);
  }

  /** The same sum computed as Σ mult + add: slow, for cross-checks and measurements. */
  public static byte[] multiScalarMultiplyNaively(
      G1Point[] points, BigInteger[] scalars, int[] indexes) throws BackendUnavailableException {
    BlstLoader.requireLoaded();
    return BlstMultiScalar.naive(points, scalars, indexes);
  }

  /** RFC 9380 {@code hash_to_curve} of {@code message} to G2 with the tag {@code dst}. */
  public static G2Point hashToG2(byte[] message, String dst) throws BackendUnavailableException {
    Objects.requireNonNull(message, "message");
    BlstLoader.requireLoaded();
    return BlstG2.hashToCurve(message.clone(), dst);
  }

  /**
   * Decodes exactly 96 compressed or 192 uncompressed bytes whose flags, infinity encoding and
   * coordinate ranges the caller has checked, then checks the curve and the subgroup.
   */
  public static G2Decoded decodeG2(byte[] encoding) throws BackendUnavailableException {
    Objects.requireNonNull(encoding, "encoding");
    BlstLoader.requireLoaded();
    return BlstG2.decode(encoding.clone());
  }

  /** The compressed encoding of [scalar]·point, for 0 ≤ scalar &lt; r. */
  public static byte[] multiplyG2(G2Point point, BigInteger scalar)
      throws BackendUnavailableException {
    Objects.requireNonNull(point, "point");
    BlstLoader.requireLoaded();
    return BlstG2.multiply(point, scalar);
  }

  /**
   * Whether e(key, message) = e(g1, signature), as one product with one final exponentiation.
   *
   * @param key a G1 point in the 96-byte uncompressed encoding, in the subgroup
   */
  public static boolean pairingCheck(byte[] key, G2Point message, G2Point signature)
      throws BackendUnavailableException {
    BlstLoader.requireLoaded();
    return BlstPairing.check(key, message, signature);
  }
}
