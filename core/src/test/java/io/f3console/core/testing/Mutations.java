package io.f3console.core.testing;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Random single edits of byte arrays and strings, for "mutated input" property tests. */
public final class Mutations {
  private Mutations() {}

  /** Flips a bit, overwrites, inserts or deletes a byte, truncates, or appends bytes. */
  public static byte[] mutate(byte[] input, SplittableRandom random) {
    int kind = input.length == 0 ? 2 + 3 * random.nextInt(2) : random.nextInt(6);
    switch (kind) {
      case 0 -> {
        byte[] out = input.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 1 -> {
        byte[] out = input.clone();
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
      }
      case 2 -> {
        int at = random.nextInt(input.length + 1);
        byte[] out = new byte[input.length + 1];
        System.arraycopy(input, 0, out, 0, at);
        out[at] = interestingByte(random);
        System.arraycopy(input, at, out, at + 1, input.length - at);
        return out;
      }
      case 3 -> {
        int at = random.nextInt(input.length);
        byte[] out = new byte[input.length - 1];
        System.arraycopy(input, 0, out, 0, at);
        System.arraycopy(input, at + 1, out, at, input.length - at - 1);
        return out;
      }
      case 4 -> {
        return Arrays.copyOf(input, random.nextInt(input.length));
      }
      default -> {
        int extra = 1 + random.nextInt(4);
        byte[] out = Arrays.copyOf(input, input.length + extra);
        for (int i = input.length; i < out.length; i++) {
          out[i] = interestingByte(random);
        }
        return out;
      }
    }
  }

  /** Replaces, inserts or deletes one character, or truncates, using {@code alphabet}. */
  public static String mutate(String input, String alphabet, SplittableRandom random) {
    StringBuilder out = new StringBuilder(input);
    int kind = input.isEmpty() ? 1 : random.nextInt(4);
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    switch (kind) {
      case 0 -> out.setCharAt(random.nextInt(out.length()), c);
      case 1 -> out.insert(random.nextInt(out.length() + 1), c);
      case 2 -> out.deleteCharAt(random.nextInt(out.length()));
      default -> out.setLength(random.nextInt(out.length()));
    }
    return out.toString();
  }

  /** Header-like bytes (breaks, indefinite markers, long lengths) more often than chance. */
  private static byte interestingByte(SplittableRandom random) {
    if (random.nextBoolean()) {
      return (byte) random.nextInt(256);
    }
    int[] bytes = {
      0x00, 0x01, 0x12, 0x20, 0x18, 0x19, 0x1a, 0x1b, 0x5f, 0x7f, 0x9f, 0xbf, 0xd8, 0x2a, 0xf6,
      0xf7, 0xfb, 0xff, 0x80, 0x81
    };
    return (byte) bytes[random.nextInt(bytes.length)];
  }
}
