package io.f3console.core.state;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import java.util.Optional;

/** Loading a block and decoding it strictly, with errors that name the block. */
final class StateCbor {
  /** Bytes of a Filecoin big integer: a sign byte and up to 128 bytes of magnitude. */
  static final int MAX_BIG_INT_BYTES = StoragePower.MAX_BYTES + 1;

  private StateCbor() {}

  /** Decodes one structure from a reader positioned at its start. */
  interface Decoder<T> {
    T decode(CborReader reader) throws CborDecodingException;
  }

  /**
   * The checked bytes of {@code cid}; a missing or wrong block becomes a {@link StateException}.
   */
  static byte[] load(BlockSource source, Cid cid, String what)
      throws StateException, InterruptedException {
    try {
      return source.block(cid);
    } catch (BlockException e) {
      StateException.Reason reason =
          e.reason() == BlockException.Reason.MISSING
              ? StateException.Reason.MISSING_BLOCK
              : StateException.Reason.BAD_BLOCK;
      throw new StateException(
          reason, Optional.of(cid), what + " " + cid + ": " + e.getMessage(), e);
    }
  }

  /** Decodes all of {@code bytes} (no trailing bytes) as {@code what}. */
  static <T> T decode(byte[] bytes, Cid cid, String what, Decoder<T> decoder)
      throws StateException {
    CborReader reader = new CborReader(bytes);
    try {
      T value = decoder.decode(reader);
      reader.expectEnd(what);
      return value;
    } catch (CborDecodingException e) {
      throw malformed(cid, what, e);
    }
  }

  /** Loads and decodes a block. */
  static <T> T read(BlockSource source, Cid cid, String what, Decoder<T> decoder)
      throws StateException, InterruptedException {
    return decode(load(source, cid, what), cid, what, decoder);
  }

  static StateException malformed(Cid cid, String what, CborDecodingException e) {
    StateException.Reason reason =
        e instanceof LayoutException
            ? StateException.Reason.UNKNOWN_VERSION
            : StateException.Reason.MALFORMED;
    return new StateException(
        reason, Optional.of(cid), what + " " + cid + ": " + e.getMessage(), e);
  }

  /** A Filecoin big integer (a byte string: empty, or sign byte ‖ magnitude). */
  static StoragePower readBigInt(CborReader reader, String what) throws CborDecodingException {
    int start = reader.position();
    byte[] bytes = reader.readByteString(MAX_BIG_INT_BYTES, what);
    try {
      return StoragePower.fromBytes(bytes);
    } catch (F3Exception e) {
      throw new CborDecodingException(what + ": " + e.getMessage(), start);
    }
  }

  /** An address (a byte string of at most 64 bytes). */
  static Address readAddress(CborReader reader, String what) throws CborDecodingException {
    int start = reader.position();
    byte[] bytes = reader.readByteString(Address.MAX_BYTES, what);
    try {
      return Address.fromBytes(bytes);
    } catch (AddressFormatException e) {
      throw new CborDecodingException(what + ": " + e.getMessage(), start);
    }
  }

  /** An address or null. */
  static Optional<Address> readOptionalAddress(CborReader reader, String what)
      throws CborDecodingException {
    return reader.readNullIfPresent() ? Optional.empty() : Optional.of(readAddress(reader, what));
  }

  /** An array header whose length is one of {@code allowed}; returns it. */
  static int readTupleHeaderOf(CborReader reader, String what, int... allowed)
      throws CborDecodingException {
    int start = reader.position();
    int count = reader.readArrayHeader(CborReader.MAX_LENGTH, what);
    for (int length : allowed) {
      if (count == length) {
        return count;
      }
    }
    throw new LayoutException(
        what
            + ": "
            + count
            + " fields match no known layout (expected "
            + java.util.Arrays.toString(allowed)
            + ")",
        start);
  }

  /** A field count that matches no known actors version: reported as an unknown version. */
  static final class LayoutException extends CborDecodingException {
    private static final long serialVersionUID = 1L;

    LayoutException(String problem, long offset) {
      super(problem, offset);
    }
  }
}
