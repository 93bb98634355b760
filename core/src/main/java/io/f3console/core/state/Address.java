package io.f3console.core.state;

import io.f3console.core.cid.Base32;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Varint;
import io.f3console.core.gpbft.ActorId;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * A Filecoin address as go-address defines it: a protocol byte and its payload. The bytes are what
 * CBOR carries (a byte string) and what the actors and claims HAMTs are keyed by; the text form
 * ({@code f0…}, {@code f3…}) is for people.
 */
public final class Address {
  /** The most bytes an address may have when decoded (go-address's CBOR limit). */
  public static final int MAX_BYTES = 64;

  /** The longest text form accepted (a delegated address with the longest subaddress). */
  public static final int MAX_TEXT_LENGTH = 128;

  /** Payload of a SECP256K1 or actor address: a 20-byte blake2b-160 hash. */
  public static final int HASH_PAYLOAD_LENGTH = 20;

  /** Payload of a BLS address: a 48-byte compressed G1 public key. */
  public static final int BLS_PAYLOAD_LENGTH = 48;

  /** The longest subaddress of a delegated address. */
  public static final int MAX_SUBADDRESS_LENGTH = 54;

  private static final int CHECKSUM_LENGTH = 4;

  /** The address protocols, with their byte and digit. */
  public enum Protocol {
    ID(0),
    SECP256K1(1),
    ACTOR(2),
    BLS(3),
    DELEGATED(4);

    private final int code;

    Protocol(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    static Protocol of(int code) throws AddressFormatException {
      for (Protocol protocol : values()) {
        if (protocol.code == code) {
          return protocol;
        }
      }
      throw new AddressFormatException("unknown address protocol " + code);
    }
  }

  private final Protocol protocol;
  private final byte[] payload;
  private final long id;
  private final long namespace;
  private final int subaddressOffset;

  private Address(Protocol protocol, byte[] payload, long id, long namespace, int subOffset) {
    this.protocol = protocol;
    this.payload = payload;
    this.id = id;
    this.namespace = namespace;
    this.subaddressOffset = subOffset;
  }

  /** The ID address {@code f0<id>}; {@code id} must be between 0 and 2^63 − 1. */
  public static Address id(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("ID address out of range: " + Long.toUnsignedString(id));
    }
    return new Address(Protocol.ID, Varint.encode(id), id, 0, 0);
  }

  /** The ID address of a miner actor ID. */
  public static Address id(ActorId actor) {
    return id(actor.bits());
  }

  /** A SECP256K1 address from its 20-byte payload. */
  public static Address secp256k1(byte[] payloadHash) throws AddressFormatException {
    return fromParts(Protocol.SECP256K1, payloadHash);
  }

  /** An actor address from its 20-byte payload. */
  public static Address actor(byte[] payloadHash) throws AddressFormatException {
    return fromParts(Protocol.ACTOR, payloadHash);
  }

  /** A BLS address from its 48-byte public key. */
  public static Address bls(byte[] publicKey) throws AddressFormatException {
    return fromParts(Protocol.BLS, publicKey);
  }

  /** A delegated (f4) address: a namespace actor ID and a subaddress of at most 54 bytes. */
  public static Address delegated(long namespace, byte[] subaddress) throws AddressFormatException {
    if (namespace < 0) {
      throw new AddressFormatException("delegated namespace out of range");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Varint.encode(namespace));
    out.writeBytes(subaddress);
    return fromParts(Protocol.DELEGATED, out.toByteArray());
  }

