package io.f3console.app.cli;

/** The exit statuses every subcommand uses. */
public final class ExitCodes {
  /** Success; what was checked is valid. */
  public static final int OK = 0;
  /** The check ran and found something wrong (e.g. a CID mismatch). */
  public static final int FOUND_WRONG = 1;
  /** Bad input or usage: unreadable or malformed file, unknown option. */
  public static final int BAD_INPUT = 2;
  /** A source could not be reached. */
  public static final int UNREACHABLE = 3;
  /** A bug in F3 Console itself. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}
}
