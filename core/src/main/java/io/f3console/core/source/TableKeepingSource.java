package io.f3console.core.source;

import io.f3console.core.F3Exception;
import io.f3console.core.validation.CertificateStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A source that remembers the initial power table it gave, so that a check's session (the CLI's or
 * the console's) can keep the very table each source was checked with, without asking the source
 * again.
 */
public final class TableKeepingSource implements DataSource {
  private final DataSource source;
  private volatile SourcedTable initial;

  public TableKeepingSource(DataSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The initial table the check read from this source, if it read one. */
  public Optional<SourcedTable> initialTable() {
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
    SourcedTable table = source.initialPowerTable();
    initial = table;
    return table;
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
