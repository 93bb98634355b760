package io.f3console.core.gpbft;

import java.util.Comparator;
import java.util.Objects;

/**
 * One participant of a power table (go-f3 {@code gpbft.PowerEntry}).
 *
 * @param id the miner actor
 * @param power its storage power (positive in a valid table)
 * @param pubKey its worker BLS key
 */
public record PowerEntry(ActorId id, StoragePower power, PubKey pubKey) {

  /** go-f3's canonical order: power descending, then actor ID ascending. */
  public static final Comparator<PowerEntry> CANONICAL_ORDER =
      Comparator.comparing(PowerEntry::power).reversed().thenComparing(PowerEntry::id);

  public PowerEntry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(power);
    Objects.requireNonNull(pubKey);
  }

  public static PowerEntry of(long id, long power, PubKey key) {
    return new PowerEntry(ActorId.of(id), StoragePower.of(power), key);
  }
}
