package io.f3console.core.history;

import io.f3console.core.rpc.RpcException;

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
  INTERNAL_ERROR("internal error"),
  /** A verdict this version does not know, read from a history a newer version wrote. */
  UNKNOWN("unknown");

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

  /**
   * The verdict of a failed node call: what the person must fix on their side (the token, the
   * instance asked for) is bad input; an interrupted call was cancelled; everything else, a
   * malformed or oversized answer included, is the node not giving what was asked.
   */
  public static SessionVerdict of(RpcException.Reason reason) {
    return switch (reason) {
      case UNAUTHORISED, CERTIFICATE_NOT_FOUND -> BAD_INPUT;
      case INTERRUPTED -> CANCELLED;
      // a node whose answers are malformed or too large cannot give what was asked
      case MALFORMED_RESPONSE,
          F3_DISABLED,
          F3_NOT_RUNNING,
          METHOD_NOT_FOUND,
          TIMEOUT,
          UNREACHABLE,
          HTTP_ERROR,
          NODE_ERROR ->
          UNREACHABLE;
    };
  }

  /** The verdict stored as {@code name}; {@link #UNKNOWN} for a name this version does not know. */
  static SessionVerdict fromName(String name) {
    for (SessionVerdict verdict : values()) {
      if (verdict.name().equals(name)) {
        return verdict;
      }
    }
    return UNKNOWN;
  }
}
