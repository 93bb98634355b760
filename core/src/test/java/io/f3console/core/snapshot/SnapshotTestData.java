package io.f3console.core.snapshot;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.validation.CertificateStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small generated chain shared by the snapshot tests, and helpers to frame its bytes. */
final class SnapshotTestData {
  static final String NETWORK = "f3-snapshot-test";
  private static SyntheticChain chain;

  private SnapshotTestData() {}

  /** 12 participants, 30 certificates, committees that change at most instances. */
  static synchronized SyntheticChain chain() {
    if (chain == null) {
      try {
        chain = SyntheticNetwork.of(SimulationSpec.of(11, 12, 30, NETWORK)).generate();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return chain;
  }

  static F3SnapshotHeader header() {
    return F3SnapshotHeader.of(0, chain().certificates().size() - 1, chain().initialTable());
  }

  /** The snapshot bytes of a header and certificates, as the writer makes them. */
  static Written write(F3SnapshotHeader header, List<FinalityCertificate> certificates) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Cid cid;
    long bytes;
    try (F3SnapshotWriter writer = F3SnapshotWriter.create(out, header)) {
      for (FinalityCertificate certificate : certificates) {
        writer.write(certificate);
      }
      cid = writer.finish();
      bytes = writer.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(out.toByteArray(), cid, bytes);
  }

  /** The whole chain as a snapshot. */
  static Written chainSnapshot() {
    return write(header(), chain().certificates());
  }

  /** {@code uvarint(len) || block}. */
  static byte[] frame(byte[] block) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Uvarints.encode(block.length));
    out.writeBytes(block);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static F3SnapshotReader reader(byte[] bytes) throws Exception {
    return F3SnapshotReader.open(new ByteArrayInputStream(bytes), "test.f3snap", Optional.empty());
  }

  static List<FinalityCertificate> readAll(CertificateStream stream) throws Exception {
    List<FinalityCertificate> certificates = new ArrayList<>();
    Optional<FinalityCertificate> next;
    while ((next = stream.next()).isPresent()) {
      certificates.add(next.get());
    }
    return certificates;
  }

  /** Written bytes with the writer's CID and byte count. */
  record Written(byte[] bytes, Cid cid, long count) {}
}
