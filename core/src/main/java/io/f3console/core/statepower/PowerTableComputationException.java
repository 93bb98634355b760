package io.f3console.core.statepower;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.state.Address;
import java.util.Objects;
import java.util.Optional;

/** No power table for this tipset: the reason code and the actor or block where it happened. */
public final class PowerTableComputationException extends F3Exception {
  private static final long serialVersionUID = 1L;

  private final FailureReason reason;
  private final transient Optional<Address> actor;
  private final transient Optional<Cid> cid;

  public PowerTableComputationException(
      FailureReason reason,
      Optional<Address> actor,
      Optional<Cid> cid,
      String message,
      Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.cid = Objects.requireNonNull(cid, "cid");
  }

  public PowerTableComputationException(
      FailureReason reason, Optional<Address> actor, Optional<Cid> cid, String message) {
    this(reason, actor, cid, message, null);
  }

  public FailureReason reason() {
    return reason;
  }

  /** The actor the failure is about, when there is one. */
  public Optional<Address> actor() {
    return actor;
  }

  /** The block the failure is about, when there is one. */
  public Optional<Cid> cid() {
    return cid;
  }
}
