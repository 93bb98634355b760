package io.f3console.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Coverage-blind mutations of seed inputs: bit flips, byte-range edits, interesting integers at
 * CBOR / varint / length positions, truncation, splicing two seeds, and JSON-aware tweaks (numbers
 * made huge or negative, values replaced, deep nesting). Everything is drawn from the {@link
 * SplittableRandom} given, so one seed gives one input.
 */
final class Mutator {
  /** Inputs are kept below this, so one input stays cheap to parse. */
  static final int MAX_LENGTH = 4 << 20;

  /** CBOR heads with extreme arguments, indefinite lengths, tags, floats and breaks. */
  private static final byte[][] CBOR_HEADS = {
    hex("1bffffffffffffffff"),
    hex("3bffffffffffffffff"),
    hex("1b8000000000000000"),
    hex("5bffffffffffffffff"),
    hex("5a7fffffff"),
    hex("5affffffff"),
    hex("7bffffffffffffffff"),
    hex("7a7fffffff"),
    hex("9bffffffffffffffff"),
    hex("9a7fffffff"),
    hex("9affffffff"),
    hex("bbffffffffffffffff"),
    hex("ba7fffffff"),
    hex("9f"),
    hex("bf"),
    hex("5f"),
    hex("7f"),
    hex("ff"),
    hex("d82a"),
    hex("d82a5800"),
    hex("d82a4100"),
    hex("d9ffff"),
    hex("c0"),
    hex("f97e00"),
    hex("fa7fc00000"),
    hex("fb7ff8000000000000"),
    hex("f6"),
    hex("f7"),
    hex("f5"),
    hex("1c"),
    hex("1d"),
    hex("1e"),
    hex("1f"),
    hex("00"),
    hex("20"),
    hex("40"),
    hex("60"),
    hex("80"),
    hex("a0"),
    hex("9800"),
    hex("99ffff"),
    hex("59ffff"),
    hex("f8ff")
  };

  /** Unsigned varints: the largest, too long, unterminated, and ordinary values. */
  private static final byte[][] VARINTS = {
    hex("ffffffffffffffffff01"),
    hex("ffffffffffffffff7f"),
    hex("8080808080808080808080"),
    hex("80"),
    hex("ff"),
    hex("00"),
    hex("01"),
    hex("7f"),
    hex("8001"),
    hex("ffffffff0f"),
    hex("ffffffff07"),
    hex("80808080808080808000"),
    hex("0171"),
    hex("0155"),
    hex("a0e402"),
    hex("1220"),
    hex("1200"),
    hex("12ff01")
  };

  /** Big- and little-endian 4- and 8-byte edge values. */
  private static final long[] INTEGERS = {
    0,
    1,
    -1,
    0x7f,
    0x80,
    0xff,
    0x7fff,
    0x8000,
    0xffff,
    0x7fffffffL,
    0x80000000L,
    0xffffffffL,
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    1L << 32,
    1L << 53
  };

  private static final String[] JSON_NUMBERS = {
    "18446744073709551615",
    "18446744073709551616",
    "-1",
    "-9223372036854775808",
    "-9223372036854775809",
    "9223372036854775807",
    "9223372036854775808",
    "1e999999999",
    "-1e999999999",
    "1e-400",
    "0.5",
    "-0",
    "1E400",
    "99999999999999999999999999999999999999999999999999999999999999999999999999999999",
    "0x10",
    "01",
    "NaN",
    "Infinity",
    "4294967296",
    "2147483648"
  };

  private static final String[] JSON_VALUES = {
    "null",
    "true",
    "false",
    "{}",
    "[]",
    "\"\"",
    "\"x\"",
    "0",
    "[null]",
    "{\"/\":null}",
    "{\"/\":\"\"}",
    "{\"/\":\"bafy\"}",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"AA==\"",
    "\"====\"",
    "[{}]",
    "{\"\":{}}"
  };

  private final List<byte[]> seeds;

