package io.f3console.core.certs;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads finality certificates one at a time, so that a file of millions of them is processed with
 * the memory of one. Obtained from {@link CertificateJson#open} or {@link CertificateFiles#open}.
 * Not thread-safe. Closing it closes the underlying stream.
 */
public final class CertificateReader implements Closeable {
  /** Where the certificates come from: a streaming parser or an already decoded list. */
  interface Source extends Closeable {
    Optional<FinalityCertificate> next() throws CertificateFormatException;
  }

  private final Source source;
  private final String name;
  private long count;

  CertificateReader(Source source, String name) {
    this.source = source;
    this.name = name;
  }

  /** A reader over certificates decoded already (a CBOR file holds one). */
  static CertificateReader of(List<FinalityCertificate> certificates, String name) {
    Iterator<FinalityCertificate> iterator = List.copyOf(certificates).iterator();
    return new CertificateReader(
        new Source() {
          @Override
          public Optional<FinalityCertificate> next() {
            return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
          }

          @Override
          public void close() {}
        },
        name);
  }

  /**
   * The next certificate, or empty at the end of the input (after which the whole input has been
   * checked: nothing follows the last certificate).
   *
   * @throws CertificateFormatException if the next certificate, or what follows it, is malformed
   */
  public Optional<FinalityCertificate> next() throws CertificateFormatException {
    Optional<FinalityCertificate> certificate = source.next();
    if (certificate.isPresent()) {
      count++;
    }
    return certificate;
  }

  /** How many certificates {@link #next} has returned so far. */
  public long count() {
    return count;
  }

  /** The name of the input, as errors give it. */
  public String sourceName() {
    return name;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
