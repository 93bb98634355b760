package io.f3console.core.certs;

import io.f3console.core.certs.InvalidPowerDeltaException.Problem;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a certificate's power-table delta to the table of its instance, with go-f3's rules
 * ({@code certs.ApplyPowerTableDiffs}, one diff): deltas sorted by strictly increasing participant
 * ID, none empty; an existing participant's power changes by the delta and its key is replaced by a
 * non-empty new key that differs from the current one (and not when its power drops to zero); a new
 * participant needs positive power and a key; power that ends at zero removes the entry, negative
 * power is an error. The result is in canonical order whatever the order of the input table,
 * because go-f3 rebuilds the table from a map and sorts it.
 *
 * <p>go-f3's messages for the two new-participant errors print participant 0 (the zero value of the
 * entry it was filling in); the messages here name the real participant.
 */
public final class PowerTableDeltas {
  private PowerTableDeltas() {}

  /** The table for the next instance, or the first rule a delta breaks. */
  public static PowerTable apply(PowerTable table, List<PowerTableDelta> deltas)
      throws InvalidPowerDeltaException {
    if (deltas.isEmpty() && table.isCanonicalOrder()) {
      return table; // Same entries, same order: go-f3 would rebuild exactly this table.
    }
    Map<ActorId, PowerEntry> byId = new LinkedHashMap<>(table.size() * 2);
    for (PowerEntry entry : table.entries()) {
      byId.put(entry.id(), entry);
    }
    for (int i = 0; i < deltas.size(); i++) {
      PowerTableDelta delta = deltas.get(i);
      if (i > 0
          && Long.compareUnsigned(
                  delta.participant().bits(), deltas.get(i - 1).participant().bits())
              <= 0) {
        throw fail(
            i,
            delta,
            Problem.NOT_SORTED,
            "delta "
                + i
                + " for "
                + delta.participant()
                + " is not sorted by participant ID (after "
                + deltas.get(i - 1).participant()
                + ")");
      }
      if (delta.isZero()) {
        throw fail(
            i,
            delta,
            Problem.EMPTY_DELTA,
            "delta "
                + i
                + " for "
                + delta.participant()
                + " is empty: no power change and no new key");
      }
      PowerEntry current = byId.get(delta.participant());
      PowerEntry updated = current == null ? newEntry(i, delta) : changed(i, current, delta);
      int sign = updated.power().signum();
      if (sign == 0) {
        byId.remove(delta.participant());
      } else if (sign > 0) {
        byId.put(delta.participant(), updated);
      } else {
        throw fail(
            i,
            delta,
            Problem.NEGATIVE_POWER,
            "delta "
                + i
                + " leaves "
                + delta.participant()
                + " with negative power "
                + updated.power());
      }
    }
    List<PowerEntry> entries = new ArrayList<>(byId.values());
    entries.sort(PowerEntry.CANONICAL_ORDER);
    try {
      return PowerTable.of(entries);
    } catch (InvalidPowerTableException e) {
      throw new InvalidPowerDeltaException(
          -1,
          ActorId.of(0),
          Problem.INVALID_RESULT,
          "the table after the delta is not a valid power table: " + e.getMessage());
    }
  }

  private static PowerEntry changed(int index, PowerEntry current, PowerTableDelta delta)
      throws InvalidPowerDeltaException {
    PubKey newKey = delta.signingKey();
    if (newKey.equals(current.pubKey())) {
      throw fail(
          index,
          delta,
          Problem.UNCHANGED_KEY,
          "delta "
              + index
              + " for "
              + delta.participant()
              + " gives a new key equal to its current key");
    }
    StoragePower power = current.power().add(delta.powerDelta());
    PubKey key = current.pubKey();
    if (!newKey.isEmpty()) {
      if (power.signum() == 0) {
        throw fail(
            index,
            delta,
            Problem.KEY_WITH_ZERO_POWER,
            "delta "
                + index
                + " removes all"
                + " power of "
                + delta.participant()
                + " while giving it a new key");
      }
      key = newKey;
    }
    return new PowerEntry(current.id(), power, key);
  }

  private static PowerEntry newEntry(int index, PowerTableDelta delta)
      throws InvalidPowerDeltaException {
    if (delta.powerDelta().signum() <= 0) {
      throw fail(
          index,
          delta,
          Problem.NEW_ENTRY_NON_POSITIVE_POWER,
          "delta "
              + index
              + " adds "
              + delta.participant()
              + " with non-positive power "
              + delta.powerDelta());
    }
    if (delta.signingKey().isEmpty()) {
      throw fail(
          index,
          delta,
          Problem.NEW_ENTRY_WITHOUT_KEY,
          "delta " + index + " adds " + delta.participant() + " without a signing key");
    }
    return new PowerEntry(delta.participant(), delta.powerDelta(), delta.signingKey());
  }

  private static InvalidPowerDeltaException fail(
      int index, PowerTableDelta delta, Problem problem, String message) {
    return new InvalidPowerDeltaException(index, delta.participant(), problem, message);
  }
}
