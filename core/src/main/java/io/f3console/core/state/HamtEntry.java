package io.f3console.core.state;

import java.util.Arrays;
import java.util.HexFormat;

/** One key/value pair of a HAMT: the key bytes and the value's raw CBOR, both copied. */
public final class HamtEntry {
  private final byte[] key;
  private final byte[] value;

  HamtEntry(byte[] key, byte[] value) {
    this.key = key;
    this.value = value;
  }

  public byte[] key() {
    return key.clone();
  }

  /** The value as it is stored: one CBOR data item. */
  public byte[] value() {
    return value.clone();
  }

  public String keyHex() {
    return HexFormat.of().formatHex(key);
  }

  public String valueHex() {
    return HexFormat.of().formatHex(value);
  }

  byte[] keyUnsafe() {
    return key;
  }

  byte[] valueUnsafe() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HamtEntry that
        && Arrays.equals(key, that.key)
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return keyHex() + " → " + valueHex();
  }
}
