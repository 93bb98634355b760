package io.f3console.core.powertable;

import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The differences between two power tables, participant by participant, ordered by actor ID. {@link
 * #toDeltas()} gives them as go-f3 {@code MakePowerTableDiff} would.
 *
 * @param before the first table
 * @param after the second table
 * @param changes one change per participant that differs, by actor ID ascending
 */
public record PowerTableDiff(PowerTable before, PowerTable after, List<Change> changes) {

  /** How a participant differs. */
  public enum Kind {
    ADDED,
    REMOVED,
    POWER_CHANGED,
    KEY_CHANGED,
    POWER_AND_KEY_CHANGED
  }

  /**
   * One participant's change.
   *
   * @param id the actor
   * @param kind what changed
   * @param before its entry in the first table, if any
   * @param after its entry in the second table, if any
   */
  public record Change(
      ActorId id, Kind kind, Optional<PowerEntry> before, Optional<PowerEntry> after) {
    public Change {
      Objects.requireNonNull(id);
      Objects.requireNonNull(kind);
    }

    /** after − before (a removal is minus the old power). */
    public StoragePower powerDelta() {
      StoragePower old = before.map(PowerEntry::power).orElse(StoragePower.ZERO);
      StoragePower now = after.map(PowerEntry::power).orElse(StoragePower.ZERO);
      return now.subtract(old);
    }
  }

  public PowerTableDiff {
    Objects.requireNonNull(before);
    Objects.requireNonNull(after);
    changes = List.copyOf(changes);
  }

  /** Compares two tables. */
  public static PowerTableDiff between(PowerTable before, PowerTable after) {
    Map<ActorId, PowerEntry> old = new HashMap<>();
    for (PowerEntry entry : before.entries()) {
      old.put(entry.id(), entry);
    }
    List<Change> changes = new ArrayList<>();
    for (PowerEntry now : after.entries()) {
      PowerEntry was = old.remove(now.id());
      if (was == null) {
        changes.add(new Change(now.id(), Kind.ADDED, Optional.empty(), Optional.of(now)));
        continue;
      }
      boolean powerChanged = !was.power().equals(now.power());
      boolean keyChanged = !was.pubKey().equals(now.pubKey());
      if (powerChanged || keyChanged) {
        Kind kind =
            powerChanged && keyChanged
                ? Kind.POWER_AND_KEY_CHANGED
                : powerChanged ? Kind.POWER_CHANGED : Kind.KEY_CHANGED;
        changes.add(new Change(now.id(), kind, Optional.of(was), Optional.of(now)));
      }
    }
    for (PowerEntry gone : old.values()) {
      changes.add(new Change(gone.id(), Kind.REMOVED, Optional.of(gone), Optional.empty()));
    }
    changes.sort(Comparator.comparing(Change::id));
    return new PowerTableDiff(before, after, changes);
  }

  /** Whether both tables hold the same participants, powers and keys. */
  public boolean sameEntries() {
    return changes.isEmpty();
  }

  /** The same entries in a different order: the CIDs differ although nothing else does. */
  public boolean onlyOrderDiffers() {
    return changes.isEmpty() && !before.cid().equals(after.cid());
  }

  public long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * go-f3 {@code MakePowerTableDiff}: per changed participant the power difference and the new key
   * only if it differs (a removal carries no key), sorted by participant ID.
   */
  public List<PowerTableDelta> toDeltas() {
    List<PowerTableDelta> deltas = new ArrayList<>(changes.size());
    for (Change change : changes) {
      PubKey key =
          switch (change.kind()) {
            case ADDED, KEY_CHANGED, POWER_AND_KEY_CHANGED -> change.after().orElseThrow().pubKey();
            case REMOVED, POWER_CHANGED -> PubKey.EMPTY;
          };
      deltas.add(new PowerTableDelta(change.id(), change.powerDelta(), key));
    }
    return deltas;
  }
}
