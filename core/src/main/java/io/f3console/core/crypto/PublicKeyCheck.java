package io.f3console.core.crypto;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Bls#checkPublicKey(byte[])}: a verdict, the length of the key that was
 * checked and a one-line explanation for a person (for example {@code not in the G1 subgroup (on
 * the curve, but fails the subgroup check)}).
 *
 * <p>The individual facts (decodes, on the curve, in the subgroup, not the identity) follow from
 * the verdict, so a check can never state contradictory facts; see {@link KeyStatus}.
 *
 * @param status the verdict
 * @param length the number of bytes that were checked
 * @param message a one-line human explanation of the verdict
 */
public record PublicKeyCheck(KeyStatus status, int length, String message) {

  public PublicKeyCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    if ((status == KeyStatus.WRONG_LENGTH) == (length == Bls.PUBLIC_KEY_LENGTH)) {
      throw new IllegalArgumentException(
          "status " + status + " is inconsistent with a length of " + length + " bytes");
    }
    if (message.isBlank() || message.lines().count() != 1) {
      throw new IllegalArgumentException("message must be a single non-blank line");
    }
  }

  /** Whether go-f3 would accept this key in a power table. */
  public boolean isValid() {
    return status == KeyStatus.VALID;
  }

  /** See {@link KeyStatus#decodes()}. */
  public boolean decodes() {
    return status.decodes();
  }

  /** See {@link KeyStatus#onCurve()}. */
  public Optional<Boolean> onCurve() {
    return status.onCurve();
  }

  /** See {@link KeyStatus#inSubgroup()}. */
  public Optional<Boolean> inSubgroup() {
    return status.inSubgroup();
  }

  /** See {@link KeyStatus#notIdentity()}. */
  public Optional<Boolean> notIdentity() {
    return status.notIdentity();
  }
}
