package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.trust.NetworkIdentification;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.IOException;
import java.util.Optional;

/**
 * What a command that validates certificates reads, worked out once for every such command ({@code
 * certs validate}, {@code participation}): the certificates (a file, or a range of a source's), the
 * table of the first instance (a file or source given with --power-table, else the source's own
 * committee) and the instance validation starts at, with the trust assessor of the network. Closing
 * it closes the certificates and the source.
 */
final class ValidationInput implements AutoCloseable {
  private final TrustAssessor assessor;
  private final LoadedPowerTable loaded;
  private final long start;
  private final CertificateInput certificates;
  private final Optional<DataSource> source;

  private ValidationInput(
      TrustAssessor assessor,
      LoadedPowerTable loaded,
      long start,
      CertificateInput certificates,
      Optional<DataSource> source) {
    this.assessor = assessor;
    this.loaded = loaded;
    this.start = start;
    this.certificates = certificates;
    this.source = source;
  }

  /**
   * Opens the certificates and the first table.
   *
   * @param certs CERTS
   * @param table --power-table, if given
   * @param from --from, if given
   * @param to --to, if given (refused for a certificate file, which is read to its end)
   * @throws F3Exception on bad input (exit 2) or a source that fails
   */
  static ValidationInput open(
      NetworkSelection selection,
      SourceArgument certs,
      Optional<SourceArgument> table,
      Optional<Long> from,
      Optional<Long> to,
      NodeAccessOptions node)
      throws Exception {
    TrustAssessor assessor = TrustAssessor.of(selection);
    if (certs.isFile()) {
      if (to.isPresent()) {
        throw new F3Exception(
            "--to is for a snapshot, CAR, node or demo network; the"
                + " certificate file "
                + certs.text()
                + " is validated to its end");
      }
      if (table.isEmpty()) {
        throw new F3Exception(
            "--power-table is needed: the certificate file "
                + certs.text()
                + " holds no power table");
      }
      LoadedPowerTable loaded =
          LoadedPowerTable.read(table.get(), tableInstance(table.get(), from), node);
      CertificateInput input = CertificateInput.open(certs);
      try {
        long start =
            assessor.startInstance(
                from,
                loaded.instance(),
                loaded.table().cid(),
                input.peek().map(FinalityCertificate::instance));
        return new ValidationInput(assessor, loaded, start, input, Optional.empty());
      } catch (Exception e) {
        closeQuietly(input, e);
        throw e;
      }
    }
    DataSource source = certs.open(node);
    try {
      if (!source.hasCertificates()) {
        throw new F3Exception(source.spec() + " holds no certificates");
      }
      InstanceRange range = source.certificateRange();
      long start = from.orElse(range.first());
      long end = to.orElse(range.latest());
      if (Long.compareUnsigned(start, end) > 0) {
        throw new F3Exception(
            "the first instance, "
                + Long.toUnsignedString(start)
                + ", is after the last, "
                + Long.toUnsignedString(end));
      }
      LoadedPowerTable loaded =
          table.isPresent()
              ? LoadedPowerTable.read(
                  table.get(), tableInstance(table.get(), Optional.of(start)), node)
              : LoadedPowerTable.of(source, source.powerTable(start));
      CertificateInput input = CertificateInput.of(source, start, end);
      return new ValidationInput(assessor, loaded, start, input, Optional.of(source));
    } catch (Exception e) {
      closeQuietly(source, e);
      throw e;
    }
  }

  /** The instance asked of a table source; a file's table is taken as it is. */
  private static Optional<Long> tableInstance(SourceArgument table, Optional<Long> instance) {
    return table.isFile() ? Optional.empty() : instance;
  }

  private static void closeQuietly(AutoCloseable closeable, Exception e) {
    try {
      closeable.close();
    } catch (Exception suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  /**
   * Validates the certificates from the first table, every certificate with its signature, and
   * judges the outcome with the trust of that table.
   */
  TrustedValidation validate(ValidatorOptions options, ValidationListener listener)
      throws F3Exception, InterruptedException {
    NetworkSelection selection = assessor.selection();
    Optional<FinalityCertificate> first = certificates.peek();
    ValidationResult result =
        new CertificateValidator(selection.f3NetworkName(), options)
            .validate(loaded.table(), start, Optional.empty(), certificates, listener);
    Trust trust = assessor.table(loaded.table().cid(), start);
    return new TrustedValidation(
        result,
        trust,
        NetworkIdentification.builtIn()
            .identify(selection.f3NetworkName(), result, loaded.table(), first, trust));
  }

  TrustAssessor assessor() {
    return assessor;
  }

  LoadedPowerTable loaded() {
    return loaded;
  }

  /** The instance the first certificate must have. */
  long start() {
    return start;
  }

  CertificateInput certificates() {
    return certificates;
  }

  @Override
  public void close() throws IOException, F3Exception {
    try {
      certificates.close();
    } finally {
      if (source.isPresent()) {
        source.get().close();
      }
    }
  }
}
