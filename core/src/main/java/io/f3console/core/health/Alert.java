package io.f3console.core.health;

import java.util.Objects;

/**
 * One alert: what it is about, a one-line message, and the facts it rests on.
 *
 * @param kind what it is about
 * @param message one line, e.g. {@code lag 45 epochs > 20}
 * @param evidence the facts behind it, e.g. the chain head and the certificate's head epochs
 */
public record Alert(AlertKind kind, String message, String evidence) {

  public Alert {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A certificate that failed validation, with the reason the validator gave. */
  public static Alert invalidCertificate(long instance, String reason, String detail) {
    return new Alert(
        AlertKind.INVALID_CERTIFICATE,
        "certificate " + Long.toUnsignedString(instance) + " is invalid: " + reason,
        detail);
  }
}
