package io.f3console.core.inspect;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one participant's worker key and membership across a chain of certificates, read
 * from the certificates' power-table deltas the way go-f3's {@code ApplyPowerTableDiffs} applies
 * them: a delta with a key sets the key (joining if the actor was absent), and an entry whose power
 * reaches zero leaves the table.
 *
 * @param actor the participant
 * @param events what happened, oldest first; the first is the starting table's entry when the actor
 *     was in it
 */
public record KeyHistory(ActorId actor, List<Event> events) {
  /** What a delta did to the participant. */
  public enum Kind {
    /** Its entry in the starting table. */
    INITIAL,
    /** It entered the table with this key. */
    JOINED,
    /** Its key changed. */
    ROTATED,
    /** Its power changed; the key stayed. */
    REPOWERED,
    /** Its power reached zero, so it left the table. */
    LEFT
  }

  /**
   * One change.
   *
   * @param certificateInstance the certificate whose delta made it (the change applies to the
   *     committee of the next instance); for {@link Kind#INITIAL}, the starting instance
   * @param kind what changed
   * @param key the key after the change (empty after leaving)
   * @param power the power after the change
   */
  public record Event(long certificateInstance, Kind kind, PubKey key, StoragePower power) {
    public Event {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(power, "power");
    }
  }

  public KeyHistory {
    Objects.requireNonNull(actor, "actor");
    events = List.copyOf(events);
  }

  /**
   * Reads the history of {@code actor} from {@code initial} (the committee of {@code
   * firstInstance}) through {@code certificates}.
   *
   * @param includePowerChanges whether to list power-only changes as well as key and membership
   *     changes
   */
  public static KeyHistory of(
      ActorId actor,
      PowerTable initial,
      long firstInstance,
      List<FinalityCertificate> certificates,
      boolean includePowerChanges) {
    Objects.requireNonNull(actor, "actor");
    List<Event> events = new ArrayList<>();
    Optional<Integer> index = initial.indexOf(actor);
    PubKey key = PubKey.EMPTY;
    StoragePower power = StoragePower.ZERO;
    if (index.isPresent()) {
      PowerEntry entry = initial.entry(index.get());
      key = entry.pubKey();
      power = entry.power();
      events.add(new Event(firstInstance, Kind.INITIAL, key, power));
    }
    for (FinalityCertificate certificate : certificates) {
      for (PowerTableDelta delta : certificate.powerTableDelta()) {
        if (!delta.participant().equals(actor)) {
          continue;
        }
        boolean present = power.signum() > 0;
        StoragePower after = StoragePower.of(power.value().add(delta.powerDelta().value()));
        PubKey keyAfter = delta.signingKey().isEmpty() ? key : delta.signingKey();
        Kind kind;
        if (after.signum() <= 0) {
          kind = Kind.LEFT;
          keyAfter = PubKey.EMPTY;
          after = StoragePower.ZERO;
        } else if (!present) {
          kind = Kind.JOINED;
        } else if (!keyAfter.equals(key)) {
          kind = Kind.ROTATED;
        } else {
          kind = Kind.REPOWERED;
        }
        key = keyAfter;
        power = after;
        if (kind != Kind.REPOWERED || includePowerChanges) {
          events.add(new Event(certificate.instance(), kind, key, power));
        }
      }
    }
    return new KeyHistory(actor, events);
  }

  /** How many times the key changed (joins and leaves not counted). */
  public long rotations() {
    return events.stream().filter(e -> e.kind() == Kind.ROTATED).count();
  }
}
