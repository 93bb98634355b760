package io.f3console.core.snapshot;

import java.io.IOException;

/** Unsigned LEB128 length prefixes read from a stream, by one of the two rules the formats use. */
final class Uvarints {
  /** The rules of the two readers the file formats are defined by. */
  enum Rule {
    /**
     * Go {@code encoding/binary.ReadUvarint}, as go-f3 reads F3 snapshot blocks: at most 10 bytes,
     * values up to 2^64 − 1, non-minimal encodings accepted.
     */
    GO_BINARY(10),
    /**
     * go-varint {@code ReadUvarint}, as go-car reads CAR sections: at most 9 bytes, values up to
     * 2^63 − 1, and the encoding must be minimal.
     */
    MULTIFORMATS(9);

    private final int maxLength;

    Rule(int maxLength) {
      this.maxLength = maxLength;
    }
  }

  /**
   * A decoded prefix: its value (unsigned 64-bit bits) and how many bytes it took.
   *
   * @param value the value
   * @param length its encoded length
   */
  record Uvarint(long value, int length) {}

  private Uvarints() {}

  /**
   * Reads one varint.
   *
   * @param what what the varint is, for messages (e.g. "block 3 length")
   * @return the varint, or null when the stream ends before its first byte (a clean end)
   * @throws SnapshotFormatException if the stream ends inside it, or it is too long
   */
  static Uvarint read(PositionedInput in, Rule rule, String what)
      throws IOException, SnapshotFormatException {
    long start = in.position();
    long value = 0;
    for (int i = 0; i < rule.maxLength; i++) {
      int b = in.read();
      if (b < 0) {
        if (i == 0) {
          return null;
        }
        throw new SnapshotFormatException(
            what
                + ": the varint starting at byte "
                + start
                + " is truncated (the input ends at byte "
                + in.position()
                + ")",
            start);
      }
      if (b < 0x80) {
        if (rule == Rule.GO_BINARY && i == rule.maxLength - 1 && b > 1) {
          throw overflow(what, start);
        }
        if (rule == Rule.MULTIFORMATS && b == 0 && i > 0) {
          throw new SnapshotFormatException(
              what + ": the varint at byte " + start + " is not minimally encoded", start);
        }
        return new Uvarint(value | ((long) b << (7 * i)), i + 1);
      }
      value |= (long) (b & 0x7f) << (7 * i);
    }
    throw overflow(what, start);
  }

  private static SnapshotFormatException overflow(String what, long start) {
    return new SnapshotFormatException(
        what + ": the varint at byte " + start + " overflows a 64-bit integer", start);
  }

  /** The encoding of {@code value} (unsigned bits), minimal, as Go's {@code PutUvarint}. */
  static byte[] encode(long value) {
    byte[] buffer = new byte[10];
    int n = 0;
    long v = value;
    while (Long.compareUnsigned(v, 0x80) >= 0) {
      buffer[n++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    buffer[n++] = (byte) v;
    byte[] out = new byte[n];
    System.arraycopy(buffer, 0, out, 0, n);
    return out;
  }
}
