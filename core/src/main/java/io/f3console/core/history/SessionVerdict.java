package io.f3console.core.history;

/** How a session ended, in the terms of the command's exit status. */
public enum SessionVerdict {
  /** Everything checked held (exit 0). */
  PASSED("passed"),
  /** Something was checked and found wrong (exit 1). */
  FAILED("failed"),
  /** The input was malformed or the request could not be made (exit 2). */
  BAD_INPUT("bad input"),
  /** A source could not be reached or could not give what was asked (exit 3). */
  UNREACHABLE("unreachable"),
  /** A person stopped it before it finished. */
  CANCELLED("cancelled"),
  /** A bug in F3 Console stopped it. */
  INTERNAL_ERROR("internal error");

  private final String label;

  SessionVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The verdict of a CLI exit status (0, 1, 2, 3, anything else). */
  public static SessionVerdict ofExitCode(int exitCode) {
    return switch (exitCode) {
      case 0 -> PASSED;
      case 1 -> FAILED;
      case 2 -> BAD_INPUT;
      case 3 -> UNREACHABLE;
      default -> INTERNAL_ERROR;
    };
  }

  static SessionVerdict fromName(String name) {
    return valueOf(name);
  }
}
