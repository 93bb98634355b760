package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.internal.blst.BlstBackend.G2Decoding;
import java.math.BigInteger;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * G2 operations through jblst: hashing to the curve, decoding signatures, multiplying by a scalar.
 * Every method makes its own point objects (jblst points are mutable). Callers must have loaded the
 * library through {@link BlstLoader} first.
 */
final class BlstG2 {
  private static final int COMPRESSED_LENGTH = 96;

  private BlstG2() {}

  /** RFC 9380 {@code hash_to_curve} to G2 (random-oracle variant) with the given tag. */
  static G2Point hashToCurve(byte[] message, String dst) {
    return new G2Point(new P2().hash_to(message, dst).to_affine());
  }

  /**
   * Decodes 96 compressed or 192 uncompressed bytes (the facade has already checked the flag bits,
   * the infinity encoding and the range of every coordinate) and checks the subgroup, which jblst's
   * decoder does not do.
   */
  static BlstBackend.G2Decoded decode(byte[] encoding) {
    P2_Affine point;
    try {
      point = new P2_Affine(encoding);
    } catch (RuntimeException e) {
      String text = String.valueOf(e.getMessage());
      if (text.contains("not on curve")) {
        return BlstBackend.G2Decoded.failed(G2Decoding.NOT_ON_CURVE);
      }
      if (text.contains("not in group")) {
        return BlstBackend.G2Decoded.failed(G2Decoding.NOT_IN_SUBGROUP);
      }
      return BlstBackend.G2Decoded.failed(G2Decoding.BAD_ENCODING);
    }
    if (!point.is_inf() && !point.on_curve()) {
      return BlstBackend.G2Decoded.failed(G2Decoding.NOT_ON_CURVE);
    }
    if (!point.in_group()) {
      return BlstBackend.G2Decoded.failed(G2Decoding.NOT_IN_SUBGROUP);
    }
    return BlstBackend.G2Decoded.valid(new G2Point(point));
  }

  /** The compressed encoding of [scalar]·point, for 0 ≤ scalar &lt; r. */
  static byte[] multiply(G2Point point, BigInteger scalar) {
    if (scalar.signum() == 0) {
      byte[] identity = new byte[COMPRESSED_LENGTH];
      identity[0] = (byte) 0xc0;
      return identity;
    }
    return point.point.to_jacobian().mult(scalar).compress();
  }
}
