package io.f3console.core.cbor;

import io.f3console.core.cid.RandomCids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded random {@link CborValue} trees of bounded depth and size, with every variant. */
final class RandomCbor {
  private static final int MAX_ITEMS = 5;
  private static final double[] SPECIAL_DOUBLES = {
    0.0, -0.0, 1.1, -4.1, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE
  };

  /** Few letters, so that keys of equal length often meet and must be ordered bytewise. */
  private static final String KEY_LETTERS = "abAB_~\u00e9\u00ff\u6c34";

  private RandomCbor() {}

  /** A random tree at most {@code maxDepth} containers deep; maps in random key order. */
  static CborValue value(SplittableRandom random, int maxDepth) {
    int kinds = maxDepth > 0 ? 12 : 10;
    return switch (random.nextInt(kinds)) {
      case 0 -> new CborValue.UnsignedInteger(argument(random));
      case 1 -> new CborValue.NegativeInteger(argument(random));
      case 2 ->
          new CborValue.ByteString(
              RandomCids.bytes(
                  random, random.nextInt(8) == 0 ? random.nextInt(300) : random.nextInt(30)));
      case 3 -> new CborValue.TextString(text(random, random.nextInt(20)));
      case 4 -> new CborValue.Link(RandomCids.any(random));
      case 5 -> new CborValue.Bool(random.nextBoolean());
      case 6 -> CborValue.Null.INSTANCE;
      case 7 ->
          new CborValue.Float64(
              random.nextBoolean()
                  ? SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)]
                  : finiteDouble(random));
      case 8, 9 ->
          random.nextBoolean()
              ? new CborValue.UnsignedInteger(random.nextInt(24))
              : new CborValue.TextString(text(random, random.nextInt(4)));
      case 10 -> array(random, maxDepth);
      default -> map(random, maxDepth);
    };
  }

  static CborValue.Array array(SplittableRandom random, int maxDepth) {
    int count = random.nextInt(MAX_ITEMS + 1);
    List<CborValue> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(value(random, maxDepth - 1));
    }
    return new CborValue.Array(items);
  }

  static CborValue.MapValue map(SplittableRandom random, int maxDepth) {
    int count = random.nextInt(MAX_ITEMS + 1);
    Set<String> keys = new HashSet<>();
    List<CborValue.Entry> entries = new ArrayList<>(count);
    while (entries.size() < count) {
      String key = key(random);
      if (keys.add(key)) {
        entries.add(new CborValue.Entry(key, value(random, maxDepth - 1)));
      }
    }
    return new CborValue.MapValue(entries);
  }

  /** An unsigned 64-bit argument of a random header size, boundaries included. */
  static long argument(SplittableRandom random) {
    return switch (random.nextInt(7)) {
      case 0 -> random.nextInt(24);
      case 1 -> random.nextInt(24, 0x100);
      case 2 -> random.nextInt(0x100, 0x10000);
      case 3 -> random.nextLong(0x10000, 0x100000000L);
      case 4 -> random.nextLong(0x100000000L, Long.MAX_VALUE);
      case 5 -> random.nextLong() | Long.MIN_VALUE;
      default ->
          new long[] {
                0,
                23,
                24,
                0xff,
                0x100,
                0xffff,
                0x10000,
                0xffffffffL,
                0x100000000L,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                -1L
              }
              [random.nextInt(12)];
    };
  }

  /** Valid Unicode text: ASCII mostly, then 2-, 3- and 4-byte UTF-8 characters. */
  static String text(SplittableRandom random, int codePoints) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int codePoint =
          switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x80, 0x800);
            case 1 -> {
              int c = random.nextInt(0x800, 0x10000);
              yield Character.isSurrogate((char) c) ? 0xfffd : c;
            }
            case 2 -> random.nextInt(0x10000, 0x110000);
            default -> random.nextInt(0x00, 0x80);
          };
      out.appendCodePoint(codePoint);
    }
    return out.toString();
  }

  private static String key(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return text(random, random.nextInt(6));
    }
    StringBuilder key = new StringBuilder();
    int length = random.nextInt(4);
    for (int i = 0; i < length; i++) {
      key.append(KEY_LETTERS.charAt(random.nextInt(KEY_LETTERS.length())));
    }
    return key.toString();
  }

  /** A random finite double (NaN and infinities are not DAG-CBOR values). */
  static double finiteDouble(SplittableRandom random) {
    double value;
    do {
      value = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(value));
    return value;
  }
}
