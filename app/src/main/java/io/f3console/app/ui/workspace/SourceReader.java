package io.f3console.app.ui.workspace;

import io.f3console.app.ui.UiTaskRunner;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the console shows from an open source: its starting table and a range of its
 * certificates, no more than the console holds at once.
 */
final class SourceReader {
  /** The most certificates the console keeps (with every stage's events) at once. */
  static final int CERTIFICATE_LIMIT = 20_000;

  /**
   * What was read.
   *
   * @param table the starting table, when the source holds tables
   * @param certificates the certificates read, in order
   * @param available the certificates the source holds, when it holds any
   */
  record Read(
      Optional<SourcedTable> table,
      List<FinalityCertificate> certificates,
      Optional<InstanceRange> available) {}

  private SourceReader() {}

  /**
   * Reads the source's starting table and its certificates from the first instance it holds (or
   * {@code wanted}), at most {@link #CERTIFICATE_LIMIT} of them.
   */
  static Read read(
      DataSource source, Optional<InstanceRange> wanted, UiTaskRunner.Progress progress)
      throws F3Exception, InterruptedException {
    Optional<InstanceRange> available =
        source.hasCertificates() ? Optional.of(source.certificateRange()) : Optional.empty();
    Optional<InstanceRange> range = wanted.isPresent() ? wanted : available;
    Optional<SourcedTable> table = Optional.empty();
    if (source.hasPowerTables()) {
      progress.message("Reading the power table of " + source.spec());
      table =
          Optional.of(
              range.isPresent() && wanted.isPresent()
                  ? source.powerTable(range.get().first())
                  : source.initialPowerTable());
    }
    List<FinalityCertificate> certificates = new ArrayList<>();
    if (range.isPresent()) {
      long first = range.get().first();
      long last = Math.min(range.get().latest(), first + CERTIFICATE_LIMIT - 1);
      long total = last - first + 1;
      CertificateStream stream = source.certificates(first, last);
      for (var next = stream.next(); next.isPresent(); next = stream.next()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("reading cancelled");
        }
        certificates.add(next.get());
        progress.update(certificates.size(), total);
      }
    }
    return new Read(table, certificates, available);
  }
}
