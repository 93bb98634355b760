package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.internal.blst.BlstBackend.G1Decoding;
import java.math.BigInteger;
import java.util.Optional;
import supranational.blst.P1;
import supranational.blst.P1_Affine;

/**
 * G1 operations through jblst. Every method creates its own point objects: jblst points are mutable
 * ({@code mult}, {@code add} change the receiver) and are never shared or kept. Callers must have
 * loaded the library through {@link BlstLoader} first.
 */
final class BlstG1 {
  private BlstG1() {}

  /**
   * Decompresses a 48-byte compressed G1 point and classifies it.
   *
   * <p>{@code new P1_Affine(bytes)} decompresses and checks the curve equation but not the
   * subgroup, so {@code in_group()} is called explicitly. Failures arrive as a {@link
   * RuntimeException} whose message names blst's error code. blst also refuses x = 0 during
   * decompression with "point is not in group": the two points (0, ±2) are on the curve and have
   * order 3, so that is reported as outside the subgroup, as gnark would.
   */
  static G1Decoding decode(byte[] compressed) {
    return decodePoint(compressed).status();
  }

  /** Like {@link #decode(byte[])}, keeping the point when it is in the subgroup. */
  static BlstBackend.G1Decoded decodePoint(byte[] compressed) {
    P1_Affine point;
    try {
      point = new P1_Affine(compressed);
    } catch (RuntimeException e) {
      String text = String.valueOf(e.getMessage());
      if (text.contains("not on curve")) {
        return BlstBackend.G1Decoded.failed(G1Decoding.NOT_ON_CURVE);
      }
      if (text.contains("not in group")) {
        return BlstBackend.G1Decoded.failed(G1Decoding.OUTSIDE_SUBGROUP);
      }
      return BlstBackend.G1Decoded.failed(G1Decoding.BAD_ENCODING);
    }
    if (point.is_inf()) {
      return BlstBackend.G1Decoded.failed(G1Decoding.IDENTITY);
    }
    if (!point.on_curve()) {
      return BlstBackend.G1Decoded.failed(G1Decoding.NOT_ON_CURVE);
    }
    if (!point.in_group()) {
      return BlstBackend.G1Decoded.failed(G1Decoding.OUTSIDE_SUBGROUP);
    }
    return new BlstBackend.G1Decoded(G1Decoding.IN_SUBGROUP, Optional.of(new G1Point(point)));
  }

  /** The compressed encoding of [secretKey]·g1. */
  static byte[] multiplyGenerator(BigInteger secretKey) {
    return P1.generator().mult(secretKey).compress();
  }

  static boolean generatorIsInGroup() {
    return P1_Affine.generator().in_group();
  }
}
