package io.f3console.core.history;

import io.f3console.core.F3Exception;

/** The history database cannot be opened, read or written; the message names the file. */
public class HistoryException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public HistoryException(String message) {
    super(message);
  }

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
