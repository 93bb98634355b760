package io.f3console.core.bitfield;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately plain second reading of go-bitfield's RLE+ acceptance rules for differential
 * tests: bits fetched by absolute offset, lengths and totals as {@link BigInteger}. It returns the
 * set or the name of the first rule broken.
 */
final class ReferenceDecoder {
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(64);

  private ReferenceDecoder() {}

  /** Either a set or the fragment of the message the decoder must report. */
  record Outcome(Bitfield set, String failure) {}

  static Outcome decode(byte[] bytes) {
    if (bytes.length > RlePlus.MAX_ENCODED_SIZE) {
      return failure("longer than the maximum");
    }
    if ((bit(bytes, 0) | bit(bytes, 1)) != 0) {
      return failure("invalid RLE+ version");
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] == 0) {
      return failure("not minimally encoded");
    }
    boolean value = bit(bytes, 2) == 1;
    long offset = 3;
    BigInteger total = BigInteger.ZERO;
    List<Bitfield.Run> runs = new ArrayList<>();
    while (true) {
      BigInteger length;
      if (bit(bytes, offset) == 1) {
        length = BigInteger.ONE;
        offset += 1;
      } else if (bit(bytes, offset + 1) == 1) {
        length = BigInteger.valueOf(number(bytes, offset + 2, 4));
        offset += 6;
      } else {
        offset += 2;
        BigInteger varint = BigInteger.ZERO;
        int count = 0;
        while (true) {
          if (count == 10) {
            return failure("varint longer than 10 bytes");
          }
          int next = (int) number(bytes, offset, 8);
          offset += 8;
          varint = varint.or(BigInteger.valueOf(next & 0x7f).shiftLeft(7 * count));
          count++;
          if (next < 0x80) {
            if (count == 10 && next > 1) {
              return failure("varint overflows 64 bits");
            }
            if (next == 0 && count > 1) {
              return failure("varint ends with a 0 byte");
            }
            break;
          }
        }
        length = varint;
      }
      if (length.signum() == 0) {
        return new Outcome(Bitfield.fromRuns(runs), null);
      }
      BigInteger end = total.add(length);
      if (end.compareTo(LIMIT) >= 0) {
        return failure("makes the total length exceed 2^64 - 1");
      }
      if (value) {
        runs.add(new Bitfield.Run(total.longValue(), length.longValue()));
      }
      total = end;
      value = !value;
    }
  }

  private static Outcome failure(String message) {
    return new Outcome(null, message);
  }

  private static int bit(byte[] bytes, long offset) {
    long byteIndex = offset / 8;
    if (byteIndex >= bytes.length) {
      return 0;
    }
    return (bytes[(int) byteIndex] >> (offset % 8)) & 1;
  }

  private static long number(byte[] bytes, long offset, int width) {
    long result = 0;
    for (int i = 0; i < width; i++) {
      result |= (long) bit(bytes, offset + i) << i;
    }
    return result;
  }
}
