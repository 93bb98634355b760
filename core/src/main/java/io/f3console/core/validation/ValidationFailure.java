package io.f3console.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first check a chain of certificates failed.
 *
 * @param reason which check failed
 * @param instance the instance that was expected at that point: for a gap, the missing instance;
 *     for any other failure, the failing certificate's instance
 * @param message what failed, in go-f3's terms, with the numbers that matter
 * @param details the values a person needs to judge the failure (expected against actual CID,
 *     signer power against the threshold, which delta and why)
 */
public record ValidationFailure(
    FailureReason reason, long instance, String message, List<Detail> details) {

  public ValidationFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
  }

  /** The value of a named detail, if the failure has it. */
  public Optional<String> detail(String name) {
    return details.stream().filter(d -> d.name().equals(name)).map(Detail::value).findFirst();
  }

  /** The stage that reported the failure. */
  public Stage stage() {
    return reason.stage();
  }
}
