package io.f3console.core;

/**
 * The root of the checked exceptions that F3 Console reports to a person: malformed input, a source
 * that cannot be reached, a value that breaks a protocol rule. The message is written for an
 * operator (what is wrong and where), not for a developer.
 *
 * <p>Programming errors are {@link IllegalArgumentException} / {@link IllegalStateException}.
 */
public class F3Exception extends Exception {
  private static final long serialVersionUID = 1L;

  public F3Exception(String message) {
    super(message);
  }

  public F3Exception(String message, Throwable cause) {
    super(message, cause);
  }
}
