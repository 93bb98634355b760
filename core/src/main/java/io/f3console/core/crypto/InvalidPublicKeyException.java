package io.f3console.core.crypto;

import java.util.OptionalInt;

/**
 * A public key go-f3 would not accept: wrong length, not compressed, badly encoded, off the curve,
 * outside the G1 subgroup or the identity ({@link KeyStatus}). When the key belongs to a key list
 * (a power table handed to {@link BdnCommittee#prepare}), the exception names the entry, because
 * go-f3 refuses the whole aggregation for one unusable key anywhere in the table ("pubkey %d: …"),
 * whether that entry signed or not.
 */
public final class InvalidPublicKeyException extends BlsException {
  private static final long serialVersionUID = 1L;

  private final KeyStatus status;
  private final String reason;
  private final int entryIndex;

  private InvalidPublicKeyException(KeyStatus status, String reason, int entryIndex) {
    super("public key " + (entryIndex < 0 ? "" : "of entry " + entryIndex + " ") + reason);
    this.status = status;
    this.reason = reason;
    this.entryIndex = entryIndex;
  }

  /** For a key on its own, e.g. "public key is not in the G1 subgroup". */
  static InvalidPublicKeyException of(PublicKeyCheck check) {
    return new InvalidPublicKeyException(check.status(), describe(check), -1);
  }

  /** The same problem for entry {@code index} of a key list: "public key of entry 7 is …". */
  InvalidPublicKeyException atEntry(int index) {
    return new InvalidPublicKeyException(status, reason, index);
  }

  /** Why the key is unusable; never {@link KeyStatus#VALID}. */
  public KeyStatus status() {
    return status;
  }

  /** The position of the key in the list it came from, if it came from one. */
  public OptionalInt entryIndex() {
    return entryIndex < 0 ? OptionalInt.empty() : OptionalInt.of(entryIndex);
  }

  private static String describe(PublicKeyCheck check) {
    return switch (check.status()) {
      case WRONG_LENGTH ->
          "has the wrong length: "
              + check.length()
              + " bytes, a compressed G1 public key has exactly "
              + Bls.PUBLIC_KEY_LENGTH;
      case NOT_COMPRESSED -> "is not in compressed form (" + check.message() + ")";
      case BAD_ENCODING -> "is badly encoded (" + check.message() + ")";
      case NOT_ON_CURVE -> "is not on the curve";
      case NOT_IN_SUBGROUP -> "is not in the G1 subgroup";
      case IDENTITY -> "is the point at infinity (identity), which go-f3 rejects";
      case VALID -> throw new IllegalArgumentException("a valid key is not an error");
    };
  }
}
