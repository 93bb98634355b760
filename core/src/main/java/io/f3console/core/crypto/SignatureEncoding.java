package io.f3console.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * How go-f3 reads a signature's bytes before any curve arithmetic: gnark's {@code
 * G2Affine.setBytes} as kyber calls it ({@code ecc/bls12-381/marshal.go}). The result is either a
 * problem ("malformed") or the exact point bytes to hand to blst: 96 compressed or 192 uncompressed
 * bytes, with the identity always given as the canonical compressed {@code c0 00…}.
 *
 * <p>Deliberately lenient where Go is lenient (protocol notes §6.1, decision record 0002):
 *
 * <ul>
 *   <li>bytes after the point are ignored (gnark reports how many it used; kyber ignores the
 *       count), so 96 valid bytes followed by anything verify like the 96 bytes alone;
 *   <li>the flag bits {@code 000} announce a 192-byte uncompressed point, accepted like a
 *       compressed one; {@code 010} with every other bit zero is the uncompressed identity;
 *   <li>192 zero bytes (flags {@code 000}, x = y = 0) decode as the identity: gnark represents the
 *       point at infinity by the affine (0, 0) and its subgroup check accepts it. This case is
 *       inferred from gnark's code, not checked against Go or real data.
 * </ul>
 *
 * Strict where Go is strict: fewer than 96 bytes (or 192 for an uncompressed flag), the flag
 * patterns {@code 001}, {@code 011}, {@code 111}, an infinity flag with any other bit set, and a
 * coordinate not below the field modulus p are all malformed.
 */
final class SignatureEncoding {
  static final int COMPRESSED_LENGTH = 96;
  static final int UNCOMPRESSED_LENGTH = 192;

  private static final int FIELD_LENGTH = 48;
  private static final int FLAG_MASK = 0xe0;

  private final byte[] point;
  private final String problem;

  private SignatureEncoding(byte[] point, String problem) {
    this.point = point;
    this.problem = problem;
  }

  /** The problem that makes the bytes malformed, if any. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The 96 or 192 point bytes; only when there is no problem. */
  byte[] point() {
    return point.clone();
  }

  boolean isIdentity() {
    return point != null
        && point.length == COMPRESSED_LENGTH
        && (point[0] & 0xff) == 0xc0
        && isZero(point, 1, COMPRESSED_LENGTH, 0);
  }

  static SignatureEncoding read(byte[] signature) {
    if (signature.length < COMPRESSED_LENGTH) {
      return malformed(
          "too short: "
              + signature.length
              + " bytes, a signature has at least "
              + COMPRESSED_LENGTH);
    }
    int flags = (signature[0] & 0xff) >>> 5;
    switch (flags) {
      case 0b001, 0b011, 0b111:
        return malformed("invalid flag bits " + bits(flags) + " in byte 0");
      case 0b000, 0b010:
        return readUncompressed(signature, flags);
      case 0b110:
        if (!isZero(signature, 0, COMPRESSED_LENGTH, FLAG_MASK)) {
          return malformed("the infinity flag is set but other bits are not zero");
        }
        return identity();
      default:
        Optional<String> range = coordinatesBelowModulus(signature, 2);
        if (range.isPresent()) {
          return malformed(range.get());
        }
        return new SignatureEncoding(Arrays.copyOf(signature, COMPRESSED_LENGTH), null);
    }
  }

  private static SignatureEncoding readUncompressed(byte[] signature, int flags) {
    if (signature.length < UNCOMPRESSED_LENGTH) {
      return malformed(
          "too short: flag bits "
              + bits(flags)
              + " announce an uncompressed point of "
              + UNCOMPRESSED_LENGTH
              + " bytes, got "
              + signature.length);
    }
    if (flags == 0b010) {
      if (!isZero(signature, 0, UNCOMPRESSED_LENGTH, FLAG_MASK)) {
        return malformed("the infinity flag is set but other bits are not zero");
      }
      return identity();
    }
    Optional<String> range = coordinatesBelowModulus(signature, 4);
    if (range.isPresent()) {
      return malformed(range.get());
    }
    if (isZero(signature, 0, UNCOMPRESSED_LENGTH, 0)) {
      return identity();
    }
    return new SignatureEncoding(Arrays.copyOf(signature, UNCOMPRESSED_LENGTH), null);
  }

  /** Each 48-byte big-endian coordinate (flags cleared in the first) must be below p. */
  private static Optional<String> coordinatesBelowModulus(byte[] signature, int count) {
    for (int i = 0; i < count; i++) {
      byte[] field = Arrays.copyOfRange(signature, i * FIELD_LENGTH, (i + 1) * FIELD_LENGTH);
      if (i == 0) {
        field[0] &= (byte) ~FLAG_MASK;
      }
      if (new BigInteger(1, field).compareTo(G1EncodingRules.FIELD_MODULUS) >= 0) {
        return Optional.of("coordinate " + (i + 1) + " is not below the field modulus p");
      }
    }
    return Optional.empty();
  }

  /** Whether bytes [from, to) are zero, ignoring the {@code firstByteMask} bits of byte from. */
  private static boolean isZero(byte[] bytes, int from, int to, int firstByteMask) {
    if ((bytes[from] & ~firstByteMask & 0xff) != 0) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static SignatureEncoding identity() {
    byte[] identity = new byte[COMPRESSED_LENGTH];
    identity[0] = (byte) 0xc0;
    return new SignatureEncoding(identity, null);
  }

  private static SignatureEncoding malformed(String problem) {
    return new SignatureEncoding(null, problem);
  }

  private static String bits(int flags) {
    return String.format("%3s", Integer.toBinaryString(flags)).replace(' ', '0');
  }
}
