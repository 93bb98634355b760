package io.f3console.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The part of a public-key check that needs no curve arithmetic: length, flag bits, the infinity
 * encoding and the range of x. It mirrors go-f3's {@code pubkeyToPoint} length rule and the first
 * steps of gnark's {@code G1Affine.setBytes} ({@code ecc/bls12-381/marshal.go}), and it runs before
 * blst so that the verdict never depends on how blst reads unusual inputs.
 *
 * <p>Byte 0 carries three flags (the ZCash / IETF serialisation): bit 7 compressed, bit 6 infinity,
 * bit 5 "y is the lexicographically largest root". gnark rejects the patterns {@code 001}, {@code
 * 011} and {@code 111} outright; {@code 000} and {@code 010} announce an uncompressed point and
 * then fail with a short buffer, because 48 bytes are given where 96 are needed; {@code 110} is the
 * infinity encoding, valid only when every other bit is zero; {@code 100} and {@code 101} carry an
 * x that must be below the field modulus.
 */
final class G1EncodingRules {
  /** The BLS12-381 base field modulus p. */
  static final BigInteger FIELD_MODULUS =
      new BigInteger(
          "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
          16);

  private static final int FLAG_MASK = 0xe0;

  private G1EncodingRules() {}

  /**
   * The verdict when the encoding alone decides it; empty when the key is a well-formed compressed
   * encoding of a finite x, which only the curve arithmetic can judge further.
   */
  static Optional<PublicKeyCheck> verdictFromEncoding(byte[] key) {
    if (key.length != Bls.PUBLIC_KEY_LENGTH) {
      return Optional.of(
          new PublicKeyCheck(
              KeyStatus.WRONG_LENGTH,
              key.length,
              "wrong length: "
                  + key.length
                  + " bytes, a compressed G1 public key has exactly "
                  + Bls.PUBLIC_KEY_LENGTH));
    }
    int flags = (key[0] & FLAG_MASK) >>> 5;
    String pattern = String.format("%3s", Integer.toBinaryString(flags)).replace(' ', '0');
    BigInteger x = xCoordinate(key);
    switch (flags) {
      case 0b001, 0b011, 0b111:
        return Optional.of(
            badEncoding("bad encoding: invalid flag bits " + pattern + " in byte 0"));
      case 0b000, 0b010:
        return Optional.of(
            new PublicKeyCheck(
                KeyStatus.NOT_COMPRESSED,
                key.length,
                "not compressed: the compression flag (bit 7 of byte 0) is clear, flag bits "
                    + pattern));
      case 0b110:
        if (x.signum() != 0) {
          return Optional.of(
              badEncoding("bad encoding: the infinity flag is set but other bits are not zero"));
        }
        return Optional.of(
            new PublicKeyCheck(
                KeyStatus.IDENTITY,
                key.length,
                "the point at infinity (identity), which go-f3 rejects as a null point"));
      default:
        if (x.compareTo(FIELD_MODULUS) >= 0) {
          return Optional.of(
              badEncoding("bad encoding: the x coordinate is not below the field modulus p"));
        }
        return Optional.empty();
    }
  }

  /** The x coordinate: the 48 bytes big-endian with the three flag bits cleared. */
  static BigInteger xCoordinate(byte[] key) {
    byte[] x = key.clone();
    x[0] &= (byte) ~FLAG_MASK;
    return new BigInteger(1, x);
  }

  /**
   * The 48-byte compressed encoding of a point given in the 96-byte uncompressed encoding (as blst
   * serialises it): x with the compression flag, plus the "largest" flag when y &gt; p − y; the
   * identity ({@code 0x40} flag) becomes {@code c0 00…}.
   */
  static byte[] compress(byte[] uncompressed) {
    byte[] compressed = Arrays.copyOf(uncompressed, Bls.PUBLIC_KEY_LENGTH);
    if ((uncompressed[0] & 0x40) != 0) {
      Arrays.fill(compressed, (byte) 0);
      compressed[0] = (byte) 0xc0;
      return compressed;
    }
    BigInteger y =
        new BigInteger(
            1, Arrays.copyOfRange(uncompressed, Bls.PUBLIC_KEY_LENGTH, 2 * Bls.PUBLIC_KEY_LENGTH));
    boolean largest = y.compareTo(FIELD_MODULUS.subtract(y)) > 0;
    compressed[0] |= (byte) (largest ? 0xa0 : 0x80);
    return compressed;
  }

  private static PublicKeyCheck badEncoding(String message) {
    return new PublicKeyCheck(KeyStatus.BAD_ENCODING, Bls.PUBLIC_KEY_LENGTH, message);
  }

  private static String flagPattern(int flags) {
    return "" + ((flags >> 7) & 1) + ((flags >> 6) & 1) + ((flags >> 5) & 1);
  }
}
