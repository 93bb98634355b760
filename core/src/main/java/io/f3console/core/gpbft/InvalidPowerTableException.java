package io.f3console.core.gpbft;

import io.f3console.core.F3Exception;

/** Entries that cannot form a power table (duplicate actor, non-positive power, too many). */
public class InvalidPowerTableException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public InvalidPowerTableException(String message) {
    super(message);
  }
}
