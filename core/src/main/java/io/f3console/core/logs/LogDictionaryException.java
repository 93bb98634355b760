package io.f3console.core.logs;

import io.f3console.core.F3Exception;

/** A log-line dictionary that is not valid: the message names the document, the entry and field. */
public final class LogDictionaryException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public LogDictionaryException(String message) {
    super(message);
  }

  public LogDictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
