package io.f3console.core.health;

/** What an alert is about. */
public enum AlertKind {
  /** The lag behind the chain head is above the limit. */
  LAG,
  /** No new certificate for the limit while the chain advanced: F3 stalled. */
  STALL,
  /** No new certificate for the limit, and the chain head did not advance either. */
  SILENCE,
  /** The signers' share of power over the last instances is below the limit. */
  PARTICIPATION,
  /** A chosen miner did not sign the last K certificates of committees it was in. */
  MINER_ABSENT,
  /** A chosen miner was in none of the committees looked at. */
  MINER_NOT_IN_COMMITTEE,
  /** A certificate from the source failed validation (nothing from it on is kept). */
  INVALID_CERTIFICATE,
  /** The table an empty store would start from is not the network's: nothing is stored from it. */
  UNTRUSTED_POWER_TABLE,
  /** The source has no certificate to judge. */
  NO_CERTIFICATE
}
