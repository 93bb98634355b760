package io.f3console.core.cid;

import java.io.ByteArrayOutputStream;

/**
 * Unsigned LEB128 varints as multiformats uses them in CIDs and multihashes (go-varint {@code
 * FromUvarint}): at most 9 bytes, values up to 2^63 − 1, and the encoding must be minimal (no
 * trailing {@code 0x80 00} continuation).
 */
public final class Varint {
  /** The longest varint multiformats accepts (63 bits). */
  public static final int MAX_LENGTH = 9;

  private Varint() {}

  /** A decoded varint: its value and how many bytes it took. */
  public record Decoded(long value, int length) {}

  /** Reads a strict multiformats varint at {@code offset}. */
  public static Decoded decode(byte[] data, int offset) throws CidFormatException {
    return decode(data, offset, data.length);
  }

  /** Reads a strict multiformats varint at {@code offset} that ends before {@code end}. */
  public static Decoded decode(byte[] data, int offset, int end) throws CidFormatException {
    long value = 0;
    for (int i = 0; i < MAX_LENGTH; i++) {
      int position = offset + i;
      if (position >= end) {
        throw new CidFormatException("varint truncated at byte " + position);
      }
      int b = data[position] & 0xff;
      value |= (long) (b & 0x7f) << (7 * i);
      if ((b & 0x80) == 0) {
        if (b == 0 && i > 0) {
          throw new CidFormatException("varint not minimally encoded at byte " + offset);
        }
        return new Decoded(value, i + 1);
      }
    }
    throw new CidFormatException("varint longer than " + MAX_LENGTH + " bytes at byte " + offset);
  }

  /** Encodes a non-negative value (up to 2^63 − 1). */
  public static byte[] encode(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("varint value must be non-negative: " + value);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_LENGTH);
    write(out, value);
    return out.toByteArray();
  }

  static void write(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** The number of bytes {@link #encode} writes for this value. */
  public static int length(long value) {
    int n = 1;
    long v = value >>> 7;
    while (v != 0) {
      n++;
      v >>>= 7;
    }
    return n;
  }
}
