package io.f3console.core.cbor;

import io.f3console.core.cid.Cid;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A DAG-CBOR data item, for generic inspection of structures that are not fixed tuples (maps in
 * snapshot metadata, unknown blocks). F3's own types use the tuple methods of {@link CborReader}
 * and {@link CborWriter} instead.
 */
public sealed interface CborValue {

  /** A major-type-0 integer; {@code bits} holds the unsigned 64-bit value. */
  record UnsignedInteger(long bits) implements CborValue {
    public BigInteger value() {
      return new BigInteger(Long.toUnsignedString(bits));
    }
  }

  /** A major-type-1 integer, whose value is {@code -1 - bits} with {@code bits} unsigned. */
  record NegativeInteger(long bits) implements CborValue {
    public BigInteger value() {
      return BigInteger.ONE.negate().subtract(new BigInteger(Long.toUnsignedString(bits)));
    }
  }

  /** A byte string (copied in and out). */
  final class ByteString implements CborValue {
    private final byte[] bytes;

    public ByteString(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    public byte[] bytes() {
      return bytes.clone();
    }

    public int length() {
      return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ByteString that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "h'" + HexFormat.of().formatHex(bytes) + "'";
    }
  }

  record TextString(String value) implements CborValue {
    public TextString {
      Objects.requireNonNull(value);
    }

    int utf8Length() {
      return value.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  record Array(List<CborValue> items) implements CborValue {
    public Array {
      items = List.copyOf(items);
    }
  }

  /** A map entry; DAG-CBOR allows only text keys. */
  record Entry(String key, CborValue value) {
    public Entry {
      Objects.requireNonNull(key);
      Objects.requireNonNull(value);
    }
  }

  /** A map, with its entries in the order they were read or given. */
  record MapValue(List<Entry> entries) implements CborValue {
    public MapValue {
      entries = List.copyOf(entries);
    }

    /** The value under {@code key}, or null. */
    public CborValue get(String key) {
      for (Entry entry : entries) {
        if (entry.key().equals(key)) {
          return entry.value();
        }
      }
      return null;
    }
  }

  /** Tag 42: an IPLD link. */
  record Link(Cid cid) implements CborValue {
    public Link {
      Objects.requireNonNull(cid);
    }
  }

  record Bool(boolean value) implements CborValue {}

  /** The CBOR null ({@code f6}). */
  enum Null implements CborValue {
    INSTANCE
  }

  /** A finite 64-bit float: DAG-CBOR allows only this width, and no NaN or infinities. */
  record Float64(double value) implements CborValue {
    public Float64 {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("DAG-CBOR has no NaN or infinite floats: " + value);
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Float64 that
          && Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(that.value);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(Double.doubleToRawLongBits(value));
    }
  }
}
