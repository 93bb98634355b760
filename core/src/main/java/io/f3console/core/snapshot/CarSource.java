package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A Filecoin snapshot CAR as a source ({@code car:PATH}): the F3 snapshot in its F3 data block,
 * read in place from the file (see {@link F3SnapshotSource}), checked against the metadata's F3Data
 * CID whenever it is read to the end. A CAR without F3 data (a v1 snapshot, or v2 metadata without
 * F3Data) opens, and says so when asked for tables or certificates.
 */
public final class CarSource implements DataSource {
  private final SourceSpec spec;
  private final CarSnapshot snapshot;
  private final Optional<F3SnapshotSource> f3;

  private CarSource(SourceSpec spec, CarSnapshot snapshot, Optional<F3SnapshotSource> f3) {
    this.spec = spec;
    this.snapshot = snapshot;
    this.f3 = f3;
  }

  /** Opens {@code car:PATH}: its headers, metadata and F3 snapshot header. */
  public static CarSource open(SourceSpec spec) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    SourceSpec known = spec.as(SourceKind.CAR);
    CarSnapshot snapshot = CarSnapshot.open(spec.path());
    if (snapshot.f3DataStatus() != CarSnapshot.F3DataStatus.PRESENT) {
      return new CarSource(known, snapshot, Optional.empty());
    }
    F3SnapshotSource f3 =
        F3SnapshotSource.over(
            known, snapshot.f3DataName(), snapshot.f3Bytes(), snapshot.f3DataCid());
    return new CarSource(known, snapshot, Optional.of(f3));
  }

  /** The CAR as a snapshot: its headers, metadata and where the F3 data is. */
  public CarSnapshot snapshot() {
    return snapshot;
  }

  /** The embedded F3 snapshot's header, if the CAR has F3 data. */
  public Optional<F3SnapshotHeader> f3Header() {
    return f3.map(F3SnapshotSource::header);
  }

  @Override
  public SourceSpec spec() {
    return spec;
  }

  @Override
  public boolean hasPowerTables() {
    return f3.isPresent();
  }

  @Override
  public boolean hasCertificates() {
    return f3.isPresent() && f3.get().hasCertificates();
  }

  @Override
  public SourcedTable initialPowerTable() throws F3Exception {
    return f3().initialPowerTable();
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    return f3().powerTable(instance);
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    return f3().certificateRange();
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    return f3().certificates(from, to);
  }

  private F3SnapshotSource f3() throws SourceException {
    return f3.orElseThrow(
        () -> new SourceException(spec + " holds no F3 data: " + snapshot.f3DataDetail()));
  }

  @Override
  public void close() throws F3Exception {
    if (f3.isPresent()) {
      f3.get().close();
    }
  }
}
