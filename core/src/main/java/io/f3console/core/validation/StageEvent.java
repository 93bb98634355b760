package io.f3console.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage of one certificate, as a trace reports it.
 *
 * @param instance the certificate's position in the chain (the instance expected there)
 * @param stage which stage
 * @param failure empty when the stage passed
 * @param nanos the time the stage took
 * @param inputs what the stage looked at (only filled when tracing)
 * @param outputs what it computed (only filled when tracing)
 */
public record StageEvent(
    long instance,
    Stage stage,
    Optional<ValidationFailure> failure,
    long nanos,
    List<Detail> inputs,
    List<Detail> outputs) {

  public StageEvent {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(failure, "failure");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  public boolean passed() {
    return failure.isEmpty();
  }
}
