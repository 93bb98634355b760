package io.f3console.core.cid;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A content identifier, as go-cid parses and prints it.
 *
 * <ul>
 *   <li>Binary form: CIDv1 = {@code varint(1) || varint(codec) || multihash}; CIDv0 = a bare
 *       34-byte sha2-256 multihash ({@code 12 20 …}), codec dag-pb implied. {@link #fromBytes}
 *       demands that the bytes hold exactly one CID (go-cid {@code Cast}).
 *   <li>String form: CIDv1 in multibase base32 lower case with prefix {@code b} (go-cid {@code
 *       String}); CIDv0 in plain base58btc ({@code Qm…}). {@link #fromString} also takes multibase
 *       {@code B} (base32 upper) and {@code z} (base58btc).
 * </ul>
 *
 * <p>F3 makes its CIDs with {@link #makeCid} (go-f3 {@code gpbft.MakeCid}): CIDv1, dag-cbor,
 * blake2b-256. Equality is on the binary form. Instances are immutable.
 */
public final class Cid implements Comparable<Cid> {
  /** The longest binary CID accepted inside CBOR tag 42 (cbor-gen). */
  public static final int MAX_BINARY_LENGTH = 512;

  /** Refused before decoding, so a pasted megabyte of text fails at once. */
  private static final int MAX_STRING_LENGTH = 1024;

  private final int version;
  private final long codec;
  private final Multihash multihash;
  private final byte[] bytes;

  private Cid(int version, long codec, Multihash multihash, byte[] bytes) {
    this.version = version;
    this.codec = codec;
    this.multihash = multihash;
    this.bytes = bytes;
  }

  /** A CIDv1 with the given codec and multihash. */
  public static Cid v1(long codec, Multihash multihash) {
    if (codec < 0) {
      throw new IllegalArgumentException("codec must be non-negative");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(40);
    Varint.write(out, 1);
    Varint.write(out, codec);
    multihash.writeTo(out);
    if (out.size() > MAX_BINARY_LENGTH) {
      throw new IllegalArgumentException(
          "a CID of "
              + out.size()
              + " bytes exceeds "
              + MAX_BINARY_LENGTH
              + " and could not be read back");
    }
    return new Cid(1, codec, multihash, out.toByteArray());
  }

  /** go-f3 {@code MakeCid}: dag-cbor, blake2b-256 over the given (already encoded) bytes. */
  public static Cid makeCid(byte[] data) {
    return v1(Multicodec.DAG_CBOR, Multihash.blake2b256(data));
  }

  /** A raw-codec blake2b-256 CID, as F3 snapshots are identified. */
  public static Cid raw(byte[] data) {
    return v1(Multicodec.RAW, Multihash.blake2b256(data));
  }

  /** Parses a binary CID that occupies all of {@code data}. */
  public static Cid fromBytes(byte[] data) throws CidFormatException {
    return fromBytes(data, 0, data.length);
  }

  /** Parses a binary CID occupying exactly {@code data[offset..offset+length)}. */
  public static Cid fromBytes(byte[] data, int offset, int length) throws CidFormatException {
    if (length == 0) {
      throw new CidFormatException("empty CID");
    }
    if (length > MAX_BINARY_LENGTH) {
      throw new CidFormatException("CID of " + length + " bytes exceeds " + MAX_BINARY_LENGTH);
    }
    int end = offset + length;
    if (length >= 2 && data[offset] == Multicodec.SHA2_256 && data[offset + 1] == 32) {
      if (length != 34) {
        throw new CidFormatException("CIDv0 must be 34 bytes, found " + length);
      }
      Multihash hash = Multihash.parse(data, offset, end);
      return new Cid(0, Multicodec.DAG_PB, hash, Arrays.copyOfRange(data, offset, end));
    }
    Varint.Decoded version = Varint.decode(data, offset, end);
    if (version.value() != 1) {
      throw new CidFormatException(
          "unsupported CID version "
              + version.value()
              + " (expected 1, or a CIDv0 sha2-256 multihash)");
    }
    int position = offset + version.length();
    Varint.Decoded codec = Varint.decode(data, position, end);
    position += codec.length();
    Multihash hash = Multihash.parse(data, position, end);
    return new Cid(1, codec.value(), hash, Arrays.copyOfRange(data, offset, end));
  }

  /** Parses the string form: {@code b…}/{@code B…} base32, {@code z…} base58, or {@code Qm…}. */
  public static Cid fromString(String text) throws CidFormatException {
    if (text == null || text.isEmpty()) {
      throw new CidFormatException("empty CID string");
    }
    if (text.length() > MAX_STRING_LENGTH) {
      throw new CidFormatException("CID string longer than " + MAX_STRING_LENGTH + " characters");
    }
    if (text.length() == 46 && text.startsWith("Qm")) {
      Cid cid = fromBytes(Base58.decode(text));
      if (cid.version != 0) {
        throw new CidFormatException("base58 CID string is not a CIDv0: " + text);
      }
      return cid;
    }
    char prefix = text.charAt(0);
    byte[] binary;
    switch (prefix) {
      case 'b' -> binary = Base32.decode(text.substring(1), false);
      case 'B' -> binary = Base32.decode(text.substring(1), true);
      case 'z' -> binary = Base58.decode(text.substring(1));
      default ->
          throw new CidFormatException(
              "unsupported multibase prefix '"
                  + prefix
                  + "' in CID "
                  + abbreviate(text)
                  + " (expected b, B, z or a Qm… CIDv0)");
    }
    Cid cid = fromBytes(binary);
    if (cid.version == 0) {
      throw new CidFormatException("a CIDv0 must be written in plain base58 (Qm…), not multibase");
    }
    return cid;
  }

  private static String abbreviate(String text) {
    return text.length() <= 24 ? text : text.substring(0, 20) + "…";
  }

  public int version() {
    return version;
  }

  public long codec() {
    return codec;
  }

  public Multihash multihash() {
    return multihash;
  }

  /** The binary form (a fresh copy). */
  public byte[] toBytes() {
    return bytes.clone();
  }

  public int byteLength() {
    return bytes.length;
  }

  /** Appends the binary form to {@code out} without copying it first. */
  public void writeTo(ByteArrayOutputStream out) {
    out.write(bytes, 0, bytes.length);
  }

  /** The canonical string form (go-cid {@code String}). */
  @Override
  public String toString() {
    return version == 0 ? Base58.encode(bytes) : "b" + Base32.encodeLower(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cid that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Orders by binary form, unsigned bytewise. */
  @Override
  public int compareTo(Cid other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }
}
