package io.f3console.core.certs;

import io.f3console.core.F3Exception;

/**
 * Certificate input that cannot be read. The message is one line naming the source, the place (line
 * and column and a JSON path such as {@code [3].ECChain[2].Epoch}, or a byte offset for CBOR) and
 * the problem.
 */
public class CertificateFormatException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public CertificateFormatException(String message) {
    super(message);
  }

  public CertificateFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