  /** Decodes the byte form (protocol byte ‖ payload), strictly as go-address does. */
  public static Address fromBytes(byte[] bytes) throws AddressFormatException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new AddressFormatException("empty address");
    }
    if (bytes.length > MAX_BYTES) {
      throw new AddressFormatException(
          "address of " + bytes.length + " bytes exceeds " + MAX_BYTES);
    }
    return fromParts(Protocol.of(bytes[0] & 0xff), Arrays.copyOfRange(bytes, 1, bytes.length));
  }

  private static Address fromParts(Protocol protocol, byte[] payload)
      throws AddressFormatException {
    byte[] copy = payload.clone();
    switch (protocol) {
      case ID:
        {
          Varint.Decoded decoded = varint(copy, 0, "ID address");
          if (decoded.length() != copy.length) {
            throw new AddressFormatException(
                "ID address payload has "
                    + (copy.length - decoded.length())
                    + " bytes after its varint");
          }
          return new Address(protocol, copy, decoded.value(), 0, 0);
        }
      case SECP256K1:
      case ACTOR:
        requireLength(protocol, copy, HASH_PAYLOAD_LENGTH);
        return new Address(protocol, copy, -1, 0, 0);
      case BLS:
        requireLength(protocol, copy, BLS_PAYLOAD_LENGTH);
        return new Address(protocol, copy, -1, 0, 0);
      default:
        {
          Varint.Decoded decoded = varint(copy, 0, "delegated address namespace");
          int sub = copy.length - decoded.length();
          if (sub > MAX_SUBADDRESS_LENGTH) {
            throw new AddressFormatException(
                "delegated subaddress of " + sub + " bytes exceeds " + MAX_SUBADDRESS_LENGTH);
          }
          return new Address(protocol, copy, -1, decoded.value(), decoded.length());
        }
    }
  }

  private static Varint.Decoded varint(byte[] data, int offset, String what)
      throws AddressFormatException {
    try {
      return Varint.decode(data, offset);
    } catch (CidFormatException e) {
      throw new AddressFormatException(what + ": " + e.getMessage());
    }
  }

  private static void requireLength(Protocol protocol, byte[] payload, int length)
      throws AddressFormatException {
    if (payload.length != length) {
      throw new AddressFormatException(
          protocol + " address payload must be " + length + " bytes, found " + payload.length);
    }
  }

  /**
   * Parses the text form: {@code f} or {@code t}, the protocol digit, then the decimal ID ({@code
   * f0}), {@code namespace f base32} ({@code f4}) or base32 of payload ‖ checksum.
   */
  public static Address parse(String text) throws AddressFormatException {
    Objects.requireNonNull(text, "text");
    if (text.length() < 3 || text.length() > MAX_TEXT_LENGTH) {
      throw new AddressFormatException("not an address (length " + text.length() + ")");
    }
    char network = text.charAt(0);
    if (network != 'f' && network != 't') {
      throw new AddressFormatException("address must start with f or t: " + text);
    }
    char digit = text.charAt(1);
    if (digit < '0' || digit > '9') {
      throw new AddressFormatException("address has no protocol digit: " + text);
    }
    Protocol protocol = Protocol.of(digit - '0');
    String rest = text.substring(2);
    if (protocol == Protocol.ID) {
      return id(decimal(rest, text));
    }
    if (protocol == Protocol.DELEGATED) {
      int separator = rest.indexOf('f');
      if (separator < 1) {
        throw new AddressFormatException("delegated address has no namespace: " + text);
      }
      long namespace = decimal(rest.substring(0, separator), text);
      byte[] raw = base32(rest.substring(separator + 1), text);
      if (raw.length < CHECKSUM_LENGTH) {
        throw new AddressFormatException("address too short for its checksum: " + text);
      }
      Address address = delegated(namespace, Arrays.copyOf(raw, raw.length - CHECKSUM_LENGTH));
      address.requireChecksum(raw, text);
      return address;
    }
    byte[] raw = base32(rest, text);
    if (raw.length < CHECKSUM_LENGTH) {
      throw new AddressFormatException("address too short for its checksum: " + text);
    }
    Address address = fromParts(protocol, Arrays.copyOf(raw, raw.length - CHECKSUM_LENGTH));
    address.requireChecksum(raw, text);
    return address;
  }

  private void requireChecksum(byte[] raw, String text) throws AddressFormatException {
    byte[] given = Arrays.copyOfRange(raw, raw.length - CHECKSUM_LENGTH, raw.length);
    if (!Arrays.equals(given, checksum())) {
      throw new AddressFormatException("address checksum does not match: " + text);
    }
  }

  private static long decimal(String digits, String text) throws AddressFormatException {
    if (digits.isEmpty()
        || digits.length() > 19
        || !digits.chars().allMatch(Character::isDigit)
        || (digits.length() > 1 && digits.charAt(0) == '0')) {
      throw new AddressFormatException("not a decimal number in address: " + text);
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new AddressFormatException("number out of range in address: " + text);
    }
  }

  private static byte[] base32(String encoded, String text) throws AddressFormatException {
    try {
      byte[] raw = Base32.decode(encoded, false);
      if (!Base32.encodeLower(raw).equals(encoded)) {
        throw new AddressFormatException("address is not canonical base32: " + text);
      }
      return raw;
    } catch (CidFormatException e) {
      throw new AddressFormatException("address is not base32: " + text);
    }
  }

  public Protocol protocol() {
    return protocol;
  }

  /** The payload (after the protocol byte), copied. */
  public byte[] payload() {
    return payload.clone();
  }

  /** The byte form: protocol byte ‖ payload, as CBOR carries it and HAMTs key by it. */
  public byte[] toBytes() {
    byte[] out = new byte[payload.length + 1];
    out[0] = (byte) protocol.code;
    System.arraycopy(payload, 0, out, 1, payload.length);
    return out;
  }

  public boolean isId() {
    return protocol == Protocol.ID;
  }

  /** The ID of an ID address. */
  public long idValue() {
    if (protocol != Protocol.ID) {
      throw new IllegalStateException("not an ID address: " + this);
    }
    return id;
  }

  /** The namespace of a delegated address. */
  public long namespace() {
    if (protocol != Protocol.DELEGATED) {
      throw new IllegalStateException("not a delegated address: " + this);
    }
    return namespace;
  }

  /** The subaddress of a delegated address, copied. */
  public byte[] subaddress() {
    if (protocol != Protocol.DELEGATED) {
      throw new IllegalStateException("not a delegated address: " + this);
    }
    return Arrays.copyOfRange(payload, subaddressOffset, payload.length);
  }

  /** The text form on mainnet ({@code f…}). */
  @Override
  public String toString() {
    return toString('f');
  }

  /** The text form with a network prefix, {@code 'f'} or {@code 't'}. */
  public String toString(char network) {
    if (network != 'f' && network != 't') {
      throw new IllegalArgumentException("network prefix must be f or t");
    }
    String head = network + Integer.toString(protocol.code);
    return switch (protocol) {
      case ID -> head + id;
      case DELEGATED ->
          head + namespace + "f" + Base32.encodeLower(concat(subaddress(), checksum()));
      default -> head + Base32.encodeLower(concat(payload, checksum()));
    };
  }

  /** go-address's checksum: blake2b with a 4-byte output over protocol ‖ payload. */
  private byte[] checksum() {
    Blake2bDigest digest = new Blake2bDigest(CHECKSUM_LENGTH * 8);
    byte[] bytes = toBytes();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[CHECKSUM_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The byte form as lower-case hex, e.g. {@code 00e807} for f01000. */
  public String toHex() {
    return HexFormat.of().formatHex(toBytes());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address that
        && protocol == that.protocol
        && Arrays.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return 31 * protocol.hashCode() + Arrays.hashCode(payload);
  }
}
