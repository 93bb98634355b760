package io.f3console.core.bitfield;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random bitfields for the property tests: small sparse sets and sets of huge runs. */
final class RandomBitfields {
  private static final long MAX_END = -1L;

  private RandomBitfields() {}

  /** Either kind, chosen by the generator. */
  static Bitfield any(SplittableRandom random) {
    return random.nextBoolean() ? small(random) : withHugeRuns(random);
  }

  /** Up to 60 indexes below a random bound of 8 to 100000 (so runs of all block kinds). */
  static Bitfield small(SplittableRandom random) {
    long[] bounds = {8, 64, 1000, 100_000};
    long bound = bounds[random.nextInt(bounds.length)];
    long[] indexes = new long[random.nextInt(61)];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = random.nextLong(bound);
    }
    return Bitfield.of(indexes);
  }

  /** Up to 12 runs whose gaps and lengths range from 1 to 2^62, sometimes ending at the top. */
  static Bitfield withHugeRuns(SplittableRandom random) {
    int runCount = random.nextInt(13);
    List<Bitfield.Run> runs = new ArrayList<>();
    long position = 0;
    for (int i = 0; i < runCount; i++) {
      long gap = i == 0 && random.nextBoolean() ? 0 : length(random);
      long room = MAX_END - position;
      if (Long.compareUnsigned(room, gap + 1) < 0 || gap == MAX_END) {
        break;
      }
      long start = position + gap;
      long length = length(random);
      long lengthRoom = MAX_END - start;
      if (Long.compareUnsigned(length, lengthRoom) > 0 || random.nextInt(20) == 0) {
        length = lengthRoom;
      }
      runs.add(new Bitfield.Run(start, length));
      position = start + length;
      if (position == MAX_END) {
        break;
      }
    }
    return Bitfield.fromRuns(runs);
  }

  /** A run length of 1 to 2^62, biased towards the boundaries between RLE+ block kinds. */
  static long length(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind < 3) {
      return 1;
    } else if (kind < 5) {
      return 2 + random.nextInt(14);
    } else if (kind < 7) {
      return 16 + random.nextInt(1000);
    } else if (kind < 9) {
      return 1 + random.nextLong(1L << 40);
    }
    return 1 + random.nextLong(1L << 62);
  }
}
