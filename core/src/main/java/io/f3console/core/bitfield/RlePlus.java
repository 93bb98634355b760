package io.f3console.core.bitfield;

import java.util.Objects;

/**
 * The two wire forms of a {@link Bitfield}: RLE+ bytes (inside CBOR) and the JSON array of run
 * lengths, with the exact acceptance rules of filecoin-project/go-bitfield v0.2.4.
 *
 * <p><b>RLE+ bytes</b> ({@code rle/rleplus_reader.go}, {@code rle/rleplus_writer.go}, {@code
 * rle/bitvec.go}). The bytes are a bit stream, least significant bit of byte 0 first. Two version
 * bits (must be 0), one bit giving the value of the first run, then blocks giving the lengths of
 * runs of alternating value: {@code 1} is a run of 1; {@code 0 1} and four bits is a run of 0 to
 * 15; {@code 0 0} and an unsigned LEB128 varint (whole bytes from the stream) is any length. A run
 * of length 0 ends the stream; reading past the end yields zero bits, which read as a varint of 0,
 * so every stream ends.
 *
 * <p>{@link #decode} refuses, as go-bitfield does and in the order its {@code bitfield.go} entry
 * points ({@code NewFromBytes}, {@code UnmarshalCBOR}) apply the rules: version bits other than 0
 * ({@code rle/rleplus.go} {@code FromBuf}); a last byte of 0 ({@code DecodeRLE}/{@code
 * ValidateRLE}: "not minimally encoded"); a varint of more than 10 bytes, a 10th varint byte above
 * 1, or a last varint byte of 0 after a continuation byte ({@code decodeBFVarint}); runs whose
 * total length, set and unset runs together, exceeds 2^64 - 1 ({@code ValidateRLE}). It accepts, as
 * go-bitfield does, non-canonical block choices (a 4-bit or varint block for a run of 1, a varint
 * for a run under 16), an explicit trailing run of unset bits, a first run of length 0, and any
 * bits after the terminating run. Deliberate addition: a buffer longer than {@link
 * #MAX_ENCODED_SIZE} bytes is refused, the limit go-bitfield's {@code bitfield.go} applies when it
 * reads a bitfield from CBOR ({@code MaxEncodedSize}); {@code rle} itself has no limit. The work
 * and memory of a decode are therefore bounded by that size (at most one run per input bit).
 *
 * <p>{@link #encode} writes the canonical form of {@code EncodeRuns}: the shortest block for each
 * run, no trailing unset run, trailing zero bytes removed, so the empty set is zero bytes. Decoding
 * then re-encoding a non-canonical buffer therefore changes its bytes. (go-bitfield's {@code
 * MarshalCBOR} writes back the original bytes of an unmodified bitfield; callers that must
 * reproduce such bytes have to keep them.) {@code encode} does not apply {@link #MAX_ENCODED_SIZE};
 * go-bitfield refuses a longer encoding only when writing CBOR.
 *
 * <p><b>JSON run lengths</b> ({@code rle/rleplus.go} {@code MarshalJSON}/{@code UnmarshalJSON}):
 * the lengths of alternating runs, always starting with a run of unset bits, so the array starts
 * with 0 when index 0 is set; the empty set is {@code [0]}. Example: {0, 1, 2, 8, 9} is {@code [0,
 * 3, 5, 2]}. Values are unsigned 64-bit.
 */
public final class RlePlus {
  /** go-bitfield's {@code MaxEncodedSize}: the longest RLE+ buffer accepted, 32 KiB. */
  public static final int MAX_ENCODED_SIZE = 32 << 10;

  private static final String PREFIX = "RLE+ bitfield: ";
  private static final String JSON_PREFIX = "bitfield run lengths: ";
  private static final int MAX_VARINT_BYTES = 10;

  private RlePlus() {}

