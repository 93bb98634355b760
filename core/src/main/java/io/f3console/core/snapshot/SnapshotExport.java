package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.validation.CertificateStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes F3 snapshots, and Filecoin v2 snapshot CARs around them, from certificates that stream in:
 * go-f3's export (header, then every certificate from the first to the latest instance, each
 * checked to be the next one) and Lotus's v2 layout (root metadata block, then the F3 data block;
 * here optionally followed by the initial power table as a DAG-CBOR block). Files are written
 * beside the target and moved into place when complete, so a failed export leaves no half-written
 * file under the target's name.
 */
public final class SnapshotExport {
  /** Told how far an export has got. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (certificates, instance) -> {};

    void certificateWritten(long certificates, long instance);
  }

  /**
   * What was written.
   *
   * @param path the file
   * @param header the F3 snapshot's header
   * @param snapshotCid the F3 snapshot's CID (the F3Data CID of a CAR)
   * @param bytes the file's size
   * @param headTipsetKey the block CIDs of the last certificate's head tipset (empty if they are
   *     not CIDs)
   * @param rootCid the CAR's root, its metadata block, for a CAR
   */
  public record Exported(
      Path path,
      F3SnapshotHeader header,
      Cid snapshotCid,
      long bytes,
      List<Cid> headTipsetKey,
      Optional<Cid> rootCid) {
    public Exported {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(snapshotCid, "snapshotCid");
      headTipsetKey = List.copyOf(headTipsetKey);
      Objects.requireNonNull(rootCid, "rootCid");
    }
  }

  private SnapshotExport() {}

  /**
   * Exports everything a source holds: its certificates and the committee of the first one.
   *
   * @param table the committee of the first certificate, for sources without power tables (a
   *     certificate file)
   * @param car the CAR format, to write a v2 snapshot CAR instead of a bare F3 snapshot
   */
  public static Exported fromSource(
      DataSource source,
      Optional<PowerTable> table,
      Path out,
      Optional<CarWriter.Format> car,
      boolean includePowerTable,
      Progress progress)
      throws F3Exception {
    InstanceRange range = source.certificateRange();
    PowerTable initial = table.isPresent() ? table.get() : source.powerTable(range.first()).table();
    CertificateStream certificates = source.certificates(range.first(), range.latest());
    F3SnapshotHeader header = F3SnapshotHeader.of(range.first(), range.latest(), initial);
    if (car.isEmpty()) {
      return writeF3Snapshot(out, header, certificates, progress);
    }
    return writeCar(out, car.get(), header, certificates, includePowerTable, progress);
  }

  /** Writes an F3 snapshot of the header's instances, read from {@code certificates}. */
  public static Exported writeF3Snapshot(
      Path out, F3SnapshotHeader header, CertificateStream certificates, Progress progress)
      throws F3Exception {
    Path partial = partial(out, ".partial");
    try {
      Exported written = write(partial, header, certificates, progress);
      move(partial, out);
      return new Exported(
          out,
          header,
          written.snapshotCid(),
          written.bytes(),
          written.headTipsetKey(),
          Optional.empty());
    } finally {
      deleteQuietly(partial);
    }
  }

  /**
   * Writes a Filecoin v2 snapshot CAR: the metadata block (root), the F3 data block and, if asked,
   * the header's initial power table as a DAG-CBOR block.
   */
  public static Exported writeCar(
      Path out,
      CarWriter.Format format,
      F3SnapshotHeader header,
      CertificateStream certificates,
      boolean includePowerTable,
      Progress progress)
      throws F3Exception {
    Path f3 = partial(out, ".f3snap.partial");
    try {
      Exported snapshot = write(f3, header, certificates, progress);
      return wrapInCar(out, format, snapshot, includePowerTable);
    } finally {
      deleteQuietly(f3);
    }
  }

