package io.f3console.core.validation;

/**
 * The stages of validating one finality certificate, in go-f3's order. A certificate passes them
 * one after the other and stops at the first that fails.
 */
public enum Stage {
  INSTANCE("Instance", "the certificate is for the expected instance"),
  CHAIN("Chain", "the finalised chain is well formed and not empty"),
  BASE("Base", "the chain starts at the previous certificate's head"),
  SIGNERS("Signers", "every signer is in the power table and has power"),
  QUORUM("Quorum", "the signers hold a strong quorum of scaled power"),
  PAYLOAD("Payload", "the bytes the committee signed"),
  AGGREGATE_KEY("Aggregate key", "the BDN-weighted sum of the signers' keys"),
  HASH_TO_G2("Hash to G2", "the signed bytes hashed to a curve point"),
  PAIRING("Pairing", "the aggregate signature verifies against the aggregate key"),
  POWER_DELTA("Power delta", "the delta applies to the power table"),
  POWER_TABLE_CID("Next table CID", "the resulting table is the one the certificate commits to");

  private final String title;
  private final String description;

  Stage(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** A short name for display. */
  public String title() {
    return title;
  }

  /** What the stage checks, in a few words. */
  public String description() {
    return description;
  }
}
