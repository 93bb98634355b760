package io.f3console.core.cid;

import java.util.SplittableRandom;

/** Seeded random CIDs and varint-sized numbers for property tests. */
public final class RandomCids {
  private RandomCids() {}

  /** A random value whose minimal varint takes exactly {@code width} bytes (1..9). */
  public static long varintValue(SplittableRandom random, int width) {
    if (width == 1) {
      return random.nextLong(0, 0x80);
    }
    long low = 1L << (7 * (width - 1));
    if (width == Varint.MAX_LENGTH) {
      return random.nextInt(8) == 0 ? Long.MAX_VALUE : random.nextLong(low, Long.MAX_VALUE);
    }
    return random.nextLong(low, 1L << (7 * width));
  }

  /** A random code, biased towards short varints as real codes are. */
  public static long code(SplittableRandom random) {
    int width =
        random.nextInt(3) == 0 ? 1 + random.nextInt(Varint.MAX_LENGTH) : 1 + random.nextInt(3);
    return varintValue(random, width);
  }

  public static byte[] bytes(SplittableRandom random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }

  /** A random CIDv1: any codec, any hash code, a digest of 0..64 bytes. */
  public static Cid v1(SplittableRandom random) {
    Multihash hash = Multihash.of(code(random), bytes(random, random.nextInt(65)));
    return Cid.v1(code(random), hash);
  }

  /** A random CIDv0: a bare sha2-256 multihash of random bytes. */
  public static Cid v0(SplittableRandom random) throws CidFormatException {
    byte[] binary = new byte[34];
    binary[0] = 0x12;
    binary[1] = 0x20;
    System.arraycopy(bytes(random, 32), 0, binary, 2, 32);
    return Cid.fromBytes(binary);
  }

  /** Mostly CIDv1 of every shape, sometimes F3's own kind, sometimes a CIDv0. */
  public static Cid any(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> Cid.makeCid(bytes(random, random.nextInt(40)));
      case 1 -> {
        try {
          yield v0(random);
        } catch (CidFormatException e) {
          throw new AssertionError("a well-formed CIDv0 was refused", e);
        }
      }
      default -> v1(random);
    };
  }
}
