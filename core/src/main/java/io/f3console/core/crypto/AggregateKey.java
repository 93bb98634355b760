package io.f3console.core.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An aggregate public key: a G1 point such as Σ_{i∈S} (c_i + 1)·pk_i for a certificate's signers S
 * ({@link BdnCommittee#aggregate(int[])}). Unlike a {@link G1Key} it may be the identity, which is
 * the aggregate of an empty signer set and compresses to {@code c0 00…}. Immutable; equal when the
 * compressed encodings are equal.
 */
public final class AggregateKey {
  private final byte[] compressed;
  private final byte[] uncompressed;

  private AggregateKey(byte[] compressed, byte[] uncompressed) {
    this.compressed = compressed;
    this.uncompressed = uncompressed;
  }

  /** From the 96-byte uncompressed encoding of a point in G1 (the identity included). */
  static AggregateKey fromUncompressed(byte[] uncompressed) {
    return new AggregateKey(G1EncodingRules.compress(uncompressed), uncompressed);
  }

  /** A single checked key used as it is, without weights (plain BLS). */
  static AggregateKey of(G1Key key) {
    return new AggregateKey(key.compressed(), key.point().uncompressed());
  }

  /** The 48-byte compressed encoding, a fresh copy. */
  public byte[] compressed() {
    return compressed.clone();
  }

  /** Whether this is the identity (the aggregate of no keys). */
  public boolean isIdentity() {
    return (compressed[0] & 0x40) != 0;
  }

  byte[] uncompressed() {
    return uncompressed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AggregateKey key && Arrays.equals(compressed, key.compressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed);
  }

  @Override
  public String toString() {
    return "AggregateKey[" + HexFormat.of().formatHex(compressed) + "]";
  }
}
