package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a CAR file (CARv1, or CARv2 by its pragma and fixed header) one block at a time, and checks
 * every block's data against its CID (blake2b-256, sha2-256 or identity multihashes; any other hash
 * function is an error, since the block could not be checked).
 *
 * <p>Rules, as go-car reads CARs: section lengths are strict multiformats varints; the CARv1 header
 * is a DAG-CBOR map with {@code version} 1 and an array of roots, which may be empty (as go-car's
 * block reader allows; a caller that needs a root says so); a CARv2 file starts with the 11-byte
 * pragma, then 40 bytes giving the CARv1 data's offset and size; blocks end exactly at the end of
 * that data. Limits: a header of at most {@link #MAX_HEADER_LENGTH} bytes, a block read into memory
 * of at most {@link #MAX_BLOCK_LENGTH}; larger blocks are read as streams ({@link #dataStream()}).
 * Every error names the file, the block and the offset.
 *
 * <p>Use: {@link #nextSection()} reads a section's length and CID; the data is then read whole
 * ({@link #readData()}), streamed ({@link #dataStream()}), or left unread. The next call to {@link
 * #nextSection()} reads whatever is left of the previous block and checks its CID, so no block goes
 * unchecked (except after {@link #nextSectionUnchecked()}, for readers that check each block
 * themselves). Not thread-safe.
 */
public final class CarReader implements Closeable {
  /** go-car's default limit on the CARv1 header. */
  public static final int MAX_HEADER_LENGTH = 32 << 20;

  /** go-car's default limit on a section read into memory. */
  public static final int MAX_BLOCK_LENGTH = 8 << 20;

  /** The CARv2 pragma: the CARv1 header {@code {"version": 2}} with its varint length. */
  static final byte[] V2_PRAGMA = {
    0x0a, (byte) 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02
  };

  /** The length of the CARv2 header after the pragma. */
  static final int V2_HEADER_LENGTH = 40;

  private final PositionedInput input;
  private final String name;
  private CarHeader header;
  private long dataEnd = -1;
  private long blocks;
  private CarSection current;
  private BlockHasher hasher;

  private CarReader(InputStream in, String name, boolean seekable) {
    this.input = new PositionedInput(in, 0, seekable);
    this.name = name;
  }

  /**
   * Opens a CAR file and reads its headers. A CARv2's data offset is reached by seeking, so padding
   * before the data costs nothing however long it is.
   */
  public static CarReader open(Path path) throws F3Exception {
    InputStream in = PositionedInput.openFile(path);
    return open(in, path.toString(), Files.isRegularFile(path));
  }

  /**
   * Reads the headers from a stream, which the reader owns from now on. A stream is read through: a
   * CARv2's padding is read, not seeked past.
   */
  public static CarReader open(InputStream in, String name) throws F3Exception {
    return open(in, name, false);
  }

  /**
   * Reads the headers from a stream that skips by seeking when {@code seekable} (a regular file's
   * stream, buffered or not); other streams are read through.
   */
  static CarReader open(InputStream in, String name, boolean seekable) throws F3Exception {
    CarReader reader =
        new CarReader(
            Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"), seekable);
    try {
      CarHeaderReader headers = new CarHeaderReader(reader.input, reader.name);
      reader.header = headers.read();
      reader.dataEnd = headers.dataEnd();
      return reader;
    } catch (F3Exception e) {
      reader.input.closeQuietly();
      throw e;
    } catch (IOException e) {
      reader.input.closeQuietly();
      throw reader.ioError(e);
    }
  }

  public CarHeader header() {
    return header;
  }

  /** The file's name, as used in messages. */
  public String name() {
    return name;
  }

  /** How many sections have been started. */
  public long blocks() {
    return blocks;
  }

  /** How far the file has been read. */
  public long position() {
    return input.position();
  }

  /**
   * The next section's CID and place, after checking the rest of the previous block; empty at the
   * end of the blocks.
   */
  public Optional<CarSection> nextSection() throws F3Exception {
    return nextSection(true);
  }

  /**
   * Like {@link #nextSection()}, but the previous block's data is skipped without being hashed, and
   * a CID whose hash function cannot be checked is accepted: for an index of the file ({@code
   * blocks.CarBlockSource}) whose every read checks the block it returns. Lengths, CIDs and the
   * file's structure are checked as always.
   */
  public Optional<CarSection> nextSectionUnchecked() throws F3Exception {
    return nextSection(false);
  }

  private Optional<CarSection> nextSection(boolean check) throws F3Exception {
    try {
      finishSection();
      long start = input.position();
      long number = blocks + 1;
      if (dataEnd >= 0 && start >= dataEnd) {
        return Optional.empty();
      }
      Uvarints.Uvarint length =
          Uvarints.read(input, Uvarints.Rule.MULTIFORMATS, name + ": block " + number + " length");
      if (length == null) {
        if (dataEnd >= 0) {
          throw format(
              "the file ends at byte "
                  + start
                  + ", before the end of the CARv2 data"
                  + " at byte "
                  + dataEnd,
              start);
        }
        return Optional.empty();
      }
      long sectionEnd = input.position() + length.value();
      if (length.value() == 0) {
        throw format("block " + number + " at byte " + start + " is an empty section", start);
      }
      if (sectionEnd < 0 || (dataEnd >= 0 && sectionEnd > dataEnd)) {
        throw format(
            "block "
                + number
                + " at byte "
                + start
                + " declares "
                + Long.toUnsignedString(length.value())
                + " bytes, past the end of the CARv2 data"
                + " at byte "
                + dataEnd,
            start);
      }
      Cid cid = readCid(number, start, length.value());
      long dataStart = input.position();
      current = new CarSection(number, cid, start, dataStart, sectionEnd - dataStart);
      blocks = number;
      if (!check) {
        hasher = null;
        return Optional.of(current);
      }
      hasher =
          BlockHasher.forCid(cid)
              .orElseThrow(
                  () ->
                      format(
                          "block "
                              + number
                              + " at byte "
                              + start
                              + " cannot be checked: its CID "
                              + cid
                              + " uses the hash function "
                              + Multicodec.name(cid.multihash().code())
                              + " (blake2b-256, sha2-256 and identity"
                              + " are supported)",
                          start));
      input.tap(hasher);
      return Optional.of(current);
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /** The current block's data, checked against its CID. */
  public byte[] readData() throws F3Exception {
    CarSection section = requireCurrent();
    if (input.position() != section.dataOffset()) {
      throw new IllegalStateException("part of the block was already read as a stream");
    }
    if (section.dataLength() > MAX_BLOCK_LENGTH) {
      throw format(
          "block "
              + section.number()
              + " at byte "
              + section.offset()
              + " holds "
              + section.dataLength()
              + " bytes, more than the "
              + MAX_BLOCK_LENGTH
              + " read into memory",
          section.offset());
    }
    try {
      byte[] data = readFully((int) section.dataLength(), "block " + section.number());
      finishSection();
      return data;
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /** The next block, read whole and checked; empty at the end. */
  public Optional<CarBlock> next() throws F3Exception {
    Optional<CarSection> section = nextSection();
    if (section.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CarBlock(section.get(), readData()));
  }

  /**
   * The current block's data as a stream, hashed as it is read. It ends at the end of the block; a
   * file that ends first is an {@link IOException}. The check against the CID happens at {@link
   * #finishSection()} (or the next {@link #nextSection()}).
   */
  public InputStream dataStream() {
    CarSection section = requireCurrent();
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (current != section) {
          return -1;
        }
        long left = section.end() - input.position();
        if (left <= 0) {
          return -1;
        }
        int n = input.read(buffer, offset, (int) Math.min(length, left));
        if (n < 0) {
          throw new IOException(
              "the file ends at byte "
                  + input.position()
                  + ", inside block "
                  + section.number()
                  + " which runs to byte "
                  + section.end());
        }
        return n;
      }
    };
  }

  /**
   * Reads whatever is left of the current block and checks it against its CID (unless it was
   * started by {@link #nextSectionUnchecked()}).
   */
  public void finishSection() throws F3Exception {
    if (current == null) {
      return;
    }
    CarSection section = current;
    try {
      long left = section.end() - input.position();
      if (input.skipUpTo(left) < left) {
        throw format(
            "block "
                + section.number()
                + " at byte "
                + section.offset()
                + " is truncated: the file ends at byte "
                + input.position()
                + ", the block runs to"
                + " byte "
                + section.end(),
            input.position());
      }
    } catch (IOException e) {
      throw ioError(e);
    }
    input.tap(PositionedInput.Tap.NONE);
    current = null;
    if (hasher != null && !hasher.matches()) {
      Multihash actual = hasher.result();
      throw format(
          "block "
              + section.number()
              + " at byte "
              + section.offset()
              + " does not match its CID "
              + section.cid()
              + ": its data hashes to "
              + actual,
          section.offset());
    }
  }

  private CarSection requireCurrent() {
    if (current == null) {
      throw new IllegalStateException("no block is being read");
    }
    return current;
  }

  /**
   * Reads a binary CID from the stream as go-cid's {@code CidFromReader} does: a CIDv0 is a
   * sha2-256 multihash ({@code 12 20} and 32 bytes); otherwise version 1, codec, hash code, digest
   * length and digest. It must fit in the section.
   */
  private Cid readCid(long number, long start, long sectionLength) throws IOException, F3Exception {
    String what = name + ": block " + number + " CID";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(40);
    long first = readCidVarint(bytes, what);
    long second = readCidVarint(bytes, what);
    long digestLength;
    if (first == Multicodec.SHA2_256 && second == 32) {
      digestLength = 32;
    } else {
      readCidVarint(bytes, what);
      digestLength = readCidVarint(bytes, what);
    }
    if (digestLength > Multihash.MAX_DIGEST_LENGTH) {
      throw format(
          "block "
              + number
              + " at byte "
              + start
              + ": CID digest of "
              + digestLength
              + " bytes exceeds "
              + Multihash.MAX_DIGEST_LENGTH,
          start);
    }
    bytes.write(readFully((int) digestLength, "block " + number + " CID"));
    if (bytes.size() > sectionLength) {
      throw format(
          "block "
              + number
              + " at byte "
              + start
              + ": its CID ("
              + bytes.size()
              + " bytes) is longer than the section ("
              + sectionLength
              + " bytes)",
          start);
    }
    try {
      return Cid.fromBytes(bytes.toByteArray());
    } catch (CidFormatException e) {
      throw format(
          "block " + number + " at byte " + start + ": invalid CID: " + e.getMessage(), start);
    }
  }

  private long readCidVarint(ByteArrayOutputStream bytes, String what)
      throws IOException, F3Exception {
    long start = input.position();
    Uvarints.Uvarint varint = Uvarints.read(input, Uvarints.Rule.MULTIFORMATS, what);
    if (varint == null) {
      throw format("the file ends at byte " + start + " inside a CID", start);
    }
    bytes.write(Uvarints.encode(varint.value()));
    return varint.value();
  }

  private byte[] readFully(int length, String what) throws IOException, F3Exception {
    return input.readExactly(length, name, what);
  }

  private SnapshotFormatException format(String problem, long offset) {
    return new SnapshotFormatException(name + ": " + problem, offset);
  }

  private SnapshotFormatException ioError(IOException e) {
    return new SnapshotFormatException(
        name + ": cannot read at byte " + input.position() + ": " + e.getMessage(),
        input.position(),
        e);
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
