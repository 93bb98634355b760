package io.f3console.core.crypto.internal;

/**
 * A BLS backend cannot run on this machine: its native library did not load. The message is the
 * operator-facing sentence (what failed and what to do); the public {@code crypto} facade turns it
 * into its own {@code BlsException}, so the backends never depend on the facade above them.
 */
public final class BackendUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public BackendUnavailableException(String message) {
    super(message);
  }

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