  /**
   * Decodes RLE+ bytes with go-bitfield's strictness (see the class comment).
   *
   * @throws BitfieldDecodingException if go-bitfield would refuse the bytes, or they are longer
   *     than {@link #MAX_ENCODED_SIZE}
   */
  public static Bitfield decode(byte[] bytes) throws BitfieldDecodingException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > MAX_ENCODED_SIZE) {
      throw new BitfieldDecodingException(
          PREFIX
              + bytes.length
              + " bytes is longer than the maximum of "
              + MAX_ENCODED_SIZE
              + " bytes");
    }
    BitReader reader = new BitReader(bytes);
    int version = reader.readBits(2);
    if (version != 0) {
      throw new BitfieldDecodingException(
          PREFIX + "invalid RLE+ version " + version + " in bits 0-1 of byte 0 (expected 0)");
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] == 0) {
      throw new BitfieldDecodingException(
          PREFIX + "not minimally encoded: the last byte (offset " + (bytes.length - 1) + ") is 0");
    }
    boolean value = reader.readBit();
    RunAccumulator runs = new RunAccumulator();
    long position = 0;
    for (int runIndex = 0; ; runIndex++) {
      long blockStart = reader.position();
      long length = readRunLength(reader, runIndex);
      if (length == 0) {
        return runs.toBitfield();
      }
      if (Long.compareUnsigned(length, -1L - position) > 0) {
        throw new BitfieldDecodingException(
            PREFIX
                + "run "
                + runIndex
                + " at bit "
                + blockStart
                + " (length "
                + Long.toUnsignedString(length)
                + ") makes the total length exceed 2^64 - 1");
      }
      if (value) {
        runs.add(position, length);
      }
      position += length;
      value = !value;
    }
  }

  private static long readRunLength(BitReader reader, int runIndex)
      throws BitfieldDecodingException {
    if (reader.readBit()) {
      return 1;
    }
    if (reader.readBit()) {
      return reader.readBits(4);
    }
    return readVarint(reader, runIndex);
  }

  /** Unsigned LEB128 as go-bitfield's {@code decodeBFVarint} reads it, byte by byte. */
  private static long readVarint(BitReader reader, int runIndex) throws BitfieldDecodingException {
    long value = 0;
    int shift = 0;
    for (int byteIndex = 0; ; byteIndex++) {
      long byteStart = reader.position();
      if (byteIndex == MAX_VARINT_BYTES) {
        throw new BitfieldDecodingException(
            PREFIX
                + "varint longer than "
                + MAX_VARINT_BYTES
                + " bytes at bit "
                + byteStart
                + " (run "
                + runIndex
                + ")");
      }
      int next = reader.readBits(8);
      if (next < 0x80) {
        if (byteIndex == MAX_VARINT_BYTES - 1 && next > 1) {
          throw new BitfieldDecodingException(
              PREFIX
                  + "varint overflows 64 bits: 10th byte is "
                  + next
                  + " at bit "
                  + byteStart
                  + " (run "
                  + runIndex
                  + ")");
        }
        if (next == 0 && shift > 0) {
          throw new BitfieldDecodingException(
              PREFIX
                  + "invalid run: varint ends with a 0 byte"
                  + " after a continuation byte at bit "
                  + byteStart
                  + " (run "
                  + runIndex
                  + ")");
        }
        return value | ((long) next << shift);
      }
      value |= (long) (next & 0x7f) << shift;
      shift += 7;
    }
  }

  /** The canonical RLE+ bytes of {@code bitfield} (zero bytes for the empty set). */
  public static byte[] encode(Bitfield bitfield) {
    Objects.requireNonNull(bitfield, "bitfield");
    BitWriter writer = new BitWriter();
    writer.writeBits(0, 2);
    if (bitfield.isEmpty()) {
      writer.writeBit(false);
      return writer.toMinimalBytes();
    }
    writer.writeBit(bitfield.runStart(0) == 0);
    long position = 0;
    for (int i = 0; i < bitfield.runCount(); i++) {
      long start = bitfield.runStart(i);
      if (start != position) {
        writeRunLength(writer, start - position);
      }
      writeRunLength(writer, bitfield.runLength(i));
      position = start + bitfield.runLength(i);
    }
    return writer.toMinimalBytes();
  }

  private static void writeRunLength(BitWriter writer, long length) {
    if (length == 1) {
      writer.writeBit(true);
    } else if (Long.compareUnsigned(length, 16) < 0) {
      writer.writeBit(false);
      writer.writeBit(true);
      writer.writeBits(length, 4);
    } else {
      writer.writeBits(0, 2);
      long rest = length;
      while (Long.compareUnsigned(rest, 0x80) >= 0) {
        writer.writeBits((rest & 0x7f) | 0x80, 8);
        rest >>>= 7;
      }
      writer.writeBits(rest, 8);
    }
  }

  /**
   * The JSON run-length form, as go-bitfield's {@code MarshalJSON} writes it: {@code [0]} for the
   * empty set, otherwise the unset run before each set run (0 before a run starting at index 0)
   * followed by the set run, and no trailing unset run. Values are unsigned.
   */
  public static long[] toRunLengths(Bitfield bitfield) {
    Objects.requireNonNull(bitfield, "bitfield");
    if (bitfield.isEmpty()) {
      return new long[] {0};
    }
    long[] result = new long[2 * bitfield.runCount()];
    long position = 0;
    for (int i = 0; i < bitfield.runCount(); i++) {
      result[2 * i] = bitfield.runStart(i) - position;
      result[2 * i + 1] = bitfield.runLength(i);
      position = bitfield.runStart(i) + bitfield.runLength(i);
    }
    return result;
  }

  /**
   * Reads the JSON run-length form as go-bitfield's {@code UnmarshalJSON} does: runs alternate
   * starting with unset; a 0 is allowed only at index 0; an empty array is the empty set; a
   * trailing unset run is allowed and dropped (so {@code [0, 3, 5]} is {0, 1, 2}). Values are
   * unsigned.
   *
   * <p>Deliberate decision: go-bitfield accepts run lengths whose sum passes 2^64 - 1 here and
   * fails only when the bitfield is next used; this method refuses them at once. As in go-bitfield,
   * a dropped trailing unset run is not counted.
   *
   * @throws BitfieldDecodingException for a 0 after index 0, or runs ending past 2^64 - 1
   */
  public static Bitfield fromRunLengths(long[] runLengths) throws BitfieldDecodingException {
    Objects.requireNonNull(runLengths, "runLengths");
    RunAccumulator runs = new RunAccumulator();
    long position = 0;
    long gap = 0;
    int gapIndex = 0;
    for (int i = 0; i < runLengths.length; i++) {
      long length = runLengths[i];
      boolean set = (i & 1) == 1;
      if (length == 0) {
        if (i != 0) {
          throw new BitfieldDecodingException(
              JSON_PREFIX
                  + "zero-length run at index "
                  + i
                  + " (only the first run, at index 0, may be 0)");
        }
      } else if (!set) {
        gap = length;
        gapIndex = i;
      } else {
        if (Long.compareUnsigned(gap, -1L - position) > 0) {
          throw new BitfieldDecodingException(
              JSON_PREFIX + "run at index " + gapIndex + " makes the total length exceed 2^64 - 1");
        }
        long start = position + gap;
        if (Long.compareUnsigned(length, -1L - start) > 0) {
          throw new BitfieldDecodingException(
              JSON_PREFIX + "run at index " + i + " makes the total length exceed 2^64 - 1");
        }
        runs.add(start, length);
        position = start + length;
        gap = 0;
      }
    }
    return runs.toBitfield();
  }
}
