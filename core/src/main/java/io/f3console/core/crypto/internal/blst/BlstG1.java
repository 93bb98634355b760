package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.internal.blst.BlstBackend.G1Decoding;
import java.math.BigInteger;
import supranational.blst.P1;
import supranational.blst.P1_Affine;

/**
 * G1 operations through jblst. Every method creates its own point objects: jblst points are
 * mutable ({@code mult}, {@code add} change the receiver) and are never shared or kept.
 * Callers must have loaded the library through {@link BlstLoader} first.
 */
final class BlstG1 {
  private BlstG1() {}

  /**
   * Decompresses a 48-byte compressed G1 point and classifies it.
   *
   * <p>{@code new P1_Affine(bytes)} decompresses and checks the curve equation but not the
   * subgroup, so {@code in_group()} is called explicitly. Failures arrive as a
   * {@link RuntimeException} whose message names blst's error code. blst also refuses x = 0
   * during decompression with "point is not in group": the two points (0, ±2) are on the curve
   * and have order 3, so that is reported as outside the subgroup, as gnark would.
   */
  static G1Decoding decode(byte[] compressed) {
    P1_Affine point;
    try {
      point = new P1_Affine(compressed);
    } catch (RuntimeException e) {
      String text = String.valueOf(e.getMessage());
      if (text.contains("not on curve")) {
        return G1Decoding.NOT_ON_CURVE;
      }
      if (text.contains("not in group")) {
        return G1Decoding.OUTSIDE_SUBGROUP;
      }
      return G1Decoding.BAD_ENCODING;
    }
    if (point.is_inf()) {
      return G1Decoding.IDENTITY;
    }
    if (!point.on_curve()) {
      return G1Decoding.NOT_ON_CURVE;
    }
    return point.in_group() ? G1Decoding.IN_SUBGROUP : G1Decoding.OUTSIDE_SUBGROUP;
  }

  /** The compressed encoding of [secretKey]·g1. */
  static byte[] multiplyGenerator(BigInteger secretKey) {
    return P1.generator().mult(secretKey).compress();
  }

  static boolean generatorIsInGroup() {
    return P1_Affine.generator().in_group();
  }
}
