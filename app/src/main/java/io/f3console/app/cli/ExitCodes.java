package io.f3console.app.cli;

import io.f3console.core.rpc.RpcException;

/** The exit statuses every subcommand uses. */
public final class ExitCodes {
  /** Success; what was checked is valid. */
  public static final int OK = 0;
  /** The check ran and found something wrong (e.g. a CID mismatch). */
  public static final int FOUND_WRONG = 1;
  /** Bad input or usage: unreadable or malformed file, unknown option. */
  public static final int BAD_INPUT = 2;
  /**
   * A source could not be reached, or could not give what was asked: a node that is down, too
   * slow, without F3, without the method, or failing.
   */
  public static final int UNREACHABLE = 3;
  /** A bug in F3 Console itself. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}

  /**
   * The status of a failed node call: what the person must fix on their side (the token, the
   * instance asked for) or data that cannot be used (a malformed answer, like a malformed file)
   * is bad input; everything else is the node not giving it.
   */
  static int of(RpcException.Reason reason) {
    return switch (reason) {
      case UNAUTHORISED, CERTIFICATE_NOT_FOUND, MALFORMED_RESPONSE -> BAD_INPUT;
      case F3_DISABLED, F3_NOT_RUNNING, METHOD_NOT_FOUND, TIMEOUT, UNREACHABLE, HTTP_ERROR,
          NODE_ERROR, INTERRUPTED -> UNREACHABLE;
    };
  }
}
