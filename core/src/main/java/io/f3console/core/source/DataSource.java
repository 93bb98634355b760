package io.f3console.core.source;

import io.f3console.core.F3Exception;
import io.f3console.core.validation.CertificateStream;

/**
 * An open source of power tables and certificates. A source may hold only one of them (a
 * power-table file, a certificate file); asking for what it does not hold is a {@link
 * SourceException} that says so. Certificates stream in instance order, so a source of millions
 * never needs them in memory at once. Close it to release files and connections.
 */
public interface DataSource extends AutoCloseable {
  /** The source's string form. */
  SourceSpec spec();

  /** Whether {@link #initialPowerTable()} and {@link #powerTable(long)} can answer. */
  boolean hasPowerTables();

  /** Whether {@link #certificateRange()} and {@link #certificates} can answer. */
  boolean hasCertificates();

  /**
   * The first power table the source holds: a file's table, a snapshot header's initial table, a
   * node's table for the manifest's initial instance.
   */
  SourcedTable initialPowerTable() throws F3Exception;

  /** The committee of {@code instance}. */
  SourcedTable powerTable(long instance) throws F3Exception;

  /** The instances of the certificates the source holds now. */
  InstanceRange certificateRange() throws F3Exception;

  /**
   * The certificates from {@code from} to {@code to}, inclusive, in order. The stream may end early
   * only by failing; a missing certificate is an error naming its instance.
   */
  CertificateStream certificates(long from, long to) throws F3Exception;

  @Override
  void close() throws F3Exception;
}
