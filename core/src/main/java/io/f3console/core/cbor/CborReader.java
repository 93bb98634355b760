package io.f3console.core.cbor;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A strict pull reader for DAG-CBOR as cbor-gen decodes it (cbor-gen {@code utils.go}, {@code
 * io.go}): integer and length headers must use their shortest form, indefinite lengths and reserved
 * additional-info values are refused, lengths are limited, tag 42 is the only tag and must hold a
 * byte string {@code 00 || CID}. Every error names the byte offset.
 *
 * <p>The reader works on an in-memory buffer and never allocates more than the input holds: a
 * declared length larger than the bytes left is reported as truncation before any copy. It is not
 * thread-safe; create one per buffer.
 */
public final class CborReader {
  /** cbor-gen's default maximum for array and map lengths. */
  public static final int MAX_LENGTH = 8192;

  /** Nesting limit of {@link #readValue()}: arrays and maps inside one another. */
  public static final int MAX_DEPTH = 64;

  /** cbor-gen's default byte-string limit ({@code ByteArrayMaxLen}, 2 MiB). */
  public static final int MAX_BYTE_STRING = 2 << 20;

  private static final int TAG_CID = 42;
  private static final int MAX_CID_BYTES = 512;

  private final byte[] data;
  private final int end;
  private int position;

  public CborReader(byte[] data) {
    this(data, 0, data.length);
  }

