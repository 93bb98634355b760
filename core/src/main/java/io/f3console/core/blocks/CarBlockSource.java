package io.f3console.core.blocks;

import io.f3console.core.F3Exception;
import io.f3console.core.PathKind;
import io.f3console.core.blocks.internal.zstd.ZstdFrames;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarHeader;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.snapshot.CarSection;
import io.f3console.core.snapshot.SnapshotFormatException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The blocks of a CAR file (v1 or v2, plain or zstd-compressed), read in place: one streaming pass
 * builds a {@link CarIndex} of where each block is (no block data is kept; the index is off the
 * heap, 16 bytes a block in a mapped temporary file), then each {@link #block} is a positional read
 * checked with {@link BlockCheck}. A {@code .car.zst} (known by the zstd magic number, whatever its
 * name) is decompressed in the same pass to a temporary file, deleted by {@link #close()}. Safe for
 * concurrent readers.
 *
 * <p>The indexing pass checks the file's structure (headers, lengths, CIDs) but does not hash
 * blocks: every read does. A truncated or malformed file is {@link BlockException.Reason
 * #MALFORMED} with the byte offset in the message (and the reader's {@link SnapshotFormatException}
 * as the cause); a block whose bytes were damaged is {@link BlockException.Reason#HASH_MISMATCH}
 * when it is read; a block larger than {@link CarReader#MAX_BLOCK_LENGTH} is MALFORMED when it is
 * read.
 */
public final class CarBlockSource implements BlockSource {
  private static final int COPY_BUFFER = 1 << 16;

  private final Path path;
  private final String name;
  private final Path readFrom;
  private final Optional<Path> temporary;
  private final CarHeader header;
  private final CarIndex index;
  private final AtomicLong read = new AtomicLong();
  private volatile FileChannel channel;
  private volatile boolean closed;

  private CarBlockSource(
      Path path, Path readFrom, Optional<Path> temporary, CarHeader header, CarIndex index)
      throws IOException {
    this.path = path;
    this.name = "car:" + path;
    this.readFrom = readFrom;
    this.temporary = temporary;
    this.header = header;
    this.index = index;
    this.channel = FileChannel.open(readFrom, StandardOpenOption.READ);
  }

  /**
   * Indexes the CAR at {@code path}.
   *
   * @throws BlockException MALFORMED if the file is not a readable CAR (the message names the
   *     offset), or cannot be read
   * @throws F3Exception if the file is zstd-compressed and zstd does not work on this platform
   */
  public static CarBlockSource open(Path path) throws F3Exception {
    Objects.requireNonNull(path, "path");
    PathKind kind = PathKind.of(path);
    if (kind != PathKind.MISSING && !kind.isRegularFile()) {
      // a pipe would be opened twice (to look for zstd, then to index) and blocks are read by
      // position afterwards, which neither a pipe nor a device can give
      throw malformed(
          path
              + ": is "
              + kind.description()
              + ", not a regular file: a CAR's blocks are read by position, so save it to a"
              + " file first",
          null);
    }
    boolean compressed = isZstd(path);
    Optional<Path> temporary = Optional.empty();
    CarIndex index = new CarIndex();
    try {
      CarHeader header;
      if (compressed) {
        temporary = Optional.of(Files.createTempFile("f3console-", ".car"));
        header = indexCompressed(path, temporary.get(), index);
      } else {
        try (CarReader reader = CarReader.open(path)) {
          header = index(reader, index);
        }
      }
      index.finish();
      return new CarBlockSource(path, temporary.orElse(path), temporary, header, index);
    } catch (F3Exception | IOException | RuntimeException e) {
      temporary.ifPresent(CarBlockSource::deleteQuietly);
      closeQuietly(index);
      if (e instanceof SnapshotFormatException format) {
        throw malformed(format.getMessage(), format);
      }
      if (e instanceof IOException io) {
        throw malformed(path + ": cannot read: " + io.getMessage(), io);
      }
      if (e instanceof F3Exception f3) {
        throw f3;
      }
      throw (RuntimeException) e;
    }
  }

  private static boolean isZstd(Path path) throws BlockException {
    byte[] start = new byte[ZstdFrames.magicLength()];
    try (InputStream in = Files.newInputStream(path)) {
      return ZstdFrames.isZstd(start, in.readNBytes(start, 0, start.length));
    } catch (NoSuchFileException e) {
      throw malformed(path + ": no such file", e);
    } catch (IOException e) {
      throw malformed(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static CarHeader indexCompressed(Path path, Path temporary, CarIndex index)
      throws F3Exception, IOException {
    InputStream decompressed;
    try {
      decompressed =
          ZstdFrames.decompressing(
              new BufferedInputStream(Files.newInputStream(path), COPY_BUFFER));
    } catch (ZstdFrames.ZstdUnavailableException e) {
      throw new F3Exception(
          path
              + " is zstd-compressed, but "
              + e.getMessage()
              + "; decompress it first (zstd -d) and open the .car");
    }
    try (OutputStream out =
            new BufferedOutputStream(Files.newOutputStream(temporary), COPY_BUFFER);
        CarReader reader =
            CarReader.open(
                new BufferedInputStream(new Tee(decompressed, out), COPY_BUFFER),
                path + " (decompressed)")) {
      return index(reader, index);
    }
  }

  private static CarHeader index(CarReader reader, CarIndex index) throws BlockException {
    try {
      for (Optional<CarSection> next = reader.nextSectionUnchecked();
          next.isPresent();
          next = reader.nextSectionUnchecked()) {
        CarSection section = next.get();
        int cidLength = section.cid().byteLength();
        long cidOffset = section.dataOffset() - cidLength;
        if (cidOffset > CarIndex.MAX_OFFSET) {
          throw malformed(
              reader.name()
                  + ": block "
                  + section.number()
                  + " at byte "
                  + section.offset()
                  + " lies beyond the 1 TiB an index holds",
              null);
        }
        index.add(section.cid(), cidOffset, cidLength + section.dataLength());
      }
      reader.finishSection();
      return reader.header();
    } catch (SnapshotFormatException e) {
      throw malformed(e.getMessage(), e);
    } catch (BlockException e) {
      throw e;
    } catch (F3Exception e) {
      throw malformed(reader.name() + ": " + e.getMessage(), e);
    }
  }

  /** The CAR's header (version and roots). */
  public CarHeader header() {
    return header;
  }

  /** The roots named by the CAR's header. */
  public List<Cid> roots() {
    return header.roots();
  }

  /** Whether the file was zstd-compressed (and is read from a decompressed temporary copy). */
  public boolean decompressed() {
    return temporary.isPresent();
  }

  /** The decompressed temporary copy being read, for tests. */
  Optional<Path> decompressedCopy() {
    return temporary;
  }

  /** How many blocks the index holds (a block the CAR repeats counts each time). */
  public int indexedBlocks() {
    return index.size();
  }

  /** The bytes the index's entries take, 16 a block, off the heap (a mapped temporary file). */
  public long indexBytes() {
    return index.bytes();
  }

  /** The bytes the index keeps on the heap (a few per 16 MiB segment, whatever the size). */
  public long indexHeapBytes() {
    return index.heapBytes();
  }

  /** The bytes of the index's mapped segments (sparse beyond {@link #indexBytes()}). */
  public long indexMappedBytes() {
    return index.mappedBytes();
  }

  @Override
  public byte[] block(Cid cid) throws BlockException, InterruptedException {
    Objects.requireNonNull(cid, "cid");
    if (closed) {
      throw new IllegalStateException(name + " is closed");
    }
    byte[] want = cid.toBytes();
    for (int i = index.first(cid); index.matches(i, cid); i++) {
      long offset = index.offset(i);
      int length = index.length(i);
      if (length < want.length || !Arrays.equals(readAt(offset, want.length, cid), want)) {
        continue;
      }
      long dataLength = length - want.length;
      if (length == CarIndex.OVERSIZED || dataLength > CarReader.MAX_BLOCK_LENGTH) {
        throw new BlockException(
            BlockException.Reason.MALFORMED,
            Optional.of(cid),
            name
                + ": block "
                + cid
                + " at byte "
                + offset
                + " is larger than the "
                + CarReader.MAX_BLOCK_LENGTH
                + " bytes a block may have");
      }
      byte[] data = readAt(offset + want.length, (int) dataLength, cid);
      BlockCheck.verified(cid, data, name);
      read.incrementAndGet();
      return data;
    }
    throw new BlockException(
        BlockException.Reason.MISSING, Optional.of(cid), "block " + cid + " is not in " + name);
  }

  private byte[] readAt(long offset, int length, Cid cid)
      throws BlockException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      FileChannel current = channel;
      try {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = offset;
        while (buffer.hasRemaining()) {
          int n = current.read(buffer, position);
          if (n < 0) {
            throw new BlockException(
                BlockException.Reason.MALFORMED,
                Optional.of(cid),
                name
                    + ": block "
                    + cid
                    + " is cut off: the file ends at byte "
                    + position
                    + ", the block runs to byte "
                    + (offset + length)
                    + " (did the file change?)");
          }
          position += n;
        }
        return buffer.array();
      } catch (ClosedByInterruptException e) {
        Thread.interrupted();
        reopen(current);
        Thread.currentThread().interrupt();
        throw new InterruptedException("interrupted while reading " + cid + " from " + name);
      } catch (ClosedChannelException e) {
        if (closed || attempt > 0) {
          throw new IllegalStateException(name + " is closed", e);
        }
        reopen(current);
      } catch (IOException e) {
        throw new BlockException(
            BlockException.Reason.MALFORMED,
            Optional.of(cid),
            name + ": cannot read block " + cid + " at byte " + offset + ": " + e.getMessage(),
            e);
      }
    }
  }

  /** A thread interrupted in a read closes the channel for everyone: open it again. */
  private synchronized void reopen(FileChannel broken) throws BlockException {
    if (closed || channel != broken) {
      return;
    }
    try {
      channel = FileChannel.open(readFrom, StandardOpenOption.READ);
    } catch (IOException e) {
      throw malformed(name + ": cannot open the file again: " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public long blocksRead() {
    return read.get();
  }

  /** Closes the file and deletes the decompressed copy, if any. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
      index.close();
    } finally {
      if (temporary.isPresent()) {
        Files.deleteIfExists(temporary.get());
      }
    }
  }

  /** The CAR's path as given. */
  public Path path() {
    return path;
  }

  @Override
  public String toString() {
    return "CarBlockSource[" + path + ", " + index.size() + " blocks]";
  }

  private static BlockException malformed(String message, Throwable cause) {
    return cause == null
        ? new BlockException(BlockException.Reason.MALFORMED, Optional.empty(), message)
        : new BlockException(BlockException.Reason.MALFORMED, Optional.empty(), message, cause);
  }

  private static void closeQuietly(CarIndex index) {
    try {
      index.close();
    } catch (IOException ignored) {
      // The open already failed with a better message; the index file is already deleted.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The open already failed with a better message; the file is in the temporary folder.
    }
  }

  /** Copies every byte read (or skipped) to a file as it passes. */
  private static final class Tee extends InputStream {
    private final InputStream in;
    private final OutputStream out;

    Tee(InputStream in, OutputStream out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        out.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        out.write(buffer, offset, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(COPY_BUFFER, Math.max(1, n))];
      long left = n;
      while (left > 0) {
        int got = read(buffer, 0, (int) Math.min(buffer.length, left));
        if (got < 0) {
          break;
        }
        left -= got;
      }
      return n - left;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
