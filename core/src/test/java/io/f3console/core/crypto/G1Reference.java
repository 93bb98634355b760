package io.f3console.core.crypto;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A slow, independent model of BLS12-381 G1 in plain {@link BigInteger} arithmetic, used as an
 * oracle for the blst-backed checks: the curve y² = x³ + 4 over F_p, square roots by exponentiation
 * (p ≡ 3 mod 4), Euler's criterion, and a subgroup test [r]P = O by affine double-and-add. It
 * shares no code with the production classes.
 */
final class G1Reference {
  static final BigInteger P =
      new BigInteger(
          "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
          16);
  static final BigInteger R =
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

  /** The compressed G1 generator. */
  static final String GENERATOR_HEX =
      "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb";

  private static final BigInteger B = BigInteger.valueOf(4);
  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger THREE = BigInteger.valueOf(3);

  private G1Reference() {}

  /** An affine point; the identity is represented by {@code null} in the arithmetic below. */
  record Point(BigInteger x, BigInteger y) {
    boolean onCurve() {
      return y.multiply(y).subtract(curveRightHandSide(x)).mod(P).signum() == 0;
    }
  }

  static BigInteger curveRightHandSide(BigInteger x) {
    return x.pow(3).add(B).mod(P);
  }

  /** Euler's criterion: a is a square modulo p (zero counts as a square). */
  static boolean isSquare(BigInteger a) {
    BigInteger reduced = a.mod(P);
    return reduced.signum() == 0
        || reduced.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
  }

  /** The point with this x and the requested root, or empty if x³ + 4 is not a square. */
  static Optional<Point> decompress(BigInteger x, boolean largestY) {
    BigInteger rhs = curveRightHandSide(x);
    if (!isSquare(rhs)) {
      return Optional.empty();
    }
    BigInteger y = rhs.modPow(P.add(BigInteger.ONE).shiftRight(2), P);
    if (isLexicographicallyLargest(y) != largestY) {
      y = P.subtract(y).mod(P);
    }
    return Optional.of(new Point(x, y));
  }

  static boolean isLexicographicallyLargest(BigInteger y) {
    return y.compareTo(P.subtract(BigInteger.ONE).shiftRight(1)) > 0;
  }

  /** [r]P is the identity. */
  static boolean inSubgroup(Point point) {
    return multiply(point, R) == null;
  }

  /** [k]P by double-and-add; {@code null} is the identity. */
  static Point multiply(Point point, BigInteger k) {
    Point result = null;
    for (int bit = k.bitLength() - 1; bit >= 0; bit--) {
      result = add(result, result);
      if (k.testBit(bit)) {
        result = add(result, point);
      }
    }
    return result;
  }

  static Point add(Point a, Point b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    BigInteger slope;
    if (a.x().equals(b.x())) {
      if (a.y().add(b.y()).mod(P).signum() == 0) {
        return null;
      }
      slope = THREE.multiply(a.x().pow(2)).multiply(TWO.multiply(a.y()).modInverse(P)).mod(P);
    } else {
      slope = b.y().subtract(a.y()).multiply(b.x().subtract(a.x()).modInverse(P)).mod(P);
    }
    BigInteger x = slope.pow(2).subtract(a.x()).subtract(b.x()).mod(P);
    BigInteger y = slope.multiply(a.x().subtract(x)).subtract(a.y()).mod(P);
    return new Point(x, y);
  }

  /** The 48-byte compressed encoding (flag 100 or 101). */
  static byte[] compress(Point point) {
    byte[] out = toFixed(point.x());
    out[0] |= (byte) (isLexicographicallyLargest(point.y()) ? 0xa0 : 0x80);
    return out;
  }

  /** The 96-byte uncompressed encoding x || y (flag 000). */
  static byte[] uncompressed(Point point) {
    byte[] out = new byte[96];
    System.arraycopy(toFixed(point.x()), 0, out, 0, 48);
    System.arraycopy(toFixed(point.y()), 0, out, 48, 48);
    return out;
  }

  /** Encodes x with the given three flag bits (as an int 0..7) in the top of byte 0. */
  static byte[] withFlags(BigInteger x, int flags) {
    byte[] out = toFixed(x);
    out[0] = (byte) ((out[0] & 0x1f) | (flags << 5));
    return out;
  }

  static byte[] toFixed(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[48];
    int length = Math.min(raw.length, 48);
    System.arraycopy(raw, raw.length - length, out, 48 - length, length);
    return out;
  }

  /** The x coordinate of a 48-byte encoding, flag bits cleared. */
  static BigInteger xOf(byte[] key) {
    byte[] copy = key.clone();
    copy[0] &= 0x1f;
    return new BigInteger(1, copy);
  }

  /**
   * The verdict gnark and go-f3 would give a 48-byte key, derived independently from the rules in
   * their source. {@code checkSubgroup} false leaves on-curve points undecided (returns empty),
   * because the reference subgroup test is slow.
   */
  static Optional<KeyStatus> expectedStatus(byte[] key, boolean checkSubgroup) {
    if (key.length != 48) {
      return Optional.of(KeyStatus.WRONG_LENGTH);
    }
    int flags = (key[0] >> 5) & 7;
    BigInteger x = xOf(key);
    if (flags == 1 || flags == 3 || flags == 7) {
      return Optional.of(KeyStatus.BAD_ENCODING);
    }
    if (flags == 0 || flags == 2) {
      return Optional.of(KeyStatus.NOT_COMPRESSED);
    }
    if (flags == 6) {
      return Optional.of(x.signum() == 0 ? KeyStatus.IDENTITY : KeyStatus.BAD_ENCODING);
    }
    if (x.compareTo(P) >= 0) {
      return Optional.of(KeyStatus.BAD_ENCODING);
    }
    Optional<Point> point = decompress(x, flags == 5);
    if (point.isEmpty()) {
      return Optional.of(KeyStatus.NOT_ON_CURVE);
    }
    if (!checkSubgroup) {
      return Optional.empty();
    }
    return Optional.of(inSubgroup(point.get()) ? KeyStatus.VALID : KeyStatus.NOT_IN_SUBGROUP);
  }
}
