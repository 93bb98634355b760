package io.f3console.core.source;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.inspect.PeekedInput;
import io.f3console.core.validation.CertificateStream;
import java.util.List;
import java.util.Objects;

/**
 * A power-table file or a certificate file ({@code file:PATH}), read whole (both are small: a table
 * is at most 8,192 entries, and a certificate file is what people export by hand).
 */
public final class FileSource implements DataSource {
  private final SourceSpec spec;
  private final DataFile file;

  private FileSource(SourceSpec spec, DataFile file) {
    this.spec = spec;
    this.file = file;
  }

  public static FileSource open(SourceSpec spec) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    return new FileSource(spec.as(SourceKind.FILE), DataFile.read(spec.path()));
  }

  /**
   * A file already opened to recognise it: read from the same stream, so a pipe works as well as a
   * regular file.
   */
  public static FileSource open(SourceSpec spec, PeekedInput opened) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    return new FileSource(spec.as(SourceKind.FILE), DataFile.read(opened));
  }

  @Override
  public SourceSpec spec() {
    return spec;
  }

  @Override
  public boolean hasPowerTables() {
    return file.kind() == DataFile.Kind.POWER_TABLE;
  }

  @Override
  public boolean hasCertificates() {
    return file.kind() == DataFile.Kind.CERTIFICATES;
  }

  @Override
  public SourcedTable initialPowerTable() throws F3Exception {
    if (!hasPowerTables()) {
      throw new SourceException(spec + " holds certificates, not a power table");
    }
    PowerTable table = file.table().get().toTable();
    long instance = file.table().get().instance().orElse(0L);
    return new SourcedTable(instance, table, "the file " + spec.path().getFileName());
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    SourcedTable table = initialPowerTable();
    boolean declared = file.table().get().instance().isPresent();
    if (declared && table.instance() != instance) {
      throw new SourceException(
          spec
              + " holds the table of instance "
              + Long.toUnsignedString(table.instance())
              + ", not of instance "
              + Long.toUnsignedString(instance));
    }
    return new SourcedTable(instance, table.table(), table.origin());
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    List<FinalityCertificate> certs = certificates();
    return new InstanceRange(certs.get(0).instance(), certs.get(certs.size() - 1).instance());
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    return CertificateStream.of(SourceRanges.slice(spec, certificates(), from, to));
  }

  private List<FinalityCertificate> certificates() throws SourceException {
    if (!hasCertificates()) {
      throw new SourceException(spec + " holds a power table, not certificates");
    }
    return file.certificates();
  }

  @Override
  public void close() {}
}
