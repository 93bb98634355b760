package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import java.util.Optional;

/**
 * A source that keeps the initial power table it handed out, so that a command can record the
 * table a check used without asking the source a second time.
 */
final class TableKeepingSource implements DataSource {
  private final DataSource source;
  private SourcedTable initial;

  TableKeepingSource(DataSource source) {
    this.source = source;
  }

  /** The initial power table, once it has been asked for. */
  Optional<SourcedTable> initialTable() {
    return Optional.ofNullable(initial);
  }

  @Override
  public SourceSpec spec() {
    return source.spec();
  }

  @Override
  public boolean hasPowerTables() {
    return source.hasPowerTables();
  }

  @Override
  public boolean hasCertificates() {
    return source.hasCertificates();
  }

  @Override
  public SourcedTable initialPowerTable() throws F3Exception {
    initial = source.initialPowerTable();
    return initial;
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    return source.powerTable(instance);
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    return source.certificateRange();
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    return source.certificates(from, to);
  }

  @Override
  public void close() throws F3Exception {
    source.close();
  }
}
