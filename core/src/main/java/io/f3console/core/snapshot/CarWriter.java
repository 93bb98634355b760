package io.f3console.core.snapshot;

import io.f3console.core.cbor.CborValue;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multihash;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CAR file: a CARv1 (header, then {@code uvarint(len) || CID || data} per block), or the
 * same wrapped in a CARv2 (pragma, a 40-byte header giving the CARv1 data's offset and size, no
 * index). Every block written is checked against its CID, so the writer cannot make a file that
 * {@link CarReader} refuses. Not thread-safe.
 */
public final class CarWriter implements Closeable {
  /** The container format. */
  public enum Format {
    V1,
    V2
  }

  private static final int BUFFER = 64 << 10;

  private final FileChannel channel;
  private final OutputStream out;
  private final Format format;
  private long dataBytes;
  private long blocks;
  private boolean closed;

  private CarWriter(FileChannel channel, Format format) {
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
    this.format = format;
  }

  /** Creates (or replaces) {@code path} and writes the headers with these roots. */
  public static CarWriter create(Path path, Format format, List<Cid> roots) throws IOException {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("a CAR needs at least one root");
    }
    FileChannel channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    CarWriter writer = new CarWriter(channel, format);
    try {
      if (format == Format.V2) {
        writer.out.write(CarReader.V2_PRAGMA);
        writer.out.write(new byte[CarReader.V2_HEADER_LENGTH]); // filled in by close()
      }
      writer.writeData(v1Header(roots));
      return writer;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** {@code uvarint(len) || {"roots": [...], "version": 1}}. */
  private static byte[] v1Header(List<Cid> roots) {
    List<CborValue> links = new ArrayList<>();
    roots.forEach(root -> links.add(new CborValue.Link(root)));
    byte[] map =
        new CborWriter(64 + 40 * roots.size())
            .writeValue(
                new CborValue.MapValue(
                    List.of(
                        new CborValue.Entry("roots", new CborValue.Array(links)),
                        new CborValue.Entry("version", new CborValue.UnsignedInteger(1)))))
            .toByteArray();
    ByteArrayOutputStream header = new ByteArrayOutputStream(map.length + 2);
    header.writeBytes(Uvarints.encode(map.length));
    header.writeBytes(map);
    return header.toByteArray();
  }

  /** Writes a block with a dag-cbor or raw (any codec) blake2b-256 CID; returns the CID. */
  public Cid writeBlock(long codec, byte[] data) throws IOException {
    Cid cid = Cid.v1(codec, Multihash.blake2b256(data));
    writeBlock(cid, data);
    return cid;
  }

  /**
   * Writes a block under a given CID.
   *
   * @throws IllegalArgumentException if the data does not hash to the CID
   */
  public void writeBlock(Cid cid, byte[] data) throws IOException {
    BlockHasher hasher = hasherFor(cid);
    hasher.update(data, 0, data.length);
    if (!hasher.matches()) {
      throw new IllegalArgumentException("the data does not hash to " + cid);
    }
    writeSectionHeader(cid, data.length);
    writeData(data);
    blocks++;
  }

  /**
   * Writes a block whose data is a file, streaming it.
   *
   * @throws IllegalArgumentException if the file does not hash to the CID (the CAR is then broken
   *     and should be deleted)
   */
  public void writeBlock(Cid cid, Path data) throws IOException {
    BlockHasher hasher = hasherFor(cid);
    long length = Files.size(data);
    writeSectionHeader(cid, length);
    byte[] buffer = new byte[BUFFER];
    long copied = 0;
    try (InputStream in = Files.newInputStream(data)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        hasher.update(buffer, 0, n);
        out.write(buffer, 0, n);
        copied += n;
      }
    }
    dataBytes += copied;
    if (copied != length || !hasher.matches()) {
      throw new IllegalArgumentException(
          data + " does not hash to " + cid + " (or changed while it was copied)");
    }
    blocks++;
  }

  private static BlockHasher hasherFor(Cid cid) {
    return BlockHasher.forCid(cid)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot check data against " + cid + ": unsupported hash function"));
  }

  private void writeSectionHeader(Cid cid, long dataLength) throws IOException {
    if (closed) {
      throw new IllegalStateException("the CAR is closed");
    }
    byte[] cidBytes = cid.toBytes();
    writeData(Uvarints.encode(cidBytes.length + dataLength));
    writeData(cidBytes);
  }

  private void writeData(byte[] bytes) throws IOException {
    out.write(bytes);
    dataBytes += bytes.length;
  }

  /** The blocks written so far. */
  public long blocks() {
    return blocks;
  }

  /** Flushes, fills in the CARv2 header, and closes the file. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (channel) {
      out.flush();
      if (format == Format.V2) {
        ByteBuffer header =
            ByteBuffer.allocate(CarReader.V2_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.position(16);
        header.putLong(CarReader.V2_PRAGMA.length + CarReader.V2_HEADER_LENGTH);
        header.putLong(dataBytes);
        header.putLong(0);
        header.flip();
        channel.write(header, CarReader.V2_PRAGMA.length);
      }
    }
  }
}
