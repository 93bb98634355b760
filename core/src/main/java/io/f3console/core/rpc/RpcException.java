package io.f3console.core.rpc;

import io.f3console.core.F3Exception;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A JSON-RPC call to a Lotus or Forest node that did not give a usable answer, with the reason as
 * data. The message is one line for an operator: the method, the endpoint and what went wrong, with
 * the node's own words where it gave any. It never holds the bearer token: the client removes the
 * token from anything the node sends back before it becomes part of a message.
 */
public final class RpcException extends F3Exception {
  private static final long serialVersionUID = 1L;

  /** Why a call failed. */
  public enum Reason {
    /** Lotus {@code ErrF3Disabled} (error 4, "f3 is disabled"): the node runs without F3. */
    F3_DISABLED(false),
    /** go-f3 {@code ErrF3NotRunning} ("f3 is not running"): enabled, not started yet. */
    F3_NOT_RUNNING(false),
    /** go-f3 {@code ErrCertNotFound} ("cert at N: certificate not found"). */
    CERTIFICATE_NOT_FOUND(false),
    /** JSON-RPC error -32601: the node does not offer the method (older or other client). */
    METHOD_NOT_FOUND(false),
    /** HTTP 401/403, or the node's "missing permission to invoke" error. */
    UNAUTHORISED(false),
    /** No complete answer within the time limit. */
    TIMEOUT(true),
    /** The connection could not be made or broke (refused, reset, unknown host). */
    UNREACHABLE(true),
    /** An HTTP status other than 200 without a JSON-RPC error in the body. */
    HTTP_ERROR(false),
    /** The answer is not what the method returns (bad JSON, wrong shape, too large). */
    MALFORMED_RESPONSE(false),
    /** Any other error the node reported (its code and message are kept). */
    NODE_ERROR(false),
    /** The calling thread was interrupted while it waited. */
    INTERRUPTED(false);

    private final boolean transientFailure;

    Reason(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }

    /**
     * Whether asking again may help. HTTP 5xx statuses are transient too, see {@link
     * RpcException#isTransient()}.
     */
    boolean transientFailure() {
      return transientFailure;
    }
  }

  private final Reason reason;
  private final String method;
  private final Long code;
  private final Integer httpStatus;
  private final Long instance;

  RpcException(
      Reason reason,
      String method,
      String message,
      Long code,
      Integer httpStatus,
      Long instance,
      Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.method = Objects.requireNonNull(method, "method");
    this.code = code;
    this.httpStatus = httpStatus;
    this.instance = instance;
  }

  public Reason reason() {
    return reason;
  }

  /** The JSON-RPC method, e.g. {@code Filecoin.F3GetCertificate}. */
  public String method() {
    return method;
  }

  /** The JSON-RPC error code the node gave, if it gave one. */
  public OptionalLong code() {
    return code == null ? OptionalLong.empty() : OptionalLong.of(code);
  }

  /** The HTTP status, when it was not 200. */
  public OptionalInt httpStatus() {
    return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** The certificate or power-table instance the call asked for, if any. */
  public OptionalLong instance() {
    return instance == null ? OptionalLong.empty() : OptionalLong.of(instance);
  }

  /** Whether asking again may help: timeouts, broken connections and HTTP 5xx. */
  public boolean isTransient() {
    return reason.transientFailure()
        || (reason == Reason.HTTP_ERROR && httpStatus != null && httpStatus >= 500);
  }

  /** The same failure, saying how many times the call was tried. */
  RpcException afterAttempts(int attempts) {
    RpcException copy =
        new RpcException(
            reason,
            method,
            getMessage() + " (gave up after " + attempts + " attempts)",
            code,
            httpStatus,
            instance,
            getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
