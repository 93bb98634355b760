package io.f3console.core.powertable;

import io.f3console.core.F3Exception;

/**
 * A power-table file that cannot be read: its message names the source, the place (byte offset, or
 * line and column, and the entry) and the problem, on one line.
 */
public class PowerTableFormatException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public PowerTableFormatException(String message) {
    super(message);
  }

  public PowerTableFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
