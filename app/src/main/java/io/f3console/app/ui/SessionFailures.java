package io.f3console.app.ui;

import io.f3console.core.F3Exception;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.rpc.RpcException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;

/**
 * How work that did not finish ends in the history, in the terms of the command line's exit
 * statuses: a node that cannot be reached or cannot give what was asked is unreachable, what the
 * person gave (a file, a source string, a token) is bad input, a cancellation is cancelled, and
 * anything else is an internal error. The summary is the sentence the console showed.
 */
public final class SessionFailures {
  private SessionFailures() {}

  /** The session of work that failed with {@code error}. */
  public static SessionRecord.Builder failed(SessionRecord.Builder session, Throwable error) {
    session.verdict(verdictOf(error));
    RpcException rpc = find(error, RpcException.class);
    if (rpc != null) {
      session.reason(rpc.reason().name());
    }
    session.summary(DialogService.plainMessage(error));
    if (error != null) {
      session.fact("error", error.getClass().getSimpleName());
    }
    return session;
  }

  /** The session of work a person cancelled, or that newer work replaced. */
  public static SessionRecord.Builder cancelled(SessionRecord.Builder session) {
    return session.verdict(SessionVerdict.CANCELLED).summary("Cancelled before it finished");
  }

  /** The verdict of a failure. */
  public static SessionVerdict verdictOf(Throwable error) {
    if (find(error, InterruptedException.class) != null
        || find(error, CancellationException.class) != null) {
      return SessionVerdict.CANCELLED;
    }
    RpcException rpc = find(error, RpcException.class);
    if (rpc != null) {
      return SessionVerdict.of(rpc.reason());
    }
    if (find(error, ConnectException.class) != null
        || find(error, UnknownHostException.class) != null
        || find(error, NoRouteToHostException.class) != null
        || find(error, HttpTimeoutException.class) != null) {
      return SessionVerdict.UNREACHABLE;
    }
    if (error instanceof F3Exception
        || error instanceof IOException
        || error instanceof IllegalArgumentException
        || error instanceof java.io.UncheckedIOException) {
      return SessionVerdict.BAD_INPUT;
    }
    return SessionVerdict.INTERNAL_ERROR;
  }

  private static <E extends Throwable> E find(Throwable error, Class<E> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