  /** Reads {@code data[offset..offset+length)}; offsets in errors are relative to {@code data}. */
  public CborReader(byte[] data, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > data.length) {
      throw new IllegalArgumentException("range outside the buffer");
    }
    this.data = data;
    this.position = offset;
    this.end = offset + length;
  }

  public int position() {
    return position;
  }

  public boolean atEnd() {
    return position >= end;
  }

  public int remaining() {
    return end - position;
  }

  /** Fails when bytes are left after {@code what}. */
  public void expectEnd(String what) throws CborDecodingException {
    if (position < end) {
      throw new CborDecodingException(
          (end - position) + " unexpected trailing bytes after " + what, position);
    }
  }

  /** The major type of the next item, without consuming it. */
  public CborMajorType peekMajorType() throws CborDecodingException {
    requireBytes(1, "a data item");
    return CborMajorType.of(data[position] & 0xff);
  }

  /** Whether the next byte is {@code f6} (null); consumes it if so. */
  public boolean readNullIfPresent() {
    if (position < end && (data[position] & 0xff) == 0xf6) {
      position++;
      return true;
    }
    return false;
  }

  /** An array header of a cbor-gen tuple that must have exactly {@code fields} fields. */
  public void readTupleHeader(int fields, String what) throws CborDecodingException {
    int start = position;
    long count = readHeader(CborMajorType.ARRAY, what);
    if (count != fields) {
      throw new CborDecodingException(
          what
              + ": wrong number of fields: expected "
              + fields
              + ", found "
              + Long.toUnsignedString(count),
          start);
    }
  }

  /** An array header with at most {@code maxLength} items. */
  public int readArrayHeader(int maxLength, String what) throws CborDecodingException {
    return (int) readLength(CborMajorType.ARRAY, maxLength, 1, what);
  }

  /** A major-type-0 integer, returned as unsigned 64-bit bits (cbor-gen {@code uint64}). */
  public long readUint64(String what) throws CborDecodingException {
    return readHeader(CborMajorType.UNSIGNED_INTEGER, what);
  }

  /** A major-type-0 or 1 integer that fits a signed 64-bit value (cbor-gen {@code int64}). */
  public long readInt64(String what) throws CborDecodingException {
    int start = position;
    requireBytes(1, what);
    CborMajorType type = CborMajorType.of(data[position] & 0xff);
    if (type == CborMajorType.NEGATIVE_INTEGER) {
      long bits = readHeader(CborMajorType.NEGATIVE_INTEGER, what);
      if (bits < 0) {
        throw new CborDecodingException(what + ": integer overflows int64", start);
      }
      return -1 - bits;
    }
    long value = readHeader(CborMajorType.UNSIGNED_INTEGER, what);
    if (value < 0) {
      throw new CborDecodingException(what + ": integer overflows int64", start);
    }
    return value;
  }

  /** A byte string of at most {@code maxLength} bytes. */
  public byte[] readByteString(int maxLength, String what) throws CborDecodingException {
    int length = (int) readLength(CborMajorType.BYTE_STRING, maxLength, 1, what);
    byte[] out = new byte[length];
    System.arraycopy(data, position, out, 0, length);
    position += length;
    return out;
  }

  /** A UTF-8 text string of at most {@code maxLength} bytes. */
  public String readTextString(int maxLength, String what) throws CborDecodingException {
    int start = position;
    int length = (int) readLength(CborMajorType.TEXT_STRING, maxLength, 1, what);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data, position, length))
              .toString();
      position += length;
      return text;
    } catch (CharacterCodingException e) {
      throw new CborDecodingException(what + ": text string is not valid UTF-8", start);
    }
  }

  /** {@code f4} / {@code f5}. */
  public boolean readBool(String what) throws CborDecodingException {
    requireBytes(1, what);
    int b = data[position] & 0xff;
    if (b == 0xf4 || b == 0xf5) {
      position++;
      return b == 0xf5;
    }
    throw new CborDecodingException(what + ": expected a boolean, found " + describe(b), position);
  }

  /** A tag-42 link: {@code d8 2a}, then a byte string {@code 00 || binary CID}. */
  public Cid readCid(String what) throws CborDecodingException {
    int start = position;
    long tag = readHeader(CborMajorType.TAG, what);
    if (tag != TAG_CID) {
      throw new CborDecodingException(
          what + ": expected tag 42 (CID), found tag " + Long.toUnsignedString(tag), start);
    }
    return readCidPayload(what, start);
  }

  private Cid readCidPayload(String what, int start) throws CborDecodingException {
    int payloadStart = position;
    byte[] bytes = readByteString(MAX_CID_BYTES, what);
    if (bytes.length == 0 || bytes[0] != 0) {
      throw new CborDecodingException(
          what + ": CID bytes must start with the 0x00 multibase prefix", payloadStart);
    }
    try {
      return Cid.fromBytes(bytes, 1, bytes.length - 1);
    } catch (CidFormatException e) {
      throw new CborDecodingException(what + ": invalid CID: " + e.getMessage(), start, e);
    }
  }

  /** Any DAG-CBOR data item, with at most {@link #MAX_DEPTH} arrays and maps nested. */
  public CborValue readValue() throws CborDecodingException {
    return readValue(0);
  }

  /** {@code depth} counts the arrays and maps around the item (0 at the top level). */
  private CborValue readValue(int depth) throws CborDecodingException {
    requireBytes(1, "a data item");
    int start = position;
    int initial = data[position] & 0xff;
    switch (CborMajorType.of(initial)) {
      case UNSIGNED_INTEGER:
        return new CborValue.UnsignedInteger(readHeader(CborMajorType.UNSIGNED_INTEGER, "integer"));
      case NEGATIVE_INTEGER:
        return new CborValue.NegativeInteger(readHeader(CborMajorType.NEGATIVE_INTEGER, "integer"));
      case BYTE_STRING:
        return new CborValue.ByteString(readByteString(MAX_BYTE_STRING, "byte string"));
      case TEXT_STRING:
        return new CborValue.TextString(readTextString(MAX_BYTE_STRING, "text string"));
      case ARRAY:
        {
          checkDepth(depth);
          int count = (int) readLength(CborMajorType.ARRAY, MAX_LENGTH, 1, "array");
          List<CborValue> items = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            items.add(readValue(depth + 1));
          }
          return new CborValue.Array(items);
        }
      case MAP:
        checkDepth(depth);
        return readMap(depth);
      case TAG:
        {
          long tag = readHeader(CborMajorType.TAG, "tag");
          if (tag != TAG_CID) {
            throw new CborDecodingException(
                "tag " + Long.toUnsignedString(tag) + " is not allowed in DAG-CBOR (only 42)",
                start);
          }
          return new CborValue.Link(readCidPayload("link", start));
        }
      default:
        return readSimple(initial);
    }
  }

  /** An array or map at {@code depth} would be container number {@code depth + 1}. */
  private void checkDepth(int depth) throws CborDecodingException {
    if (depth >= MAX_DEPTH) {
      throw new CborDecodingException("nesting deeper than " + MAX_DEPTH, position);
    }
  }

  private CborValue readMap(int depth) throws CborDecodingException {
    int count = (int) readLength(CborMajorType.MAP, MAX_LENGTH, 2, "map");
    List<CborValue.Entry> entries = new ArrayList<>(count);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < count; i++) {
      int keyStart = position;
      requireBytes(1, "a map key");
      if (CborMajorType.of(data[position] & 0xff) != CborMajorType.TEXT_STRING) {
        throw new CborDecodingException(
            "map key must be a text string in DAG-CBOR, found " + describe(data[position] & 0xff),
            keyStart);
      }
      String key = readTextString(MAX_BYTE_STRING, "map key");
      if (!keys.add(key)) {
        throw new CborDecodingException("duplicate map key \"" + key + "\"", keyStart);
      }
      entries.add(new CborValue.Entry(key, readValue(depth + 1)));
    }
    return new CborValue.MapValue(entries);
  }

  private CborValue readSimple(int initial) throws CborDecodingException {
    int start = position;
    switch (initial) {
      case 0xf4:
      case 0xf5:
        position++;
        return new CborValue.Bool(initial == 0xf5);
      case 0xf6:
        position++;
        return CborValue.Null.INSTANCE;
      case 0xfb:
        {
          requireBytes(9, "a float");
          long bits = 0;
          for (int i = 1; i <= 8; i++) {
            bits = (bits << 8) | (data[position + i] & 0xff);
          }
          double value = Double.longBitsToDouble(bits);
          if (!Double.isFinite(value)) {
            throw new CborDecodingException(
                "NaN and infinite floats are not allowed in DAG-CBOR", start);
          }
          position += 9;
          return new CborValue.Float64(value);
        }
      default:
        throw new CborDecodingException(describe(initial) + " is not allowed in DAG-CBOR", start);
    }
  }

  /**
   * Reads a length header and checks it against the limit and against the bytes left, where each
   * item takes at least {@code minBytesPerItem} bytes.
   */
  private long readLength(CborMajorType type, int maxLength, int minBytesPerItem, String what)
      throws CborDecodingException {
    int start = position;
    long length = readHeader(type, what);
    if (length < 0 || length > maxLength) {
      throw new CborDecodingException(
          what
              + ": "
              + type.description()
              + " length "
              + Long.toUnsignedString(length)
              + " exceeds the limit of "
              + maxLength,
          start);
    }
    if (length * minBytesPerItem > remaining()) {
      throw new CborDecodingException(
          what
              + ": "
              + type.description()
              + " of length "
              + length
              + " is truncated ("
              + remaining()
              + " bytes left)",
          start);
    }
    return length;
  }

  /**
   * Reads the header of an item of the expected major type and returns its argument (unsigned
   * 64-bit bits), demanding the shortest form as cbor-gen does.
   */
  private long readHeader(CborMajorType expected, String what) throws CborDecodingException {
    requireBytes(1, what);
    int start = position;
    int initial = data[position] & 0xff;
    CborMajorType type = CborMajorType.of(initial);
    if (type != expected) {
      throw new CborDecodingException(
          what + ": expected " + expected.description() + ", found " + describe(initial), start);
    }
    int info = initial & 0x1f;
    if (info < 24) {
      position++;
      return info;
    }
    int size;
    long minimum;
    switch (info) {
      case 24 -> {
        size = 1;
        minimum = 24;
      }
      case 25 -> {
        size = 2;
        minimum = 0x100;
      }
      case 26 -> {
        size = 4;
        minimum = 0x10000;
      }
      case 27 -> {
        size = 8;
        minimum = 0x100000000L;
      }
      case 31 ->
          throw new CborDecodingException(
              what + ": indefinite-length items are not allowed", start);
      default ->
          throw new CborDecodingException(
              what + ": reserved additional information " + info, start);
    }
    if (end - position - 1 < size) {
      throw new CborDecodingException(what + ": header truncated", start);
    }
    long value = 0;
    for (int i = 1; i <= size; i++) {
      value = (value << 8) | (data[position + i] & 0xff);
    }
    if (Long.compareUnsigned(value, minimum) < 0) {
      throw new CborDecodingException(
          what
              + ": cbor input was not canonical (value "
              + Long.toUnsignedString(value)
              + " in a "
              + size
              + "-byte header)",
          start);
    }
    position += 1 + size;
    return value;
  }

  private void requireBytes(int count, String what) throws CborDecodingException {
    if (end - position < count) {
      throw new CborDecodingException("unexpected end of input reading " + what, position);
    }
  }

  private static String describe(int initial) {
    CborMajorType type = CborMajorType.of(initial);
    if (type == CborMajorType.SIMPLE) {
      return switch (initial) {
        case 0xf4 -> "false";
        case 0xf5 -> "true";
        case 0xf6 -> "null";
        case 0xf7 -> "undefined";
        case 0xf9 -> "a half-precision float";
        case 0xfa -> "a single-precision float";
        case 0xfb -> "a double-precision float";
        case 0xff -> "a break code";
        default -> String.format("simple value 0x%02x", initial);
      };
    }
    return type.description();
  }
}
