package io.f3console.core.state;

import io.f3console.core.F3Exception;

/** Bytes or text that are not a Filecoin address (go-address rules). */
public final class AddressFormatException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public AddressFormatException(String message) {
    super(message);
  }
}
