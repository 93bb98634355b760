package io.f3console.core.statepower;

/** Why no table can be computed: the state fails as Lotus fails it, or cannot be read. */
public enum FailureReason {
  /** A worker resolves to a key that is not BLS (secp256k1, or an f4 delegated address). */
  NON_BLS_WORKER(false),
  /** A worker's actor is not an account actor (and has no delegated address). */
  WORKER_NOT_ACCOUNT(false),
  /** A claim's Window PoSt proof type has no consensus-minimum policy where Lotus looks it up. */
  UNKNOWN_PROOF_TYPE(false),
  /** A claims-map key is not an ID address. */
  NOT_AN_ID_ADDRESS(false),
  /** An actor the computation needs (a miner, a worker, the power actor) is not in the state. */
  ACTOR_NOT_FOUND(false),
  /** An actor is not of the kind needed (a claim whose actor is not a miner…). */
  WRONG_ACTOR_KIND(false),
  /** The table breaks a rule every table meets (too many entries, a repeated actor). */
  INVALID_TABLE(false),
  /** A block the computation needs is not in the source. */
  MISSING_BLOCK(true),
  /** A block's bytes do not match its CID, or the source could not give it. */
  BAD_BLOCK(true),
  /** A block does not decode as the structure it must be. */
  MALFORMED_STATE(true),
  /** A state tree version, actor code or layout this reader does not support. */
  UNSUPPORTED_STATE(true),
  /** The headers given do not form one tipset (different heights or parent states). */
  BAD_TIPSET(true);

  private final boolean unreadableInput;

  FailureReason(boolean unreadableInput) {
    this.unreadableInput = unreadableInput;
  }

  /**
   * Whether the input could not be read (a missing, wrong or malformed block), as opposed to a
   * readable state for which Lotus would give no table.
   */
  public boolean unreadableInput() {
    return unreadableInput;
  }
}
