package io.f3console.core.cid;

import java.math.BigInteger;
import java.util.Arrays;

/** Bitcoin-alphabet base58 (multibase {@code z}, and the plain form of CIDv0 strings). */
public final class Base58 {
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);
  private static final int[] DECODE = new int[128];

  /** Longer text is refused before any arithmetic, so decoding stays cheap. */
  private static final int MAX_TEXT_LENGTH = 1024;

  static {
    Arrays.fill(DECODE, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      DECODE[ALPHABET.charAt(i)] = i;
    }
  }

  private Base58() {}

  public static String encode(byte[] data) {
    int zeros = 0;
    while (zeros < data.length && data[zeros] == 0) {
      zeros++;
    }
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, data);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      value = qr[0];
    }
    out.append("1".repeat(zeros));
    return out.reverse().toString();
  }

  public static byte[] decode(CharSequence text) throws CidFormatException {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new CidFormatException("base58 text longer than " + MAX_TEXT_LENGTH + " characters");
    }
    BigInteger value = BigInteger.ZERO;
    int zeros = 0;
    boolean leading = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = c < 128 ? DECODE[c] : -1;
      if (digit < 0) {
        throw new CidFormatException("invalid base58 character '" + c + "' at position " + i);
      }
      if (leading && digit == 0) {
        zeros++;
      } else {
        leading = false;
      }
      value = value.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
    int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return out;
  }
}
