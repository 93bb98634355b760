package io.f3console.core.validation;

/**
 * Why a finality certificate failed validation: one code per check of go-f3's {@code
 * ValidateFinalityCertificates}, in the order go-f3 makes them. Each code carries a sentence for an
 * operator about what the failure means.
 */
public enum FailureReason {
  INSTANCE_MISMATCH(
      Stage.INSTANCE,
      "The certificates do not follow on from the expected"
          + " instance: one is missing, repeated or out of order, or validation started at the"
          + " wrong instance."),
  INVALID_CHAIN(
      Stage.CHAIN,
      "The finalised chain inside the certificate is malformed; no honest"
          + " network produces it, so the file is corrupt or forged."),
  EMPTY_CHAIN(
      Stage.CHAIN,
      "The certificate finalises nothing (an empty chain), which no valid" + " certificate does."),
  BASE_MISMATCH(
      Stage.BASE,
      "The certificate does not extend the chain finalised by the previous"
          + " one: certificates from different networks or forks are mixed."),
  SIGNER_OUT_OF_RANGE(
      Stage.SIGNERS,
      "A signer index points past the end of the power table:"
          + " the certificate was signed by a different committee than the table given."),
  SIGNER_ZERO_POWER(
      Stage.SIGNERS,
      "A signer has no effective power in the table given, so the"
          + " certificate was not made for this committee."),
  INSUFFICIENT_POWER(
      Stage.QUORUM,
      "The signers hold less than two thirds of the scaled power:"
          + " the wrong power table, or a certificate that never reached a strong quorum."),
  INVALID_PUBLIC_KEY(
      Stage.AGGREGATE_KEY,
      "A worker key in the power table is unusable, and go-f3"
          + " refuses to aggregate any table that holds one."),
  INVALID_SIGNATURE(
      Stage.PAIRING,
      "The aggregate signature does not verify: wrong network name,"
          + " wrong power table (committee), or altered certificate content."),
  INVALID_POWER_DELTA(
      Stage.POWER_DELTA,
      "The certificate's power-table delta cannot be applied to"
          + " the table it was validated with."),
  POWER_TABLE_CID_MISMATCH(
      Stage.POWER_TABLE_CID,
      "The table after the delta is not the one the"
          + " certificate commits to for the next instance: the tables have diverged.");

  private final Stage stage;
  private final String meaning;

  FailureReason(Stage stage, String meaning) {
    this.stage = stage;
    this.meaning = meaning;
  }

  /** The stage whose check reports this failure. */
  public Stage stage() {
    return stage;
  }

  /** What the failure means for an operator, in one or two sentences. */
  public String meaning() {
    return meaning;
  }
}
