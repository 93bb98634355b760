package io.f3console.core.gpbft;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A worker's BLS public key as it appears in a power table (go-f3 {@code gpbft.PubKey}): raw bytes,
 * at most {@link #MAX_LENGTH} of them. Whether they form a usable key (a compressed BLS12-381 G1
 * point in the subgroup) is a separate check. Immutable; copies in and out.
 */
public final class PubKey {
  /** cbor-gen refuses longer keys on both encode and decode. */
  public static final int MAX_LENGTH = 48;

  /** The length of a compressed G1 point, the only usable key length. */
  public static final int COMPRESSED_LENGTH = 48;

  public static final PubKey EMPTY = new PubKey(new byte[0]);

  private final byte[] bytes;

  private PubKey(byte[] bytes) {
    this.bytes = bytes;
  }

  public static PubKey of(byte[] bytes) {
    if (bytes.length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "public key of " + bytes.length + " bytes exceeds " + MAX_LENGTH);
    }
    return bytes.length == 0 ? EMPTY : new PubKey(bytes.clone());
  }

  public static PubKey fromHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  /** Standard base64 with padding, as in Lotus JSON. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PubKey that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
