package io.f3console.core.store;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.bitfield.BitfieldDecodingException;
import io.f3console.core.bitfield.RlePlus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One bit per instance of a block of {@link #SIZE} instances, as the participation index keeps
 * them: {@code long} words in memory, and on disk whichever of two forms is shorter, marked by its
 * first byte: {@code 0} then the words' bytes (little-endian, trailing zero bytes left out), or
 * {@code 1} then the RLE+ encoding of the set bits (regular signers make long runs).
 */
final class BlockBitmap {
  /** Instances per block. */
  static final int SIZE = 1024;

  static final int WORDS = SIZE / 64;
  private static final byte RAW = 0;
  private static final byte RLE = 1;

  private BlockBitmap() {}

  /** The block of {@code instance}. */
  static long blockOf(long instance) {
    return Long.divideUnsigned(instance, SIZE);
  }

  /** The first instance of {@code block}. */
  static long firstOf(long block) {
    return block * SIZE;
  }

  static void set(long[] words, int offset) {
    words[offset >>> 6] |= 1L << (offset & 63);
  }

  static boolean get(long[] words, int offset) {
    return (words[offset >>> 6] & (1L << (offset & 63))) != 0;
  }

  static byte[] encode(long[] words) {
    byte[] raw = new byte[SIZE / 8];
    int length = 0;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) (words[i >>> 3] >>> ((i & 7) * 8));
      if (raw[i] != 0) {
        length = i + 1;
      }
    }
    List<Bitfield.Run> runs = new ArrayList<>();
    int offset = 0;
    while (offset < SIZE) {
      if (!get(words, offset)) {
        offset++;
        continue;
      }
      int start = offset;
      while (offset < SIZE && get(words, offset)) {
        offset++;
      }
      runs.add(new Bitfield.Run(start, offset - start));
    }
    byte[] rle = RlePlus.encode(Bitfield.fromRuns(runs));
    if (rle.length < length) {
      byte[] out = new byte[rle.length + 1];
      out[0] = RLE;
      System.arraycopy(rle, 0, out, 1, rle.length);
      return out;
    }
    byte[] out = new byte[length + 1];
    out[0] = RAW;
    System.arraycopy(raw, 0, out, 1, length);
    return out;
  }

  /**
   * The words of an encoded bitmap.
   *
   * @throws IllegalArgumentException if the bytes are not a bitmap of this form
   */
  static long[] decode(byte[] bytes) {
    long[] words = new long[WORDS];
    if (bytes.length == 0) {
      throw new IllegalArgumentException("an empty bitmap has no form byte");
    }
    if (bytes[0] == RAW) {
      if (bytes.length - 1 > SIZE / 8) {
        throw new IllegalArgumentException(
            "a raw bitmap of " + (bytes.length - 1) + " bytes is longer than " + SIZE / 8);
      }
      for (int i = 1; i < bytes.length; i++) {
        words[(i - 1) >>> 3] |= (bytes[i] & 0xffL) << (((i - 1) & 7) * 8);
      }
      return words;
    }
    if (bytes[0] != RLE) {
      throw new IllegalArgumentException("unknown bitmap form " + bytes[0]);
    }
    Bitfield bitfield;
    try {
      bitfield = RlePlus.decode(Arrays.copyOfRange(bytes, 1, bytes.length));
    } catch (BitfieldDecodingException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    for (Bitfield.Run run : bitfield.runs()) {
      if (Long.compareUnsigned(run.endExclusive(), SIZE) > 0) {
        throw new IllegalArgumentException(
            "bit " + Long.toUnsignedString(run.lastIndex()) + " is outside a block of " + SIZE);
      }
      for (long i = run.start(); i < run.endExclusive(); i++) {
        set(words, (int) i);
      }
    }
    return words;
  }
}
