package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import java.util.Objects;

/**
 * The first block of an F3 snapshot (go-f3 {@code certstore.SnapshotHeader}, FRC-0108 {@code
 * F3SnapshotHeader}): the format version, the instances of the first and the latest certificate
 * that follow, and the power table of the first instance. The table keeps its entries in the order
 * they were decoded, because its CID depends on that order.
 *
 * <p>Nothing is checked here that go-f3 does not check on import: the version is not checked at
 * all, and the instance range is checked against the certificates by {@link F3SnapshotImportCheck}.
 *
 * @param version the format version (go-f3 writes {@link #VERSION})
 * @param firstInstance the instance of the first certificate, whose committee is the table
 * @param latestInstance the instance of the last certificate
 * @param initialPowerTable the committee of {@code firstInstance}
 */
public record F3SnapshotHeader(
    long version, long firstInstance, long latestInstance, PowerTable initialPowerTable) {
  /** The version go-f3's exporter writes. */
  public static final long VERSION = 1;

  public F3SnapshotHeader {
    Objects.requireNonNull(initialPowerTable, "initialPowerTable");
  }

  /** A version-1 header, as go-f3 exports it. */
  public static F3SnapshotHeader of(
      long firstInstance, long latestInstance, PowerTable initialPowerTable) {
    return new F3SnapshotHeader(VERSION, firstInstance, latestInstance, initialPowerTable);
  }

  /** go-f3 {@code MakePowerTableCID} of the initial table, entries in their decoded order. */
  public Cid initialPowerTableCid() {
    return initialPowerTable.cid();
  }

  /**
   * How many certificates the header announces ({@code latest − first + 1}), or 0 when the latest
   * instance is before the first.
   */
  public long declaredCertificates() {
    return Long.compareUnsigned(latestInstance, firstInstance) < 0
        ? 0
        : latestInstance - firstInstance + 1;
  }
}
