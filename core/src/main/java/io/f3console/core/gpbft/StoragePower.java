package io.f3console.core.gpbft;

import io.f3console.core.F3Exception;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Storage power, a Filecoin big integer (go-state-types {@code big.Int}).
 *
 * <p>Byte form ({@code big.Int} {@code Bytes}): zero is empty; otherwise a sign byte ({@code 00}
 * positive, {@code 01} negative) followed by the minimal big-endian magnitude. The encoder refuses
 * more than {@link #MAX_BYTES} bytes. Decoding is as lax as go-state-types: empty means zero,
 * leading zero bytes in the magnitude are accepted, {@code [00]} and {@code [01]} are zero. Hashes
 * are always taken over re-encoded values, never over received bytes.
 *
 * <p>JSON form: a string with an optional sign and base-10 digits.
 */
public record StoragePower(BigInteger value) implements Comparable<StoragePower> {
  /** go-state-types {@code BigIntMaxSerializedLen}. */
  public static final int MAX_BYTES = 128;

  /** The longest decimal text accepted (a 127-byte magnitude has at most 306 digits). */
  private static final int MAX_DECIMAL_DIGITS = 310;

  public static final StoragePower ZERO = new StoragePower(BigInteger.ZERO);

  public StoragePower {
    Objects.requireNonNull(value);
  }

  public static StoragePower of(long value) {
    return new StoragePower(BigInteger.valueOf(value));
  }

  public static StoragePower of(BigInteger value) {
    return new StoragePower(value);
  }

  /** Parses the JSON/decimal form ({@code "1099511627776"}, {@code "-5"}, {@code "+5"}). */
  public static StoragePower parseDecimal(String text) throws F3Exception {
    if (text.isEmpty()) {
      throw new F3Exception("empty big integer string");
    }
    int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (start == text.length()) {
      throw new F3Exception("big integer \"" + text + "\" has no digits");
    }
    if (text.length() - start > MAX_DECIMAL_DIGITS) {
      throw new F3Exception("big integer has more than " + MAX_DECIMAL_DIGITS + " digits");
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new F3Exception("big integer \"" + shorten(text) + "\" has a non-digit '" + c + "'");
      }
    }
    StoragePower power = new StoragePower(new BigInteger(text));
    if (power.magnitudeLength() + 1 > MAX_BYTES) {
      throw new F3Exception("big integer is too large to encode (over " + MAX_BYTES + " bytes)");
    }
    return power;
  }

  /** Decodes the byte form laxly, as go-state-types does. */
  public static StoragePower fromBytes(byte[] bytes) throws F3Exception {
    if (bytes.length == 0) {
      return ZERO;
    }
    if (bytes.length > MAX_BYTES) {
      throw new F3Exception("big integer of " + bytes.length + " bytes exceeds " + MAX_BYTES);
    }
    BigInteger magnitude = new BigInteger(1, Arrays.copyOfRange(bytes, 1, bytes.length));
    return switch (bytes[0]) {
      case 0 -> new StoragePower(magnitude);
      case 1 -> new StoragePower(magnitude.negate());
      default ->
          throw new F3Exception(
              String.format("big integer has invalid sign byte 0x%02x", bytes[0] & 0xff));
    };
  }

  /** The canonical byte form. */
  public byte[] toBytes() {
    if (value.signum() == 0) {
      return new byte[0];
    }
    byte[] magnitude = value.abs().toByteArray();
    int skip = magnitude[0] == 0 ? 1 : 0;
    int length = magnitude.length - skip;
    if (length + 1 > MAX_BYTES) {
      throw new IllegalStateException("big integer too large to encode: " + length + " bytes");
    }
    byte[] out = new byte[length + 1];
    out[0] = (byte) (value.signum() < 0 ? 1 : 0);
    System.arraycopy(magnitude, skip, out, 1, length);
    return out;
  }

  private int magnitudeLength() {
    return (value.abs().bitLength() + 7) / 8;
  }

  public int signum() {
    return value.signum();
  }

  public StoragePower add(StoragePower other) {
    return new StoragePower(value.add(other.value));
  }

  public StoragePower subtract(StoragePower other) {
    return new StoragePower(value.subtract(other.value));
  }

  @Override
  public int compareTo(StoragePower other) {
    return value.compareTo(other.value);
  }

  /** The decimal form, as in JSON. */
  @Override
  public String toString() {
    return value.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }
}
