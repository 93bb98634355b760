package io.f3console.core.trust;

import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A validation and the trust of the table it started from, judged together: the one verdict every
 * front end prints, exits with and records.
 *
 * @param result what the validator found
 * @param start the trust of the starting table
 * @param identification which known network the data is, when signatures failed at the first
 *     certificate and the data belongs to another network
 */
public record TrustedValidation(
    ValidationResult result, Trust start, Optional<NetworkIdentification.Finding> identification) {

  public TrustedValidation {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(identification, "identification");
  }

  public TrustedValidation(ValidationResult result, Trust start) {
    this(result, start, Optional.empty());
  }

  /** The verdict: a failure first, then the trust of a consistent chain. */
  public ChainVerdict verdict() {
    if (!result.valid()) {
      return ChainVerdict.INVALID;
    }
    return switch (start.state()) {
      case VERIFIED -> ChainVerdict.VALID;
      case UNVERIFIED -> ChainVerdict.VALID_UNVERIFIED;
      case MISMATCH -> ChainVerdict.UNTRUSTED_POWER_TABLE;
    };
  }

  /** Whether the command succeeds: the chain validates from a table that is not a mismatch. */
  public boolean passed() {
    return verdict().passed();
  }

  /** The reason code: the failure's, or {@code UNTRUSTED_POWER_TABLE}, or none. */
  public Optional<String> reasonCode() {
    if (result.failure().isPresent()) {
      return Optional.of(result.failure().get().reason().name());
    }
    return verdict() == ChainVerdict.UNTRUSTED_POWER_TABLE
        ? Optional.of(ChainVerdict.UNTRUSTED_REASON)
        : Optional.empty();
  }

  /** The trust of the committee the validation reached (the next instance's). */
  public Trust reached() {
    return start.reached(result.powerTable().cid(), result.nextInstance(), result.validated());
  }

  /**
   * One sentence on what the verdict means for the person, when it is not a plain success: the
   * certificates are consistent but the table is not the network's, or nothing proves the table, or
   * which network the data is.
   */
  public Optional<String> explanation() {
    ChainVerdict verdict = verdict();
    if (verdict == ChainVerdict.UNTRUSTED_POWER_TABLE) {
      return Optional.of(
          "The certificates are consistent with the starting table, but that"
              + " table is not "
              + start.network()
              + "'s: "
              + start.explanation()
              + " Do not rely on this chain for "
              + start.network()
              + ".");
    }
    if (verdict == ChainVerdict.VALID_UNVERIFIED) {
      return Optional.of(
          "The certificates are consistent with the starting table, which"
              + " nothing proves: "
              + start.explanation());
    }
    if (verdict == ChainVerdict.INVALID) {
      Optional<String> foreign = identification.map(NetworkIdentification.Finding::sentence);
      if (foreign.isPresent()) {
        return foreign;
      }
      ValidationFailure failure = result.failure().orElseThrow();
      if (start.isMismatch() && failure.instance() == result.firstInstance()) {
        return Optional.of(
            "The starting table is not "
                + start.network()
                + "'s ("
                + start.explanation()
                + "), which alone can explain the failure.");
      }
    }
    return Optional.empty();
  }
}
