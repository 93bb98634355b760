package io.f3console.core.gpbft;

import io.f3console.core.cid.Cid;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The data signed beside the chain (go-f3 {@code gpbft.SupplementalData}): 32 bytes of commitments
 * and the CID of the power table that validates the <em>next</em> instance. Signing it is what lets
 * a light client move from one committee to the next.
 *
 * <p>The power table may be absent: that is go-cid's {@code cid.Undef}, which JSON writes as {@code
 * null}, which adds no bytes to the signing payload and which CBOR cannot encode. Immutable.
 */
public final class SupplementalData {
  private final byte[] commitments;
  private final Optional<Cid> powerTable;

  private SupplementalData(byte[] commitments, Optional<Cid> powerTable) {
    this.commitments = commitments;
    this.powerTable = powerTable;
  }

  /**
   * Supplemental data naming a power table.
   *
   * @throws IllegalArgumentException if {@code commitments} is not 32 bytes
   */
  public static SupplementalData of(byte[] commitments, Cid powerTable) {
    return of(commitments, Optional.of(powerTable));
  }

  /**
   * Supplemental data with a power table or none ({@code cid.Undef}).
   *
   * @throws IllegalArgumentException if {@code commitments} is not 32 bytes
   */
  public static SupplementalData of(byte[] commitments, Optional<Cid> powerTable) {
    Objects.requireNonNull(commitments, "commitments");
    Objects.requireNonNull(powerTable, "powerTable");
    if (commitments.length != TipSet.COMMITMENTS_LENGTH) {
      throw new IllegalArgumentException(
          "commitments must be "
              + TipSet.COMMITMENTS_LENGTH
              + " bytes, found "
              + commitments.length);
    }
    return new SupplementalData(commitments.clone(), powerTable);
  }

  /** The 32 commitment bytes (a copy). */
  public byte[] commitments() {
    return commitments.clone();
  }

  /** The next instance's power-table CID; empty is go-cid's {@code cid.Undef}. */
  public Optional<Cid> powerTable() {
    return powerTable;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupplementalData that
        && Arrays.equals(commitments, that.commitments)
        && powerTable.equals(that.powerTable);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(commitments) + powerTable.hashCode();
  }

  @Override
  public String toString() {
    return "SupplementalData{commitments="
        + HexFormat.of().formatHex(commitments)
        + ", powerTable="
        + powerTable.map(Cid::toString).orElse("undefined")
        + "}";
  }
}
