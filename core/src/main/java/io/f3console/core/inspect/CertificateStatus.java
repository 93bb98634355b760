package io.f3console.core.inspect;

/** Where a loaded certificate stands after its chain was validated. */
public enum CertificateStatus {
  /** It passed every stage. */
  VALID,
  /** It is the certificate validation stopped at. */
  INVALID,
  /** Validation stopped before it, so it was never checked (go-f3 stops at the first failure). */
  NOT_REACHED
}
