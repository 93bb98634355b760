package io.f3console.core.bitfield;

/**
 * Reads a byte string as a bit stream: the least significant bit of byte 0 first, multi-bit values
 * least significant bit first. Reading past the end yields zero bits, as go-bitfield's {@code
 * rle/bitvec.go} reader does.
 */
final class BitReader {
  private final byte[] bytes;
  private final long bitLength;
  private long position;

  BitReader(byte[] bytes) {
    this.bytes = bytes;
    this.bitLength = 8L * bytes.length;
  }

  /** The offset, in bits from the start of the buffer, of the next bit to be read. */
  long position() {
    return position;
  }

  boolean readBit() {
    boolean bit = false;
    if (position < bitLength) {
      int value = bytes[(int) (position >>> 3)] & 0xff;
      bit = ((value >>> (int) (position & 7)) & 1) != 0;
    }
    position++;
    return bit;
  }

  /** Reads {@code count} bits (at most 8) as an unsigned value, first bit read = bit 0. */
  int readBits(int count) {
    int value = 0;
    for (int index = 0; index < count; index++) {
      if (readBit()) {
        value |= 1 << index;
      }
    }
    return value;
  }
}
