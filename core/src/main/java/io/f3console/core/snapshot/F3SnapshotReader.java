package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import io.f3console.core.validation.CertificateStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Reads an F3 snapshot (FRC-0108, go-f3 {@code certstore/snapshot.go}) one block at a time: {@code
 * uvarint(len) || header CBOR}, then {@code uvarint(len) || certificate CBOR} per certificate. Only
 * the current block is in memory, so a snapshot of millions of certificates reads in constant
 * memory.
 *
 * <p>Rules, as go-f3's import reads them: lengths are Go uvarints (at most 10 bytes, non-minimal
 * forms accepted); the stream ends cleanly only at a block boundary. Limits: the header block at
 * most {@link #MAX_HEADER_LENGTH} bytes, a certificate block at most {@link
 * #MAX_CERTIFICATE_LENGTH}. Like go-f3, bytes after the CBOR value inside a block are ignored (they
 * are counted in {@link #blocksWithTrailingBytes()}). One deliberate difference: a file that ends
 * right after a block's length prefix is truncated here, where go-f3's reader sees a clean end.
 *
 * <p>As it reads, it hashes every byte: once the end is reached, {@link #snapshotCid()} is the
 * snapshot's CID (raw codec, blake2b-256 over the whole stream), the CID a Filecoin v2 snapshot
 * names as {@code F3Data}. Given an expected CID, the end of the stream is an error when the two
 * differ. Every error names the source, the block and the byte offset.
 *
 * <p>Not thread-safe.
 */
public final class F3SnapshotReader implements CertificateStream, Closeable {
  /** The largest header block read (a table of 8,192 entries takes about 550 KB). */
  public static final int MAX_HEADER_LENGTH = 16 << 20;

  /** The largest certificate block read. */
  public static final int MAX_CERTIFICATE_LENGTH = 16 << 20;

  private final PositionedInput input;
  private final String name;
  private final Optional<Cid> expectedCid;
  private final Blake2bDigest digest = new Blake2bDigest(256);
  private F3SnapshotHeader header;
  private long certificateBlocks;
  private long blocksWithTrailingBytes;
  private int largestCertificateBlock;
  private int headerLength;
  private Cid snapshotCid;

  private F3SnapshotReader(InputStream in, String name, Optional<Cid> expectedCid) {
    this.input = new PositionedInput(in, 0);
    this.name = name;
    this.expectedCid = expectedCid;
    input.tap(digest::update);
  }

  /** Opens a snapshot file and reads its header. */
  public static F3SnapshotReader open(Path path) throws F3Exception {
    InputStream in = PositionedInput.openFile(path);
    return open(in, path.toString(), Optional.empty());
  }

  /**
   * Reads the header from a stream (which should be buffered). The reader owns the stream from now
   * on and closes it on failure and on {@link #close()}.
   *
   * @param name the source's name in messages (a path, "the F3 data of x.car")
   * @param expectedCid the CID the whole stream must hash to, checked at its end
   */
  public static F3SnapshotReader open(InputStream in, String name, Optional<Cid> expectedCid)
      throws F3Exception {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expectedCid, "expectedCid");
    F3SnapshotReader reader = new F3SnapshotReader(in, name, expectedCid);
    try {
      reader.readHeader();
      return reader;
    } catch (F3Exception e) {
      reader.input.closeQuietly();
      throw e;
    }
  }

  private void readHeader() throws F3Exception {
    Block block = readBlock(MAX_HEADER_LENGTH);
    if (block == null) {
      throw new SnapshotFormatException(
          name + ": empty: an F3 snapshot starts with its header" + " block", 0);
    }
    CborReader reader = new CborReader(block.data);
    try {
      header = F3SnapshotHeaderCbor.read(reader);
    } catch (CborDecodingException e) {
      throw decodingError(block, e);
    }
    headerLength = block.data.length;
    noteTrailingBytes(reader);
  }

  /** The header, read when the reader was opened. */
  public F3SnapshotHeader header() {
    return header;
  }

  /**
   * The next certificate, or empty at the clean end of the stream.
   *
   * @throws SnapshotFormatException for a malformed block (truncated, oversized, bad CBOR), or at
   *     the end when the stream does not hash to the expected CID
   */
  @Override
  public Optional<FinalityCertificate> next() throws F3Exception {
    Block block = readBlock(MAX_CERTIFICATE_LENGTH);
    if (block == null) {
      return Optional.empty();
    }
    CborReader reader = new CborReader(block.data);
    FinalityCertificate certificate;
    try {
      certificate = FinalityCertificateCbor.read(reader);
    } catch (CborDecodingException e) {
      throw decodingError(block, e);
    }
    noteTrailingBytes(reader);
    return Optional.of(certificate);
  }

  /**
   * Reads past the next certificate block without decoding it (still hashing it).
   *
   * @return false at the clean end of the stream
   */
  public boolean skip() throws F3Exception {
    return readBlock(MAX_CERTIFICATE_LENGTH) != null;
  }

  /** How many certificate blocks have been read or skipped. */
  public long certificateBlocks() {
    return certificateBlocks;
  }

  /** How many bytes have been read, framing included. */
  public long position() {
    return input.position();
  }

  /** The header block's length (without its varint). */
  public int headerLength() {
    return headerLength;
  }

  /** The longest certificate block so far (without its varint). */
  public int largestCertificateBlock() {
    return largestCertificateBlock;
  }

  /** Blocks (header included) whose CBOR value ended before the block did. */
  public long blocksWithTrailingBytes() {
    return blocksWithTrailingBytes;
  }

  /** Whether the clean end of the stream has been reached. */
  public boolean atEnd() {
    return snapshotCid != null;
  }

  /** The snapshot's CID (raw, blake2b-256 of every byte), once the end has been reached. */
  public Optional<Cid> snapshotCid() {
    return Optional.ofNullable(snapshotCid);
  }

  /** The source's name, as used in messages. */
  public String name() {
    return name;
  }

  private Block readBlock(int maxLength) throws F3Exception {
    if (snapshotCid != null) {
      return null;
    }
    long number = header == null ? 0 : certificateBlocks + 1;
    String what = name + ": " + describe(number);
    long start = input.position();
    try {
      Uvarints.Uvarint length = Uvarints.read(input, Uvarints.Rule.GO_BINARY, what);
      if (length == null) {
        if (header != null) {
          finish();
        }
        return null;
      }
      if (Long.compareUnsigned(length.value(), maxLength) > 0) {
        throw new SnapshotFormatException(
            what
                + " at byte "
                + start
                + " declares "
                + Long.toUnsignedString(length.value())
                + " bytes, more than the limit of "
                + maxLength,
            start);
      }
      int declared = (int) length.value();
      long dataStart = input.position();
      byte[] data = input.readUpTo(declared);
      if (data.length < declared) {
        throw new SnapshotFormatException(
            what
                + " at byte "
                + start
                + " is truncated: "
                + declared
                + " bytes declared, "
                + data.length
                + " present (the input ends at byte "
                + input.position()
                + ")",
            input.position());
      }
      if (header != null) {
        certificateBlocks++;
        largestCertificateBlock = Math.max(largestCertificateBlock, declared);
      }
      return new Block(number, start, dataStart, data);
    } catch (IOException e) {
      throw new SnapshotFormatException(
          what + ": cannot read at byte " + input.position() + ": " + e.getMessage(),
          input.position(),
          e);
    }
  }

  private void finish() throws SnapshotFormatException {
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    Cid computed = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.BLAKE2B_256, out));
    if (expectedCid.isPresent() && !expectedCid.get().equals(computed)) {
      throw new SnapshotFormatException(
          name
              + ": the F3 data hashes to "
              + computed
              + ", not to the CID it is named by, "
              + expectedCid.get()
              + " (F3Data CID mismatch)",
          input.position());
    }
    snapshotCid = computed;
  }

  private static String describe(long number) {
    return number == 0
        ? "block 0 (the header)"
        : "block " + number + " (certificate " + number + ")";
  }

  private SnapshotFormatException decodingError(Block block, CborDecodingException e) {
    long at = block.dataStart + e.offset();
    return new SnapshotFormatException(
        name
            + ": "
            + describe(block.number)
            + " at byte "
            + block.start
            + ": "
            + e.problem()
            + " at byte "
            + at,
        at,
        e);
  }

  private void noteTrailingBytes(CborReader reader) {
    if (!reader.atEnd()) {
      blocksWithTrailingBytes++;
    }
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  /** One block: its number (0 = header), where it starts, where its bytes start, the bytes. */
  private record Block(long number, long start, long dataStart, byte[] data) {}
}
