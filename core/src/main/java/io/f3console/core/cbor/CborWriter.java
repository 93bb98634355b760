package io.f3console.core.cbor;

import io.f3console.core.cid.Cid;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes canonical DAG-CBOR as cbor-gen does: shortest-form headers, definite lengths, CIDs as tag
 * 42 over {@code 00 || binary CID}. Generic maps are written with their keys in DAG-CBOR order
 * (shorter first, then bytewise).
 */
public final class CborWriter {
  private final ByteArrayOutputStream out;

  public CborWriter() {
    this(256);
  }

  public CborWriter(int expectedSize) {
    this.out = new ByteArrayOutputStream(expectedSize);
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  public int size() {
    return out.size();
  }

  public CborWriter writeArrayHeader(long length) {
    return writeHeader(4, length);
  }

  public CborWriter writeMapHeader(long length) {
    return writeHeader(5, length);
  }

  /** Writes an unsigned 64-bit value given as its bits. */
  public CborWriter writeUint64(long unsignedBits) {
    return writeHeader(0, unsignedBits);
  }

  public CborWriter writeInt64(long value) {
    return value >= 0 ? writeHeader(0, value) : writeHeader(1, -1 - value);
  }

  public CborWriter writeByteString(byte[] bytes) {
    writeHeader(2, bytes.length);
    out.write(bytes, 0, bytes.length);
    return this;
  }

  /** Writes UTF-8 text; a string with an unpaired surrogate has no UTF-8 form and is refused. */
  public CborWriter writeTextString(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "text has no UTF-8 form: unpaired surrogate at index " + i);
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeHeader(3, bytes.length);
    out.write(bytes, 0, bytes.length);
    return this;
  }

  public CborWriter writeCid(Cid cid) {
    writeHeader(6, 42);
    writeHeader(2, cid.byteLength() + 1L);
    out.write(0);
    cid.writeTo(out);
    return this;
  }

  public CborWriter writeBool(boolean value) {
    out.write(value ? 0xf5 : 0xf4);
    return this;
  }

  /** Appends one item that is already encoded (e.g. a value kept as its CBOR bytes). */
  public CborWriter writeRaw(byte[] encoded) {
    out.write(encoded, 0, encoded.length);
    return this;
  }

  public CborWriter writeNull() {
    out.write(0xf6);
    return this;
  }

  /** Writes a generic value canonically (map keys re-ordered, duplicate keys refused). */
  public CborWriter writeValue(CborValue value) {
    if (value instanceof CborValue.UnsignedInteger v) {
      writeHeader(0, v.bits());
    } else if (value instanceof CborValue.NegativeInteger v) {
      writeHeader(1, v.bits());
    } else if (value instanceof CborValue.ByteString v) {
      writeByteString(v.bytes());
    } else if (value instanceof CborValue.TextString v) {
      writeTextString(v.value());
    } else if (value instanceof CborValue.Array v) {
      writeArrayHeader(v.items().size());
      v.items().forEach(this::writeValue);
    } else if (value instanceof CborValue.MapValue v) {
      writeMap(v);
    } else if (value instanceof CborValue.Link v) {
      writeCid(v.cid());
    } else if (value instanceof CborValue.Bool v) {
      writeBool(v.value());
    } else if (value instanceof CborValue.Float64 v) {
      out.write(0xfb);
      writeBigEndian(Double.doubleToRawLongBits(v.value()), 8);
    } else {
      writeNull();
    }
    return this;
  }

  private void writeMap(CborValue.MapValue map) {
    List<CborValue.Entry> entries = new ArrayList<>(map.entries());
    entries.sort(
        Comparator.comparing(
            (CborValue.Entry e) -> e.key().getBytes(StandardCharsets.UTF_8), CborWriter::dagOrder));
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).key().equals(entries.get(i - 1).key())) {
        throw new IllegalArgumentException("duplicate map key: " + entries.get(i).key());
      }
    }
    writeMapHeader(entries.size());
    for (CborValue.Entry entry : entries) {
      writeTextString(entry.key());
      writeValue(entry.value());
    }
  }

  private static int dagOrder(byte[] a, byte[] b) {
    return a.length != b.length
        ? Integer.compare(a.length, b.length)
        : Arrays.compareUnsigned(a, b);
  }

  private CborWriter writeHeader(int majorType, long argument) {
    int major = majorType << 5;
    if (argument >= 0 && argument < 24) {
      out.write(major | (int) argument);
    } else if (argument >= 0 && argument <= 0xff) {
      out.write(major | 24);
      out.write((int) argument);
    } else if (argument >= 0 && argument <= 0xffff) {
      out.write(major | 25);
      writeBigEndian(argument, 2);
    } else if (argument >= 0 && argument <= 0xffffffffL) {
      out.write(major | 26);
      writeBigEndian(argument, 4);
    } else {
      out.write(major | 27);
      writeBigEndian(argument, 8);
    }
    return this;
  }

  private void writeBigEndian(long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)));
    }
  }
}
