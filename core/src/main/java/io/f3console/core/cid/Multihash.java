package io.f3console.core.cid;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * A multihash: hash-function code and digest. Parsing accepts any code (the registry is open) and
 * checks that the declared length matches the bytes present.
 */
public final class Multihash {
  /**
   * The longest digest accepted. go-multihash itself allows far longer digests, but a CID inside
   * DAG-CBOR is at most 512 bytes (cbor-gen), so no longer digest can occur in F3 data.
   */
  public static final int MAX_DIGEST_LENGTH = 512;

  private final long code;
  private final byte[] digest;

  private Multihash(long code, byte[] digest) {
    this.code = code;
    this.digest = digest;
  }

  public static Multihash of(long code, byte[] digest) {
    if (code < 0) {
      throw new IllegalArgumentException("multihash code must be non-negative");
    }
    if (digest.length > MAX_DIGEST_LENGTH) {
      throw new IllegalArgumentException("multihash digest too long: " + digest.length);
    }
    return new Multihash(code, digest.clone());
  }

  /** BLAKE2b with a 32-byte output, unkeyed: the hash of every F3 CID. */
  public static Multihash blake2b256(byte[] data) {
    return blake2b256(data, 0, data.length);
  }

  public static Multihash blake2b256(byte[] data, int offset, int length) {
    Blake2bDigest blake = new Blake2bDigest(256);
    blake.update(data, offset, length);
    byte[] out = new byte[32];
    blake.doFinal(out, 0);
    return new Multihash(Multicodec.BLAKE2B_256, out);
  }

  public static Multihash sha256(byte[] data) {
    try {
      return new Multihash(Multicodec.SHA2_256, MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** Reads a multihash occupying {@code data[offset..end)} exactly. */
  static Multihash parse(byte[] data, int offset, int end) throws CidFormatException {
    Varint.Decoded code = Varint.decode(data, offset, end);
    int position = offset + code.length();
    Varint.Decoded length = Varint.decode(data, position, end);
    position += length.length();
    if (length.value() > MAX_DIGEST_LENGTH) {
      throw new CidFormatException(
          "multihash digest length " + length.value() + " exceeds " + MAX_DIGEST_LENGTH);
    }
    int remaining = end - position;
    if (length.value() > remaining) {
      throw new CidFormatException(
          "multihash declares "
              + length.value()
              + " digest bytes but only "
              + remaining
              + " follow");
    }
    if (length.value() < remaining) {
      throw new CidFormatException(
          (remaining - length.value()) + " trailing bytes after the multihash digest");
    }
    return new Multihash(code.value(), Arrays.copyOfRange(data, position, end));
  }

  void writeTo(ByteArrayOutputStream out) {
    Varint.write(out, code);
    Varint.write(out, digest.length);
    out.write(digest, 0, digest.length);
  }

  public long code() {
    return code;
  }

  public byte[] digest() {
    return digest.clone();
  }

  public int digestLength() {
    return digest.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Multihash that
        && code == that.code
        && Arrays.equals(digest, that.digest);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(code) * 31 + Arrays.hashCode(digest);
  }

  @Override
  public String toString() {
    return Multicodec.name(code) + ":" + HexFormat.of().formatHex(digest);
  }
}
