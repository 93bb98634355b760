package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborValue;
import io.f3console.core.cid.Cid;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads the headers at the start of a CAR for {@link CarReader}: the CARv1 header (a DAG-CBOR map
 * with {@code version} 1 and its roots), or the CARv2 pragma, the 40-byte CARv2 header and the
 * CARv1 header at its data offset. Afterwards the input stands at the first section, and {@link
 * #dataEnd()} says where the sections of a CARv2 end.
 */
final class CarHeaderReader {
  private final PositionedInput input;
  private final String name;
  private byte[] lastHeaderPrefix = new byte[0];
  private long dataEnd = -1;

  CarHeaderReader(PositionedInput input, String name) {
    this.input = input;
    this.name = name;
  }

  /** Where the CARv1 data of a CARv2 ends, or -1 for a CARv1 (it ends with the file). */
  long dataEnd() {
    return dataEnd;
  }

  /** Reads the headers, leaving the input at the first section. */
  CarHeader read() throws IOException, F3Exception {
    byte[] first = readV1HeaderBytes();
    CborValue.MapValue map = decodeHeaderMap(first, 0);
    long version = headerVersion(map, 0);
    if (version == 2) {
      if (!Arrays.equals(prefixed(first), CarReader.V2_PRAGMA)) {
        throw format("the header says version 2 but is not the 11-byte CARv2 pragma", 0);
      }
      CarHeader.CarV2Header v2 = readV2Header();
      long start = input.position();
      byte[] inner = readV1HeaderBytes();
      CborValue.MapValue innerMap = decodeHeaderMap(inner, start);
      long innerVersion = headerVersion(innerMap, start);
      if (innerVersion != 1) {
        throw format(
            "the CARv2 data must be a CARv1, but its header says version "
                + Long.toUnsignedString(innerVersion),
            start);
      }
      if (input.position() > dataEnd) {
        throw format(
            "the CARv1 header runs past the end of the CARv2 data at byte " + dataEnd, start);
      }
      return new CarHeader(2, roots(innerMap, start), Optional.of(v2));
    } else if (version == 1) {
      return new CarHeader(1, roots(map, 0), Optional.empty());
    }
    throw format(
        "unsupported CAR version " + Long.toUnsignedString(version) + " (1 and 2 exist)", 0);
  }

  /** Reads {@code uvarint(len) || header}; remembers the prefix for the pragma comparison. */
  private byte[] readV1HeaderBytes() throws IOException, F3Exception {
    long start = input.position();
    Uvarints.Uvarint length =
        Uvarints.read(input, Uvarints.Rule.MULTIFORMATS, name + ": the CAR header length");
    if (length == null) {
      throw format("empty: a CAR starts with its header", start);
    }
    if (length.value() == 0 || length.value() > CarReader.MAX_HEADER_LENGTH) {
      throw format(
          "the CAR header at byte "
              + start
              + " declares "
              + Long.toUnsignedString(length.value())
              + " bytes (allowed: 1 to "
              + CarReader.MAX_HEADER_LENGTH
              + ")",
          start);
    }
    byte[] bytes = readFully((int) length.value(), "the CAR header");
    lastHeaderPrefix = Uvarints.encode(length.value());
    return bytes;
  }

  private byte[] prefixed(byte[] headerBytes) {
    byte[] all = Arrays.copyOf(lastHeaderPrefix, lastHeaderPrefix.length + headerBytes.length);
    System.arraycopy(headerBytes, 0, all, lastHeaderPrefix.length, headerBytes.length);
    return all;
  }

  private CborValue.MapValue decodeHeaderMap(byte[] bytes, long start) throws F3Exception {
    long dataStart = start + lastHeaderPrefix.length;
    CborValue value;
    try {
      CborReader reader = new CborReader(bytes);
      value = reader.readValue();
      reader.expectEnd("the CAR header");
    } catch (CborDecodingException e) {
      throw format(
          "the CAR header is not valid DAG-CBOR: "
              + e.problem()
              + " at byte "
              + (dataStart + e.offset()),
          dataStart + e.offset());
    }
    if (!(value instanceof CborValue.MapValue map)) {
      throw format("the CAR header is not a map", dataStart);
    }
    return map;
  }

  private long headerVersion(CborValue.MapValue map, long start) throws F3Exception {
    if (!(map.get("version") instanceof CborValue.UnsignedInteger version)) {
      throw format("the CAR header has no unsigned \"version\"", start);
    }
    return version.bits();
  }

  private List<Cid> roots(CborValue.MapValue map, long start) throws F3Exception {
    if (!(map.get("roots") instanceof CborValue.Array array)) {
      throw format("the CAR header has no \"roots\" array", start);
    }
    List<Cid> roots = new ArrayList<>(array.items().size());
    for (CborValue item : array.items()) {
      if (!(item instanceof CborValue.Link link)) {
        throw format("a root in the CAR header is not a CID", start);
      }
      roots.add(link.cid());
    }
    return roots;
  }

  private CarHeader.CarV2Header readV2Header() throws IOException, F3Exception {
    long start = input.position();
    byte[] bytes = readFully(CarReader.V2_HEADER_LENGTH, "the CARv2 header");
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    String characteristics = HexFormat.of().formatHex(bytes, 0, 16);
    long dataOffset = buffer.getLong(16);
    long dataSize = buffer.getLong(24);
    long indexOffset = buffer.getLong(32);
    long minimum = CarReader.V2_PRAGMA.length + CarReader.V2_HEADER_LENGTH;
    if (dataOffset < 0) {
      throw format(
          "the CARv2 data offset "
              + Long.toUnsignedString(dataOffset)
              + " is past the end of any file (it must be below 2^63)",
          start + 16);
    }
    if (dataOffset < minimum) {
      throw format(
          "the CARv2 data offset "
              + dataOffset
              + " points inside the CARv2 header (it must be at least "
              + minimum
              + ")",
          start + 16);
    }
    if (dataSize <= 0 || dataOffset + dataSize < dataOffset) {
      throw format(
          "the CARv2 data size "
              + Long.toUnsignedString(dataSize)
              + " is not a positive length that fits after offset "
              + dataOffset,
          start + 24);
    }
    if (indexOffset != 0 && Long.compareUnsigned(indexOffset, dataOffset + dataSize) < 0) {
      throw format(
          "the CARv2 index offset "
              + Long.toUnsignedString(indexOffset)
              + " points inside the data, which runs to byte "
              + (dataOffset + dataSize),
          start + 32);
    }
    long padding = dataOffset - input.position();
    if (input.passUpTo(padding) < padding) {
      throw format(
          "the file ends at byte "
              + input.position()
              + ", before the CARv2 data offset "
              + dataOffset,
          input.position());
    }
    dataEnd = dataOffset + dataSize;
    return new CarHeader.CarV2Header(characteristics, dataOffset, dataSize, indexOffset);
  }

  private byte[] readFully(int length, String what) throws IOException, F3Exception {
    return input.readExactly(length, name, what);
  }

  private SnapshotFormatException format(String problem, long offset) {
    return new SnapshotFormatException(name + ": " + problem, offset);
  }
}
