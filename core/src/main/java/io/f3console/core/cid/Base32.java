package io.f3console.core.cid;

import java.util.Arrays;

/**
 * RFC 4648 base32 without padding, the alphabet of multibase {@code b} (lower case) and {@code B}
 * (upper case). Decoding is strict: characters outside the alphabet, impossible lengths and
 * non-zero trailing bits are rejected, so every accepted string is the canonical encoding of the
 * bytes it decodes to.
 */
public final class Base32 {
  private static final char[] LOWER = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int[] DECODE = new int[128];

  static {
    Arrays.fill(DECODE, -1);
    for (int i = 0; i < LOWER.length; i++) {
      DECODE[LOWER[i]] = i;
      DECODE[Character.toUpperCase(LOWER[i])] = i;
    }
  }

  private Base32() {}

  public static String encodeLower(byte[] data) {
    StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(LOWER[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(LOWER[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }

  /** Decodes base32 text of one case only ({@code upper} says which). */
  public static byte[] decode(CharSequence text, boolean upper) throws CidFormatException {
    int remainder = text.length() % 8;
    if (remainder == 1 || remainder == 3 || remainder == 6) {
      throw new CidFormatException("base32 text has an impossible length " + text.length());
    }
    byte[] out = new byte[text.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = c < 128 ? DECODE[c] : -1;
      if (value < 0 || (upper ? Character.isLowerCase(c) : Character.isUpperCase(c))) {
        throw new CidFormatException("invalid base32 character '" + c + "' at position " + i);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
      buffer &= (1 << bits) - 1;
    }
    if (buffer != 0) {
      throw new CidFormatException("base32 text has non-zero trailing bits");
    }
    return out;
  }
}
