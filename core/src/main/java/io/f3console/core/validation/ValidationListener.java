package io.f3console.core.validation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;

/**
 * Receives the progress of a validation, on the thread that called the validator, in chain order:
 * for each certificate its stages in go-f3's order, then whether it was valid. When signatures are
 * checked in parallel, a certificate's events are delivered once every earlier certificate has been
 * settled, so the order never depends on timing.
 */
public interface ValidationListener {
  ValidationListener NONE = new ValidationListener() {};

  /** One stage of one certificate finished (passed or failed). */
  default void stage(StageEvent event) {}

  /**
   * A certificate passed every stage.
   *
   * @param certificate the certificate
   * @param nextTable the power table that validates the next instance
   */
  default void validated(FinalityCertificate certificate, PowerTable nextTable) {}

  /** Validation stopped at this failure. No event follows it. */
  default void failed(ValidationFailure failure) {}
}
