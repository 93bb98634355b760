package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A Filecoin snapshot CAR as FRC-0108 defines it, opened without reading more than its first two
 * blocks. A v2 snapshot has one root, the CID of its first block, a DAG-CBOR {@link
 * SnapshotMetadata} with version 2; when the metadata names {@code F3Data}, the second block is the
 * F3 snapshot, a raw block whose CID is blake2b-256 over its bytes. Anything else is a v1 snapshot
 * (FRC-0108's fallback), reported as {@link F3DataStatus#NOT_V2}, not as an error.
 *
 * <p>Errors are what Lotus refuses: metadata that names F3 data whose block is not second ("F3Data
 * CID mismatch"), and every malformed CAR structure. The F3 data itself is checked as it is read:
 * {@link #openF3Data()} gives a reader that fails at the end if the bytes do not hash to the
 * metadata's CID.
 */
public final class CarSnapshot {
  /** Root blocks larger than this are not read as metadata (a real one is a few hundred bytes). */
  public static final int MAX_METADATA_LENGTH = 1 << 20;

  /** Whether the CAR carries F3 data. */
  public enum F3DataStatus {
    /** A v2 snapshot whose second block is F3 data. */
    PRESENT,
    /** A v2 snapshot whose metadata names no F3 data. */
    ABSENT,
    /** Not a v2 snapshot (a v1 snapshot, or a CAR of something else): no F3 data. */
    NOT_V2
  }

  private final Path path;
  private final CarHeader header;
  private final Optional<SnapshotMetadata> metadata;
  private final F3DataStatus status;
  private final String statusDetail;
  private final Optional<CarSection> f3Section;

  private CarSnapshot(
      Path path,
      CarHeader header,
      Optional<SnapshotMetadata> metadata,
      F3DataStatus status,
      String statusDetail,
      Optional<CarSection> f3Section) {
    this.path = path;
    this.header = header;
    this.metadata = metadata;
    this.status = status;
    this.statusDetail = statusDetail;
    this.f3Section = f3Section;
  }

  /**
   * Reads the CAR's headers, its root block and the section header of its second block.
   *
   * @throws F3Exception if the CAR is malformed, or its metadata names F3 data that is not the
   *     second block
   */
  public static CarSnapshot open(Path path) throws F3Exception {
    Objects.requireNonNull(path, "path");
    try (CarReader reader = CarReader.open(path)) {
      CarHeader header = reader.header();
      if (header.roots().size() != 1) {
        return v1(
            path,
            header,
            "the CAR has " + header.roots().size() + " roots; a v2 snapshot has one, its metadata");
      }
      Cid root = header.roots().get(0);
      Optional<CarSection> first = reader.nextSection();
      if (first.isEmpty()) {
        return v1(path, header, "the CAR holds no blocks");
      }
      if (!first.get().cid().equals(root)) {
        return v1(path, header, "the first block is not the root " + root);
      }
      if (first.get().dataLength() > MAX_METADATA_LENGTH) {
        return v1(
            path,
            header,
            "the root block holds "
                + first.get().dataLength()
                + " bytes, too many for SnapshotMetadata");
      }
      SnapshotMetadata metadata;
      byte[] rootBlock = reader.readData();
      try {
        metadata = SnapshotMetadataCbor.decode(rootBlock);
      } catch (CborDecodingException e) {
        return v1(path, header, "the root block is not SnapshotMetadata: " + e.getMessage());
      }
      if (metadata.version() != SnapshotMetadata.VERSION) {
        return new CarSnapshot(
            path,
            header,
            Optional.of(metadata),
            F3DataStatus.NOT_V2,
            "SnapshotMetadata version "
                + Long.toUnsignedString(metadata.version())
                + " (FRC-0108 defines only 2)",
            Optional.empty());
      }
      if (metadata.f3Data().isEmpty()) {
        return new CarSnapshot(
            path,
            header,
            Optional.of(metadata),
            F3DataStatus.ABSENT,
            "the metadata names no F3 data",
            Optional.empty());
      }
      CarSection f3 = secondBlock(reader, metadata.f3Data().get(), path);
      return new CarSnapshot(
          path,
          header,
          Optional.of(metadata),
          F3DataStatus.PRESENT,
          "the second block, " + f3.dataLength() + " bytes at byte " + f3.dataOffset(),
          Optional.of(f3));
    } catch (IOException e) {
      throw new SnapshotFormatException(path + ": cannot close: " + e.getMessage(), 0, e);
    }
  }

  private static CarSection secondBlock(CarReader reader, Cid f3Data, Path path)
      throws F3Exception {
    long after = reader.position();
    Optional<CarSection> second = reader.nextSection();
    if (second.isEmpty()) {
      throw new SnapshotFormatException(
          path
              + ": F3Data CID mismatch: the metadata names "
              + f3Data
              + ", but the CAR ends at byte "
              + reader.position()
              + " after the metadata block",
          after);
    }
    if (!second.get().cid().equals(f3Data)) {
      throw new SnapshotFormatException(
          path
              + ": F3Data CID mismatch: the metadata names "
              + f3Data
              + ", but the second block, at byte "
              + second.get().offset()
              + ", is "
              + second.get().cid(),
          second.get().offset());
    }
    if (f3Data.multihash().code() != Multicodec.BLAKE2B_256) {
      throw new SnapshotFormatException(
          path
              + ": the F3 data "
              + f3Data
              + " is named by a "
              + Multicodec.name(f3Data.multihash().code())
              + " hash; F3 snapshots are identified"
              + " by blake2b-256",
          second.get().offset());
    }
    return second.get();
  }

  private static CarSnapshot v1(Path path, CarHeader header, String why) {
    return new CarSnapshot(
        path, header, Optional.empty(), F3DataStatus.NOT_V2, why, Optional.empty());
  }

  public Path path() {
    return path;
  }

  public CarHeader header() {
    return header;
  }

  /** The metadata, when the root block is one (even of an unknown version). */
  public Optional<SnapshotMetadata> metadata() {
    return metadata;
  }

  public F3DataStatus f3DataStatus() {
    return status;
  }

  /** Why the status is what it is, for people (e.g. why the file is read as v1). */
  public String f3DataDetail() {
    return statusDetail;
  }

  /** Where the F3 data block is, when there is one. */
  public Optional<CarSection> f3DataSection() {
    return f3Section;
  }

  /** The F3 data's CID, when there is F3 data. */
  public Optional<Cid> f3DataCid() {
    return f3Section.map(CarSection::cid);
  }

  /** The F3 data's bytes, opened from their start on each call. */
  public F3SnapshotSource.SnapshotBytes f3Bytes() throws F3Exception {
    CarSection section = requireF3Data();
    FileRegion region = new FileRegion(path, section.dataOffset(), section.dataLength());
    return region::open;
  }

  /**
   * A reader over the F3 data block, read from the file; it fails at the end of the block if the
   * bytes do not hash to the F3Data CID.
   */
  public F3SnapshotReader openF3Data() throws F3Exception {
    CarSection section = requireF3Data();
    try {
      return F3SnapshotReader.open(
          new BufferedInputStream(f3Bytes().open(), 64 << 10),
          f3DataName(),
          Optional.of(section.cid()));
    } catch (IOException e) {
      throw new SnapshotFormatException(
          path + ": cannot read: " + e.getMessage(), section.dataOffset(), e);
    }
  }

  /** How messages name the F3 data. */
  public String f3DataName() {
    return "the F3 data of " + path;
  }

  private CarSection requireF3Data() throws SnapshotFormatException {
    return f3Section.orElseThrow(
        () -> new SnapshotFormatException(path + " holds no F3 data: " + statusDetail, 0));
  }

  /**
   * The power table stored as a DAG-CBOR block under {@code cid}, found by reading the CAR from the
   * start (every block passed is checked against its CID).
   *
   * @return empty if no block has that CID
   * @throws F3Exception if the block is not a DAG-CBOR power table, or the CAR is malformed
   */
  public Optional<PowerTable> powerTableBlock(Cid cid) throws F3Exception {
    Objects.requireNonNull(cid, "cid");
    try (CarReader reader = CarReader.open(path)) {
      Optional<CarSection> section;
      while ((section = reader.nextSection()).isPresent()) {
        if (section.get().cid().equals(cid)) {
          return Optional.of(decodeTable(section.get(), reader.readData()));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new SnapshotFormatException(path + ": cannot close: " + e.getMessage(), 0, e);
    }
  }

  private PowerTable decodeTable(CarSection section, byte[] data) throws F3Exception {
    String where =
        path
            + ": block "
            + section.number()
            + " ("
            + section.cid()
            + ") at byte "
            + section.offset();
    if (section.cid().codec() != Multicodec.DAG_CBOR) {
      throw new SnapshotFormatException(
          where + " is " + Multicodec.name(section.cid().codec()) + ", not a DAG-CBOR power table",
          section.offset());
    }
    try {
      return PowerTable.of(PowerEntriesCbor.decode(data));
    } catch (CborDecodingException e) {
      long at = section.dataOffset() + e.offset();
      throw new SnapshotFormatException(
          where + " is not a power table: " + e.problem() + " at byte " + at, at, e);
    } catch (InvalidPowerTableException e) {
      throw new SnapshotFormatException(
          where + " is not a usable power table: " + e.getMessage(), section.offset(), e);
    }
  }

  @Override
  public String toString() {
    return "CarSnapshot[" + path + ", CARv" + header.version() + ", F3 data " + status + "]";
  }
}
