package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.blst.G2Point;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A message hashed to G2, H(m), as {@link BlsSignatures#hashToG2(byte[])} computes it: the point
 * that signatures over the message are multiples of. Hash once, then verify or sign with it as
 * often as needed. Immutable and opaque; equal when the compressed encodings are equal.
 */
public final class MessagePoint {
  private final G2Point point;
  private final byte[] compressed;

  MessagePoint(G2Point point) {
    this.point = point;
    this.compressed = point.compressed();
  }

  /** The 96-byte compressed encoding, a fresh copy. */
  public byte[] compressed() {
    return compressed.clone();
  }

  G2Point point() {
    return point;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessagePoint message && Arrays.equals(compressed, message.compressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed);
  }

  @Override
  public String toString() {
    return "MessagePoint[" + HexFormat.of().formatHex(compressed) + "]";
  }
}
