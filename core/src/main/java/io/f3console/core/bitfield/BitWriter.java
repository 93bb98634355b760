package io.f3console.core.bitfield;

import java.util.Arrays;

/**
 * Writes a bit stream in RLE+ order (least significant bit of byte 0 first) and returns it with
 * trailing zero bytes removed, as go-bitfield's {@code rle/bitvec.go} writer does.
 */
final class BitWriter {
  private byte[] bytes = new byte[16];
  private long position;

  void writeBit(boolean bit) {
    int byteIndex = (int) (position >>> 3);
    if (byteIndex == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    if (bit) {
      bytes[byteIndex] |= (byte) (1 << (int) (position & 7));
    }
    position++;
  }

  /** Writes the low {@code count} bits of {@code value}, bit 0 first. */
  void writeBits(long value, int count) {
    for (int index = 0; index < count; index++) {
      writeBit(((value >>> index) & 1) != 0);
    }
  }

  /** The bytes written so far, without trailing zero bytes (so possibly empty). */
  byte[] toMinimalBytes() {
    int length = (int) ((position + 7) >>> 3);
    while (length > 0 && bytes[length - 1] == 0) {
      length--;
    }
    return Arrays.copyOf(bytes, length);
  }
}
