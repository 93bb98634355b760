package io.f3console.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times the stages of one certificate and records them as events. Inputs and outputs are built only
 * when tracing, through suppliers, so that an untraced run does not format hex.
 */
final class StageRecorder {
  private final long instance;
  private final boolean trace;
  private final List<StageEvent> events = new ArrayList<>(Stage.values().length);
  private long start;

  StageRecorder(long instance, boolean trace) {
    this.instance = instance;
    this.trace = trace;
  }

  /** Starts the clock for the next stage. */
  void begin() {
    start = System.nanoTime();
  }

  void pass(Stage stage, Supplier<List<Detail>> inputs, Supplier<List<Detail>> outputs) {
    long nanos = System.nanoTime() - start;
    events.add(
        new StageEvent(
            instance,
            stage,
            Optional.empty(),
            nanos,
            trace ? inputs.get() : List.of(),
            trace ? outputs.get() : List.of()));
  }

  ValidationFailure fail(
      FailureReason reason, String message, List<Detail> details, Supplier<List<Detail>> inputs) {
    long nanos = System.nanoTime() - start;
    ValidationFailure failure = new ValidationFailure(reason, instance, message, details);
    events.add(
        new StageEvent(
            instance,
            reason.stage(),
            Optional.of(failure),
            nanos,
            trace ? inputs.get() : List.of(),
            List.of()));
    return failure;
  }

  boolean tracing() {
    return trace;
  }

  List<StageEvent> events() {
    return List.copyOf(events);
  }

  static Supplier<List<Detail>> none() {
    return List::of;
  }
}
