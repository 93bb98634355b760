package io.f3console.core.gpbft;

/**
 * A miner actor ID (go-f3 {@code gpbft.ActorID}, an unsigned 64-bit integer). Written as {@code
 * f0…} the way Filecoin tools print ID addresses.
 *
 * @param bits the unsigned 64-bit value
 */
public record ActorId(long bits) implements Comparable<ActorId> {

  public static ActorId of(long unsignedBits) {
    return new ActorId(unsignedBits);
  }

  /** Parses {@code 1234}, {@code f01234} or {@code t01234}. */
  public static ActorId parse(String text) {
    String digits = text.strip();
    if (digits.length() > 2 && (digits.startsWith("f0") || digits.startsWith("t0"))) {
      digits = digits.substring(2);
    }
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not an actor ID: " + text);
    }
    try {
      return new ActorId(Long.parseUnsignedLong(digits));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("actor ID out of range: " + text, e);
    }
  }

  /** The decimal value, e.g. {@code 1234}. */
  public String decimal() {
    return Long.toUnsignedString(bits);
  }

  /** The ID address form, e.g. {@code f01234}. */
  public String address() {
    return "f0" + decimal();
  }

  @Override
  public int compareTo(ActorId other) {
    return Long.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return address();
  }
}
