package io.f3console.core.snapshot;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Writes an F3 snapshot as go-f3's {@code ExportSnapshot} does: the header block, then one block
 * per certificate in the order given, each {@code uvarint(len) || CBOR}, hashing everything written
 * so that {@link #finish()} returns the snapshot's CID (raw, blake2b-256).
 *
 * <p>The writer frames what it is given and checks nothing about the chain: the caller writes the
 * certificates of {@code header.firstInstance()} to {@code header.latestInstance()} in order (as
 * {@link SnapshotExport} does). Not thread-safe.
 */
public final class F3SnapshotWriter implements Closeable {
  private final OutputStream out;
  private final Blake2bDigest digest = new Blake2bDigest(256);
  private long bytes;
  private long certificates;
  private Cid cid;

  private F3SnapshotWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Starts a snapshot on {@code out} (which should be buffered) by writing its header. The writer
   * owns the stream and closes it on {@link #close()}.
   */
  public static F3SnapshotWriter create(OutputStream out, F3SnapshotHeader header)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(header, "header");
    F3SnapshotWriter writer = new F3SnapshotWriter(out);
    writer.writeBlock(F3SnapshotHeaderCbor.encode(header));
    return writer;
  }

  /** Appends one certificate block. */
  public void write(FinalityCertificate certificate) throws IOException {
    writeBlock(FinalityCertificateCbor.encode(certificate));
    certificates++;
  }

  private void writeBlock(byte[] block) throws IOException {
    if (cid != null) {
      throw new IllegalStateException("the snapshot is finished");
    }
    byte[] length = Uvarints.encode(block.length);
    out.write(length);
    out.write(block);
    digest.update(length, 0, length.length);
    digest.update(block, 0, block.length);
    bytes += length.length + block.length;
  }

  /** The certificates written so far. */
  public long certificates() {
    return certificates;
  }

  /** The bytes written so far, framing included. */
  public long bytes() {
    return bytes;
  }

  /** Flushes the stream and returns the snapshot's CID; nothing can be written after it. */
  public Cid finish() throws IOException {
    if (cid == null) {
      out.flush();
      byte[] hash = new byte[32];
      digest.doFinal(hash, 0);
      cid = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.BLAKE2B_256, hash));
    }
    return cid;
  }

  /** Finishes the snapshot if needed and closes the stream. */
  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      out.close();
    }
  }
}
