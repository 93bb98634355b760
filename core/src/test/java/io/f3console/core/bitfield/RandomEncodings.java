package io.f3console.core.bitfield;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Builds valid but randomly non-canonical RLE+ encodings of a set, written with a bit writer of its
 * own: each run in a randomly chosen valid block, sometimes an explicit trailing unset run,
 * sometimes an explicit terminating run followed by ignored bits.
 */
final class RandomEncodings {
  private final SplittableRandom random;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int pending;
  private int pendingBits;

  private RandomEncodings(SplittableRandom random) {
    this.random = random;
  }

  static byte[] nonCanonical(Bitfield set, SplittableRandom random) {
    return new RandomEncodings(random).encode(set);
  }

  private byte[] encode(Bitfield set) {
    bits(0, 2);
    long position = 0;
    if (set.isEmpty()) {
      bits(random.nextInt(2), 1);
    } else {
      bits(set.runStart(0) == 0 ? 1 : 0, 1);
      for (int i = 0; i < set.runCount(); i++) {
        if (set.runStart(i) != position) {
          run(set.runStart(i) - position);
        }
        run(set.runLength(i));
        position = set.runStart(i) + set.runLength(i);
      }
      long room = -1L - position;
      if (room != 0 && random.nextInt(4) == 0) {
        long trailing = RandomBitfields.length(random);
        run(Long.compareUnsigned(trailing, room) > 0 ? room : trailing);
      }
    }
    if (random.nextBoolean()) {
      // An explicit terminating run of length 0, then bits the decoder must ignore.
      if (random.nextBoolean()) {
        bits(0b10, 2);
        bits(0, 4);
      } else {
        bits(0, 2);
        bits(0, 8);
      }
      int ignored = random.nextInt(24);
      for (int i = 0; i < ignored; i++) {
        bits(random.nextInt(2), 1);
      }
    }
    return finish();
  }

  private void run(long length) {
    boolean small = Long.compareUnsigned(length, 16) < 0;
    int choice = random.nextInt(3);
    if (length == 1 && choice == 0) {
      bits(1, 1);
    } else if (small && choice != 2) {
      bits(0b10, 2);
      bits((int) length, 4);
    } else {
      bits(0, 2);
      long rest = length;
      while (Long.compareUnsigned(rest, 0x80) >= 0) {
        bits((int) ((rest & 0x7f) | 0x80), 8);
        rest >>>= 7;
      }
      bits((int) rest, 8);
    }
  }

  private void bits(int value, int count) {
    for (int i = 0; i < count; i++) {
      pending |= ((value >> i) & 1) << pendingBits;
      pendingBits++;
      if (pendingBits == 8) {
        out.write(pending);
        pending = 0;
        pendingBits = 0;
      }
    }
  }

  private byte[] finish() {
    if (pendingBits > 0) {
      out.write(pending);
    }
    byte[] bytes = out.toByteArray();
    int length = bytes.length;
    while (length > 0 && bytes[length - 1] == 0) {
      length--;
    }
    return Arrays.copyOf(bytes, length);
  }
}
