package io.f3console.core.source;

import io.f3console.core.F3Exception;

/**
 * A source cannot give what was asked: a malformed source string, a source that holds no power
 * table or no certificates, an instance it does not have.
 */
public class SourceException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
