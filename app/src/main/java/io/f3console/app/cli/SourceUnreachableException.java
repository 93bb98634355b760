package io.f3console.app.cli;

import io.f3console.core.F3Exception;

/** A node or file source that could not be reached (exit status 3). */
public class SourceUnreachableException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public SourceUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