  /**
   * Writes a Filecoin v2 snapshot CAR around an F3 snapshot already written (copied into the CAR as
   * its second block, its bytes checked against its CID on the way).
   */
  public static Exported wrapInCar(
      Path out, CarWriter.Format format, Exported snapshot, boolean includePowerTable)
      throws F3Exception {
    Path partial = partial(out, ".partial");
    try {
      SnapshotMetadata metadata =
          SnapshotMetadata.of(snapshot.headTipsetKey(), Optional.of(snapshot.snapshotCid()));
      byte[] metadataBytes = SnapshotMetadataCbor.encode(metadata);
      Cid root = Cid.makeCid(metadataBytes);
      try (CarWriter car = CarWriter.create(partial, format, List.of(root))) {
        car.writeBlock(root, metadataBytes);
        car.writeBlock(snapshot.snapshotCid(), snapshot.path());
        if (includePowerTable) {
          PowerTable table = snapshot.header().initialPowerTable();
          car.writeBlock(table.cid(), table.toCbor());
        }
      } catch (IOException e) {
        throw new SourceException(out + ": cannot write: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new SourceException(
            snapshot.path() + " changed while it was copied into " + out + ": " + e.getMessage(),
            e);
      }
      move(partial, out);
      return new Exported(
          out,
          snapshot.header(),
          snapshot.snapshotCid(),
          size(out),
          snapshot.headTipsetKey(),
          Optional.of(root));
    } finally {
      deleteQuietly(partial);
    }
  }

  private static Exported write(
      Path path, F3SnapshotHeader header, CertificateStream certificates, Progress progress)
      throws F3Exception {
    long count = header.declaredCertificates();
    if (count == 0) {
      throw new SourceException(
          "nothing to export: instances "
              + Long.toUnsignedString(header.firstInstance())
              + ".."
              + Long.toUnsignedString(header.latestInstance())
              + " hold no certificate");
    }
    FinalityCertificate last = null;
    Cid cid;
    try (F3SnapshotWriter writer =
        F3SnapshotWriter.create(
            new BufferedOutputStream(Files.newOutputStream(path), 64 << 10), header)) {
      for (long i = 0; i < count; i++) {
        long instance = header.firstInstance() + i;
        Optional<FinalityCertificate> next = certificates.next();
        if (next.isEmpty() || next.get().instance() != instance) {
          throw new SourceException(
              "cannot export: the certificate of instance "
                  + Long.toUnsignedString(instance)
                  + " is missing ("
                  + (next.isEmpty()
                      ? "the certificates end there"
                      : "instance "
                          + Long.toUnsignedString(next.get().instance())
                          + " comes in its place")
                  + ")");
        }
        last = next.get();
        if (last.supplementalData().powerTable().isEmpty()) {
          // go-f3 reads a null power-table CID from JSON, but DAG-CBOR cannot hold cid.Undef
          throw new SourceException(
              "cannot export: the certificate of instance "
                  + Long.toUnsignedString(instance)
                  + " names no next power table (\"SupplementalData\": {\"PowerTable\": null}),"
                  + " which a snapshot's DAG-CBOR cannot encode");
        }
        writer.write(last);
        progress.certificateWritten(i + 1, instance);
      }
      cid = writer.finish();
    } catch (IOException e) {
      throw new SourceException(path + ": cannot write: " + e.getMessage(), e);
    }
    return new Exported(path, header, cid, size(path), headKey(last), Optional.empty());
  }

  private static List<Cid> headKey(FinalityCertificate last) {
    try {
      return last.chain().isZero() ? List.of() : last.chain().head().keyCids();
    } catch (CidFormatException e) {
      return List.of();
    }
  }

  private static Path partial(Path out, String suffix) {
    return out.resolveSibling(out.getFileName() + suffix);
  }

  private static void move(Path from, Path to) throws SourceException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SourceException(to + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static long size(Path path) throws SourceException {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new SourceException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover partial file is harmless; the export itself succeeded or failed already.
    }
  }
}
