package io.f3console.core.crypto;

/** The verdict of a signature check ({@link SignatureCheck}). */
public enum SignatureOutcome {
  /** The signature decodes and the pairing equation holds. */
  VALID,
  /** The signature decodes to a point in G2, but the pairing equation fails. */
  INVALID,
  /**
   * The bytes are not a G2 point go-f3 would accept: too short, bad flag bits, a coordinate out of
   * range, not on the curve, or not in the subgroup.
   */
  MALFORMED_SIGNATURE
}
