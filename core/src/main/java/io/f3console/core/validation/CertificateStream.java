package io.f3console.core.validation;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Certificates in chain order, one at a time, so that a chain of millions never has to be in memory
 * at once. Reading may fail (a malformed file, a node that stops answering).
 */
@FunctionalInterface
public interface CertificateStream {
  /** The next certificate, or empty at the end. */
  Optional<FinalityCertificate> next() throws F3Exception;

  /** A stream over a list already in memory. */
  static CertificateStream of(List<FinalityCertificate> certificates) {
    Iterator<FinalityCertificate> iterator = List.copyOf(certificates).iterator();
    return () -> iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
  }
}
