package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.PathKind;
import io.f3console.core.cid.Cid;
import io.f3console.core.open.Sources;
import io.f3console.core.snapshot.CarSnapshot;
import io.f3console.core.snapshot.F3SnapshotReader;
import io.f3console.core.snapshot.SnapshotFormatException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A snapshot named on the command line, recognised from its content: a bare F3 snapshot, or a
 * Filecoin snapshot CAR (v1 or v2, in a CARv1 or CARv2 container).
 */
final class SnapshotFile {
  private final Path path;
  private final SourceKind kind;
  private final Optional<CarSnapshot> car;
  private final long size;

  private SnapshotFile(Path path, SourceKind kind, Optional<CarSnapshot> car, long size) {
    this.path = path;
    this.kind = kind;
    this.car = car;
    this.size = size;
  }

  static SnapshotFile open(Path path) throws F3Exception {
    requireSnapshotFile(path);
    SourceKind kind = Sources.recognise(path);
    if (kind != SourceKind.CAR && kind != SourceKind.F3SNAP) {
      throw new F3Exception(
          path
              + ": not a snapshot (neither a CAR nor an F3 snapshot);"
              + " power tables and certificates are read by 'powertable' and 'certs'");
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new F3Exception(path + ": cannot read: " + e.getMessage(), e);
    }
    Optional<CarSnapshot> car =
        kind == SourceKind.CAR ? Optional.of(CarSnapshot.open(path)) : Optional.empty();
    return new SnapshotFile(path, kind, car, size);
  }

  /**
   * Refuses, before opening it, a path that is not a regular file: a snapshot is read in several
   * passes and a CAR is seeked in, which a folder, a pipe or a device (endless, for {@code
   * /dev/zero}) cannot give.
   */
  static void requireSnapshotFile(Path path) throws F3Exception {
    PathKind kind = PathKind.of(path);
    if (kind == PathKind.MISSING) {
      throw new F3Exception(path + ": no such file");
    }
    if (!kind.isRegularFile()) {
      throw new F3Exception(
          path
              + ": is "
              + kind.description()
              + ", not a snapshot file: a snapshot is read in several passes, so give a"
              + " regular file (save a stream to a file first)");
    }
  }

  Path path() {
    return path;
  }

  long size() {
    return size;
  }

  /** The CAR, when the file is one. */
  Optional<CarSnapshot> car() {
    return car;
  }

  /** Whether there is an F3 snapshot to read (always, for a bare F3 snapshot). */
  boolean hasF3Data() {
    return car.map(c -> c.f3DataStatus() == CarSnapshot.F3DataStatus.PRESENT).orElse(true);
  }

  /** The CID the F3 data must hash to: the metadata's F3Data, for a CAR. */
  Optional<Cid> expectedCid() {
    return car.flatMap(CarSnapshot::f3DataCid);
  }

  /** The source string of the file, for {@link Sources#open}. */
  SourceSpec spec() {
    return SourceSpec.of(kind, path);
  }

  /** "F3 snapshot" or "CARv1"/"CARv2". */
  String format() {
    return car.map(c -> "CARv" + c.header().version()).orElse("F3 snapshot");
  }

  /**
   * A reader over the F3 snapshot that does not itself compare the CID, so that a mismatch is
   * reported as a finding ({@link #expectedCid()}) rather than an error.
   */
  F3SnapshotReader openF3() throws F3Exception {
    if (car.isEmpty()) {
      return F3SnapshotReader.open(path);
    }
    try {
      return F3SnapshotReader.open(
          new BufferedInputStream(car.get().f3Bytes().open(), 64 << 10),
          car.get().f3DataName(),
          Optional.empty());
    } catch (IOException e) {
      throw new SnapshotFormatException(path + ": cannot read: " + e.getMessage(), 0, e);
    }
  }
}
