package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.inspect.DataInput;
import io.f3console.core.source.DataSource;
import io.f3console.core.validation.CertificateStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Certificates opened for a command, read one at a time (a file of millions never has to fit in
 * memory): a certificate file ({@code -} reads standard input as JSON), or a range of the
 * certificates of an open source. The first certificate can be looked at before the stream starts.
 */
final class CertificateInput implements CertificateStream, Closeable {
  private final String source;
  private final CertificateStream reader;
  private final Closeable closer;
  private FinalityCertificate peeked;
  private long read;

  private CertificateInput(String source, CertificateStream reader, Closeable closer) {
    this.source = source;
    this.reader = reader;
    this.closer = closer;
  }

  private CertificateInput(String source, CertificateReader reader) {
    this(source, reader::next, reader);
  }

  /**
   * Certificates {@code from} to {@code to} of a source; closing the input leaves the source open
   * (its owner closes it).
   */
  static CertificateInput of(DataSource source, long from, long to) throws F3Exception {
    return new CertificateInput(source.spec().toString(), source.certificates(from, to), () -> {});
  }

  /** A certificate file, or standard input for {@code -}, read the one way files are read. */
  static CertificateInput open(Path path) throws F3Exception {
    return open(DataInput.open(path));
  }

  /**
   * The certificate file a source argument names, read from the stream opened to recognise it (so a
   * pipe works as well as a regular file).
   */
  static CertificateInput open(SourceArgument argument) throws F3Exception {
    return open(argument.openFile());
  }

  private static CertificateInput open(DataInput input) throws F3Exception {
    try {
      return new CertificateInput(input.source(), input.certificates()::next, input);
    } catch (F3Exception e) {
      try {
        input.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  String source() {
    return source;
  }

  /** The first certificate, without consuming it. */
  Optional<FinalityCertificate> peek() throws F3Exception {
    if (peeked == null) {
      peeked = reader.next().orElse(null);
    }
    return Optional.ofNullable(peeked);
  }

  @Override
  public Optional<FinalityCertificate> next() throws F3Exception {
    Optional<FinalityCertificate> next;
    if (peeked != null) {
      next = Optional.of(peeked);
      peeked = null;
    } else {
      next = reader.next();
    }
    if (next.isPresent()) {
      read++;
    }
    return next;
  }

  /** How many certificates have been handed out. */
  long read() {
    return read;
  }

  @Override
  public void close() throws IOException {
    closer.close();
  }
}
