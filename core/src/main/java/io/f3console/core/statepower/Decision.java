package io.f3console.core.statepower;

/** What became of one claim: included in the table, or left out and why. */
public enum Decision {
  /** In the table, with its QA power and its worker's BLS key. */
  INCLUDED,
  /**
   * Not eligible: four or more miners reach the consensus minimum and this one's raw power is below
   * it.
   */
  BELOW_MINIMUM_POWER,
  /** Not eligible: fewer than four miners reach the minimum, and this one has no raw power. */
  ZERO_RAW_POWER,
  /** Eligible, but its quality-adjusted power is zero (or negative). */
  ZERO_QA_POWER,
  /** The miner owes fees ({@code FeeDebt ≠ 0}). */
  FEE_DEBT,
  /** The tipset's height is at or before the end of the miner's consensus-fault window. */
  CONSENSUS_FAULT
}