  Mutator(List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a mutator needs at least one seed");
    }
    this.seeds = List.copyOf(seeds);
  }

  /** One input: a seed with one to five mutations stacked on it (or, rarely, the seed itself). */
  byte[] input(SplittableRandom random) {
    byte[] data = seeds.get(random.nextInt(seeds.size()));
    if (random.nextInt(50) == 0) {
      return data.clone();
    }
    int mutations = 1 + random.nextInt(random.nextInt(5) + 1);
    for (int i = 0; i < mutations; i++) {
      data = mutate(data, random);
      if (data.length > MAX_LENGTH) {
        data = java.util.Arrays.copyOf(data, MAX_LENGTH);
      }
    }
    return data;
  }

  private byte[] mutate(byte[] data, SplittableRandom random) {
    boolean json = looksLikeJson(data);
    int choice = random.nextInt(json ? 16 : 11);
    return switch (choice) {
      case 0 -> flipBits(data, random);
      case 1 -> setBytes(data, random);
      case 2 -> insertRandom(data, random);
      case 3 -> deleteRange(data, random);
      case 4 -> duplicateRange(data, random);
      case 5 -> overwriteWith(data, random, CBOR_HEADS[random.nextInt(CBOR_HEADS.length)]);
      case 6 -> overwriteWith(data, random, VARINTS[random.nextInt(VARINTS.length)]);
      case 7 -> overwriteWith(data, random, integerBytes(random));
      case 8 -> truncate(data, random);
      case 9 -> splice(data, random);
      case 10 -> insertAt(data, random, CBOR_HEADS[random.nextInt(CBOR_HEADS.length)]);
      case 11, 12 -> replaceJsonNumber(data, random);
      case 13 -> replaceJsonValue(data, random);
      case 14 -> nestDeeply(data, random);
      default -> replaceJsonString(data, random);
    };
  }

  static boolean looksLikeJson(byte[] data) {
    for (byte b : data) {
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      return b == '{' || b == '[' || b == '"';
    }
    return false;
  }

  private static byte[] flipBits(byte[] data, SplittableRandom random) {
    if (data.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    byte[] out = data.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(out.length);
      out[at] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private static byte[] setBytes(byte[] data, SplittableRandom random) {
    if (data.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    byte[] out = data.clone();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static byte[] insertRandom(byte[] data, SplittableRandom random) {
    byte[] bytes = new byte[1 + random.nextInt(16)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return insertAt(data, random, bytes);
  }

  private static byte[] insertAt(byte[] data, SplittableRandom random, byte[] bytes) {
    int at = random.nextInt(data.length + 1);
    return concat(slice(data, 0, at), bytes, slice(data, at, data.length));
  }

  private static byte[] overwriteWith(byte[] data, SplittableRandom random, byte[] bytes) {
    if (data.length == 0) {
      return bytes.clone();
    }
    byte[] out = data.clone();
    int at = random.nextInt(out.length);
    for (int i = 0; i < bytes.length && at + i < out.length; i++) {
      out[at + i] = bytes[i];
    }
    return out;
  }

  private static byte[] integerBytes(SplittableRandom random) {
    long value = INTEGERS[random.nextInt(INTEGERS.length)];
    int width = random.nextBoolean() ? 4 : 8;
    boolean bigEndian = random.nextBoolean();
    byte[] out = new byte[width];
    for (int i = 0; i < width; i++) {
      int shift = 8 * (bigEndian ? width - 1 - i : i);
      out[i] = (byte) (value >>> shift);
    }
    return out;
  }

  private static byte[] deleteRange(byte[] data, SplittableRandom random) {
    if (data.length == 0) {
      return data;
    }
    int start = random.nextInt(data.length);
    int length = 1 + random.nextInt(Math.min(data.length - start, randomSpan(random)));
    return concat(slice(data, 0, start), slice(data, start + length, data.length));
  }

  private static byte[] duplicateRange(byte[] data, SplittableRandom random) {
    if (data.length == 0) {
      return data;
    }
    int start = random.nextInt(data.length);
    int length = 1 + random.nextInt(Math.min(data.length - start, randomSpan(random)));
    byte[] range = slice(data, start, start + length);
    int copies = random.nextInt(8) == 0 ? 1 + random.nextInt(1000) : 1;
    ByteArrayOutputStream repeated = new ByteArrayOutputStream();
    for (int i = 0; i < copies && repeated.size() + data.length < MAX_LENGTH; i++) {
      repeated.writeBytes(range);
    }
    return insertAt(data, random, repeated.toByteArray());
  }

  private static int randomSpan(SplittableRandom random) {
    return random.nextInt(4) == 0 ? 4096 : 32;
  }

  private static byte[] truncate(byte[] data, SplittableRandom random) {
    if (data.length == 0) {
      return data;
    }
    return slice(data, 0, random.nextInt(data.length));
  }

  private byte[] splice(byte[] data, SplittableRandom random) {
    byte[] other = seeds.get(random.nextInt(seeds.size()));
    int cut = random.nextInt(data.length + 1);
    int from = random.nextInt(other.length + 1);
    return concat(slice(data, 0, cut), slice(other, from, other.length));
  }

  private static byte[] replaceJsonNumber(byte[] data, SplittableRandom random) {
    int[] span = numberSpan(data, random);
    if (span == null) {
      return replaceJsonValue(data, random);
    }
    return replace(data, span, JSON_NUMBERS[random.nextInt(JSON_NUMBERS.length)]);
  }

  private static byte[] replaceJsonValue(byte[] data, SplittableRandom random) {
    int[] span = random.nextBoolean() ? numberSpan(data, random) : stringSpan(data, random);
    if (span == null) {
      return insertAt(data, random, ascii(JSON_VALUES[random.nextInt(JSON_VALUES.length)]));
    }
    return replace(data, span, JSON_VALUES[random.nextInt(JSON_VALUES.length)]);
  }

  private static byte[] replaceJsonString(byte[] data, SplittableRandom random) {
    int[] span = stringSpan(data, random);
    if (span == null) {
      return nestDeeply(data, random);
    }
    String replacement =
        switch (random.nextInt(4)) {
          case 0 -> "\"" + "A".repeat(1 + random.nextInt(1 << (random.nextInt(22) + 1))) + "\"";
          case 1 -> "\"\\u001b[31m\"";
          case 2 -> "\"\"";
          default -> JSON_NUMBERS[random.nextInt(JSON_NUMBERS.length)];
        };
    return replace(data, span, replacement);
  }

  /** Opens (and sometimes closes) thousands of arrays or objects at a value position. */
  private static byte[] nestDeeply(byte[] data, SplittableRandom random) {
    int depth = 1 << (4 + random.nextInt(14));
    boolean objects = random.nextBoolean();
    String open = objects ? "{\"a\":" : "[";
    String close = objects ? "}" : "]";
    boolean closed = random.nextBoolean();
    String nested = open.repeat(depth) + "0" + (closed ? close.repeat(depth) : "");
    int[] span = random.nextBoolean() ? numberSpan(data, random) : stringSpan(data, random);
    if (span == null) {
      return ascii(nested);
    }
    return replace(data, span, nested);
  }

  /** A random number token's start and end, or null. */
  private static int[] numberSpan(byte[] data, SplittableRandom random) {
    int start = random.nextInt(data.length + 1);
    for (int i = 0; i < data.length; i++) {
      int at = (start + i) % data.length;
      byte b = data[at];
      boolean starts = (b >= '0' && b <= '9') || b == '-';
      boolean previousIsPart =
          at > 0 && ((data[at - 1] >= '0' && data[at - 1] <= '9') || data[at - 1] == '"');
      if (starts && !previousIsPart) {
        int end = at + 1;
        while (end < data.length && isNumberPart(data[end])) {
          end++;
        }
        return new int[] {at, end};
      }
    }
    return null;
  }

  private static boolean isNumberPart(byte b) {
    return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
  }

  /** A random string token (quotes included), or null. */
  private static int[] stringSpan(byte[] data, SplittableRandom random) {
    int start = random.nextInt(data.length + 1);
    for (int i = 0; i < data.length; i++) {
      int at = (start + i) % data.length;
      if (data[at] == '"') {
        int end = at + 1;
        while (end < data.length && data[end] != '"') {
          end += data[end] == '\\' ? 2 : 1;
        }
        if (end < data.length) {
          return new int[] {at, end + 1};
        }
      }
    }
    return null;
  }

  private static byte[] replace(byte[] data, int[] span, String replacement) {
    return concat(slice(data, 0, span[0]), ascii(replacement), slice(data, span[1], data.length));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] slice(byte[] data, int from, int to) {
    return java.util.Arrays.copyOfRange(data, from, Math.max(from, to));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] hex(String text) {
    return java.util.HexFormat.of().parseHex(text);
  }
}
