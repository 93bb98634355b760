package io.f3console.core.network;

import io.f3console.core.F3Exception;

/** A network-profiles JSON document is malformed or breaks a rule; the message says where. */
public class NetworkProfilesException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public NetworkProfilesException(String message) {
    super(message);
  }

  public NetworkProfilesException(String message, Throwable cause) {
    super(message, cause);
  }
}
