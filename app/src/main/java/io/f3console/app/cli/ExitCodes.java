package io.f3console.app.cli;

import io.f3console.core.history.SessionVerdict;
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
   * A source could not be reached, or could not give what was asked: a node that is down, too slow,
   * without F3, without the method, or failing.
   */
  public static final int UNREACHABLE = 3;

  /** A bug in F3 Console itself. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}

  /**
   * The status of a failed node call ({@link SessionVerdict#of(RpcException.Reason)}): bad input,
   * or the node not giving what was asked (which an interrupted call also ends as).
   */
  static int of(RpcException.Reason reason) {
    return SessionVerdict.of(reason) == SessionVerdict.BAD_INPUT ? BAD_INPUT : UNREACHABLE;
  }
}
