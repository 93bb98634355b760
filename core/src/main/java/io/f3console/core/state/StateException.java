package io.f3console.core.state;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/** Chain state that cannot be read: why, and which block. */
public final class StateException extends F3Exception {
  private static final long serialVersionUID = 1L;

  /** Why the state cannot be read. */
  public enum Reason {
    /** A block the state needs is not in the source. */
    MISSING_BLOCK,
    /** The source gave bytes that do not match the CID, or could not be read. */
    BAD_BLOCK,
    /** A block does not decode as the structure it must be (wrong field count, truncated…). */
    MALFORMED,
    /** A HAMT node breaks a go-hamt-ipld v3 rule (bitfield, bucket size, order, empty node). */
    MALFORMED_HAMT,
    /** A HAMT is deeper than the 256-bit hash allows. */
    HAMT_TOO_DEEP,
    /** The state root is not a version this reader supports (4 or 5). */
    UNSUPPORTED_STATE_TREE,
    /** An actor's code CID is neither in the state's manifest nor a known builtin code. */
    UNKNOWN_ACTOR_CODE,
    /** An actor's state matches no known actors version's layout. */
    UNKNOWN_VERSION,
    /** An actor is not of the kind asked for (a miner that is an account…). */
    WRONG_ACTOR_KIND,
    /** No actor has the address. */
    ACTOR_NOT_FOUND,
    /** An address where an ID address is required. */
    NOT_AN_ID_ADDRESS
  }

  private final Reason reason;
  private final Optional<Cid> cid;

  public StateException(Reason reason, Optional<Cid> cid, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.cid = Objects.requireNonNull(cid, "cid");
  }

  public StateException(Reason reason, Optional<Cid> cid, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.cid = Objects.requireNonNull(cid, "cid");
  }

  public Reason reason() {
    return reason;
  }

  /** The block the failure is about, when there is one. */
  public Optional<Cid> cid() {
    return cid;
  }
}
