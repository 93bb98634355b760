package io.f3console.core.inspect;

import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One certificate's verdict with every stage it went through, in go-f3's order.
 *
 * @param instance the certificate's instance
 * @param status valid, invalid or not reached
 * @param events the stages it ran, each with inputs, outputs and verdict; empty when not reached. A
 *     failed certificate's list ends with the failing stage.
 * @param failure why it failed, when it did
 */
public record CertificateOutcome(
    long instance,
    CertificateStatus status,
    List<StageEvent> events,
    Optional<ValidationFailure> failure) {
  public CertificateOutcome {
    Objects.requireNonNull(status, "status");
    events = List.copyOf(events);
    Objects.requireNonNull(failure, "failure");
    if ((status == CertificateStatus.INVALID) != failure.isPresent()) {
      throw new IllegalArgumentException("a failure goes with, and only with, INVALID");
    }
  }

  /** The event of one stage, if the certificate got that far. */
  public Optional<StageEvent> event(Stage stage) {
    return events.stream().filter(e -> e.stage() == stage).findFirst();
  }
}
