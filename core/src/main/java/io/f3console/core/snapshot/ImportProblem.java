package io.f3console.core.snapshot;

/**
 * Why go-f3's {@code ImportSnapshotToDatastore} refuses an F3 snapshot: one code per check it
 * makes, in its order. The messages of {@link ImportCheckResult} are go-f3's own error texts.
 */
public enum ImportProblem {
  /** The header's first instance is not the manifest's {@code InitialInstance}. */
  INITIAL_INSTANCE_MISMATCH(
      "The snapshot starts at another instance than the network's"
          + " manifest: it was exported for another network, or from a node that started late."),
  /** The header's table does not hash to the manifest's {@code InitialPowerTable}. */
  INITIAL_POWER_TABLE_MISMATCH(
      "The snapshot's initial power table is not the one the"
          + " network's manifest pins: it belongs to another network or was altered."),
  /** A certificate is not the next instance: one is missing, repeated or out of order. */
  CERTIFICATE_MISSING(
      "The certificates do not follow on one instance at a time, so the chain"
          + " of committees cannot be rebuilt."),
  /** A certificate comes after the header's latest instance. */
  CERTIFICATE_AFTER_LATEST("The snapshot holds more certificates than its header announces."),
  /** A certificate's power-table delta breaks a rule of {@code ApplyPowerTableDiffs}. */
  INVALID_POWER_DELTA(
      "A certificate's power-table delta cannot be applied to the committee" + " rebuilt so far."),
  /** The rebuilt table does not hash to the CID a certificate commits to. */
  POWER_TABLE_MISMATCH(
      "The committee rebuilt from the deltas is not the one the certificates"
          + " commit to: the initial table or a delta is wrong."),
  /** The snapshot holds no certificate at all. */
  NO_CERTIFICATES("The snapshot holds a header but no certificate."),
  /** The last certificate is not the header's latest instance. */
  LATEST_INSTANCE_MISMATCH(
      "The snapshot ends before the latest instance its header announces:" + " it was cut short.");

  private final String meaning;

  ImportProblem(String meaning) {
    this.meaning = meaning;
  }

  /** What the problem means for an operator. */
  public String meaning() {
    return meaning;
  }
}
