package io.f3console.core.crypto;

import java.util.Optional;

/**
 * The verdict on a power-table public key, in the order go-f3 decides it: {@code blssig} {@code
 * Verifier.pubkeyToPoint} checks the length, then gnark's {@code G1Affine.SetBytes} checks the flag
 * bits, the x coordinate, the curve equation and the subgroup, and finally go-f3 rejects the point
 * at infinity ("public key is a null point").
 *
 * <p>Each verdict fixes which individual facts are known: a key with a bad encoding says nothing
 * about the curve, and a key off the curve says nothing about the subgroup. Unknown facts are
 * {@link Optional#empty()}.
 */
public enum KeyStatus {
  /** Exactly 48 bytes, compressed, on the curve, in the G1 subgroup, not the identity. */
  VALID(Optional.of(true), Optional.of(true), Optional.of(true)),
  /** Not exactly 48 bytes; go-f3 accepts only compressed keys, so 96 bytes fail too. */
  WRONG_LENGTH(Optional.empty(), Optional.empty(), Optional.empty()),
  /** 48 bytes whose compression flag (bit 7 of byte 0) is clear; gnark would want 96 bytes. */
  NOT_COMPRESSED(Optional.empty(), Optional.empty(), Optional.empty()),
  /** Invalid flag pattern, non-zero bits in an infinity encoding, or x not below the modulus. */
  BAD_ENCODING(Optional.empty(), Optional.empty(), Optional.empty()),
  /** Well formed, but x³ + 4 has no square root modulo p: no point has this x. */
  NOT_ON_CURVE(Optional.of(false), Optional.empty(), Optional.of(true)),
  /** On the curve, but not in the prime-order subgroup G1. */
  NOT_IN_SUBGROUP(Optional.of(true), Optional.of(false), Optional.of(true)),
  /** The canonical encoding of the point at infinity, which go-f3 rejects as a null point. */
  IDENTITY(Optional.of(true), Optional.of(true), Optional.of(false));

  private final Optional<Boolean> onCurve;
  private final Optional<Boolean> inSubgroup;
  private final Optional<Boolean> notIdentity;

  KeyStatus(
      Optional<Boolean> onCurve, Optional<Boolean> inSubgroup, Optional<Boolean> notIdentity) {
    this.onCurve = onCurve;
    this.inSubgroup = inSubgroup;
    this.notIdentity = notIdentity;
  }

  /**
   * Whether the bytes are a well-formed compressed G1 encoding: 48 bytes, compression flag set, a
   * permitted flag pattern, a canonical x and, for the infinity flag, every other bit zero.
   */
  public boolean decodes() {
    return this != WRONG_LENGTH && this != NOT_COMPRESSED && this != BAD_ENCODING;
  }

  /** Whether the encoded point lies on y² = x³ + 4; empty when the encoding is malformed. */
  public Optional<Boolean> onCurve() {
    return onCurve;
  }

  /** Whether the point is in the G1 subgroup; empty when there is no point to test. */
  public Optional<Boolean> inSubgroup() {
    return inSubgroup;
  }

  /** Whether the point is not the identity; empty when the encoding is malformed. */
  public Optional<Boolean> notIdentity() {
    return notIdentity;
  }
}
