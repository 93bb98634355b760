package io.f3console.core.blocks;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/** A block that could not be had, with why and which CID. */
public final class BlockException extends F3Exception {
  /** Why a block could not be had. */
  public enum Reason {
    /** The source does not hold the block. */
    MISSING,
    /** The bytes given do not hash to the CID. */
    HASH_MISMATCH,
    /** The CID's hash function is not one that can be checked (blake2b-256, sha2-256, identity). */
    UNSUPPORTED_HASH,
    /** The source's own data is malformed (a truncated CAR, an oversized block). */
    MALFORMED,
    /** A node could not be reached or did not answer in time. */
    UNREACHABLE
  }

  private final Reason reason;
  private final Optional<Cid> cid;

  public BlockException(Reason reason, Optional<Cid> cid, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.cid = Objects.requireNonNull(cid, "cid");
  }

  public BlockException(Reason reason, Optional<Cid> cid, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.cid = Objects.requireNonNull(cid, "cid");
  }

  public Reason reason() {
    return reason;
  }

  /** The CID of the block, when the failure is about one. */
  public Optional<Cid> cid() {
    return cid;
  }
}
