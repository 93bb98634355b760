package io.f3console.core.powertable;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table as read from a file: its entries in file order, what the file was, and what the
 * file itself claimed about the table (the {@code lotus f3 powertable get} wrapper states an
 * instance, a CID, a total and a scaled total), so those claims can be checked.
 *
 * @param source a name for messages (usually the path)
 * @param format the encoding it was read from
 * @param entries the entries, in file order
 * @param instance the instance the file says the table belongs to
 * @param declaredCid the CID the file states
 * @param declaredTotal the total power the file states
 * @param declaredScaledTotal the scaled total the file states
 * @param canonicalBytes for CBOR: whether the file's bytes are exactly the canonical encoding (they
 *     may differ in lax big-integer forms go-f3 accepts; the CID is always taken over the canonical
 *     encoding); always true for JSON
 */
public record PowerTableDocument(
    String source,
    PowerTableFormat format,
    List<PowerEntry> entries,
    Optional<Long> instance,
    Optional<Cid> declaredCid,
    Optional<StoragePower> declaredTotal,
    Optional<Long> declaredScaledTotal,
    boolean canonicalBytes) {

  public PowerTableDocument {
    Objects.requireNonNull(source);
    Objects.requireNonNull(format);
    entries = List.copyOf(entries);
    Objects.requireNonNull(instance);
    Objects.requireNonNull(declaredCid);
    Objects.requireNonNull(declaredTotal);
    Objects.requireNonNull(declaredScaledTotal);
  }

  /** The table, or an error naming the source when the entries break a table rule. */
  public PowerTable toTable() throws PowerTableFormatException {
    try {
      return PowerTable.of(entries);
    } catch (InvalidPowerTableException e) {
      throw new PowerTableFormatException(source + ": " + e.getMessage(), e);
    }
  }
}
