package io.f3console.core.store;

import io.f3console.core.F3Exception;

/** The certificate store cannot be opened, read or written; the message names its file. */
public class StoreException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
