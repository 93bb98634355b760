package io.f3console.core.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A BLS signature in its canonical form: the 96-byte compressed encoding of a G2 point, as {@link
 * BlsSignatures#sign} makes it. Holding one says nothing about the point: whether the bytes decode,
 * lie on the curve and in the subgroup is decided when a signature is verified, and reported there
 * as a {@link SignatureCheck}. Immutable; equal when the bytes are equal.
 *
 * <p>A certificate's signature field is not necessarily one of these: go-f3 also reads a 192-byte
 * uncompressed point and ignores bytes after the point, so verification also takes the bytes as a
 * certificate carries them ({@link SignatureVerifier#verify(BdnCommittee, int[], byte[], byte[])}).
 */
public final class BlsSignature {
  /** The length of a compressed G2 point. */
  public static final int LENGTH = 96;

  private final byte[] bytes;

  private BlsSignature(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The signature with these 96 bytes (copied).
   *
   * @throws IllegalArgumentException if {@code bytes} is not 96 bytes long
   */
  public static BlsSignature of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "a BLS signature is "
              + LENGTH
              + " bytes (a compressed G2 point), got "
              + bytes.length
              + (bytes.length == 2 * LENGTH ? " (an uncompressed point?)" : ""));
    }
    return new BlsSignature(bytes.clone());
  }

  /** The 96 bytes, a fresh copy. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether this is the compressed identity {@code c0 00…} (the signature of no signers). */
  public boolean isIdentity() {
    if ((bytes[0] & 0xff) != 0xc0) {
      return false;
    }
    for (int i = 1; i < LENGTH; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BlsSignature signature && Arrays.equals(bytes, signature.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** {@code BlsSignature[} and the 96 bytes in lower-case hex {@code ]}. */
  @Override
  public String toString() {
    return "BlsSignature[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
