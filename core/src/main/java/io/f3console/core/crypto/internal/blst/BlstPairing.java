package io.f3console.core.crypto.internal.blst;

import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.Pairing;

/**
 * The pairing check of a BLS verification as one product with a single final exponentiation: e(key,
 * H(m)) · e(−g1, σ) = 1, which is e(key, H(m)) = e(g1, σ). Callers must have loaded the library
 * through {@link BlstLoader} first.
 */
final class BlstPairing {
  /** jblst wants a tag for the pairing context; raw pairs never use it. */
  private static final String UNUSED_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_";

  private BlstPairing() {}

  private static final class NegatedGenerator {
    static final P1_Affine POINT = P1.generator().neg().to_affine();
  }

  /**
   * Whether e(key, message) = e(g1, signature). A pair with the identity on either side contributes
   * 1 and is left out (blst's Miller loop is not meant for the point at infinity); with both pairs
   * left out the product is 1 and the check passes, which is how an empty signer set (identity key)
   * with the identity signature verifies.
   *
   * @param key the aggregate key, 96 bytes uncompressed (identity: {@code 0x40} then zeros)
   */
  static boolean check(byte[] key, G2Point message, G2Point signature) {
    P1_Affine keyPoint = new P1_Affine(key);
    Pairing pairing = new Pairing(true, UNUSED_DST);
    boolean anyPair = false;
    if (!keyPoint.is_inf() && !message.point.is_inf()) {
      pairing.raw_aggregate(message.point, keyPoint);
      anyPair = true;
    }
    if (!signature.point.is_inf()) {
      pairing.raw_aggregate(signature.point, NegatedGenerator.POINT);
      anyPair = true;
    }
    if (!anyPair) {
      return true;
    }
    pairing.commit();
    return pairing.finalverify();
  }
}
