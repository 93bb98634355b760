package io.f3console.core.crypto;

import java.util.Objects;

/**
 * The outcome of a signature verification, as data: the verdict and a one-line explanation for a
 * person (for example {@code malformed signature: not in the G2 subgroup}).
 *
 * @param outcome the verdict
 * @param detail a one-line human explanation
 */
public record SignatureCheck(SignatureOutcome outcome, String detail) {

  public SignatureCheck {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    if (detail.isBlank() || detail.lines().count() != 1) {
      throw new IllegalArgumentException("detail must be a single non-blank line");
    }
  }

  /** Whether the signature verified. */
  public boolean isValid() {
    return outcome == SignatureOutcome.VALID;
  }

  static SignatureCheck valid() {
    return new SignatureCheck(SignatureOutcome.VALID, "valid signature");
  }

  static SignatureCheck invalid() {
    return new SignatureCheck(
        SignatureOutcome.INVALID,
        "invalid signature: the pairing check e(key, H(m)) = e(g1, σ) fails");
  }

  static SignatureCheck malformed(String why) {
    return new SignatureCheck(SignatureOutcome.MALFORMED_SIGNATURE, "malformed signature: " + why);
  }
}
