package io.f3console.core.sim;

import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a synthetic committee changes from one instance to the next: a few participants gain or lose
 * power (which reorders the table), and now and then one joins, one leaves or one rotates its
 * worker key. Power comes in whole 32 GiB sectors with a heavy-tailed spread, like the real
 * network, plus a few "dust" participants whose scaled power is zero (they may not sign).
 */
final class CommitteeEvolution {
  static final BigInteger SECTOR = BigInteger.valueOf(32L << 30);
  private static final long FIRST_ACTOR = 1000;
  private static final int MIN_PARTICIPANTS = 4;

  private final SplittableRandom random;
  private final SecretKeys keys;
  private final SimulationSpec.Churn churn;
  private final long minSectors;
  private long nextActor = FIRST_ACTOR;

  CommitteeEvolution(SplittableRandom random, SecretKeys keys, SimulationSpec spec) {
    this.random = random;
    this.keys = keys;
    this.churn = spec.churn();
    // Keep the total well above 65,535 sectors so that a one-sector participant scales to zero.
    this.minSectors = Math.max(64, (1L << 18) / spec.participants());
  }

  /** The initial committee: mostly heavy-tailed powers, with about 5% dust (at least one). */
  PowerTable initial(int participants) throws BlsException {
    int dust = Math.max(1, participants / 20);
    List<PowerEntry> entries = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      long sectors = i < dust ? 1 + random.nextInt(4) : regularSectors();
      entries.add(newEntry(sectors));
    }
    return canonical(entries);
  }

  /** The committee of the next instance. */
  PowerTable next(PowerTable current) throws BlsException {
    List<PowerEntry> entries = new ArrayList<>(current.entries());
    if (random.nextDouble() < churn.powerChange()) {
      int changes = 1 + random.nextInt(Math.max(1, entries.size() / 100));
      for (int c = 0; c < changes; c++) {
        int i = random.nextInt(entries.size());
        PowerEntry entry = entries.get(i);
        entries.set(i, withPower(entry, changedSectors(entry)));
      }
    }
    if (random.nextDouble() < churn.join() && entries.size() < SimulationSpec.MAX_PARTICIPANTS) {
      entries.add(newEntry(regularSectors()));
    }
    if (random.nextDouble() < churn.leave() && entries.size() > MIN_PARTICIPANTS) {
      int i = random.nextInt(entries.size());
      // Dust participants stay, so that every table has an entry with no scaled power.
      if (current.indexOf(entries.get(i).id()).map(current::scaledPower).orElse(1L) > 0) {
        entries.remove(i);
      }
    }
    if (random.nextDouble() < churn.keyRotation()) {
      int i = random.nextInt(entries.size());
      PowerEntry entry = entries.get(i);
      entries.set(i, new PowerEntry(entry.id(), entry.power(), keys.next()));
    }
    return canonical(entries);
  }

  private PowerEntry newEntry(long sectors) throws BlsException {
    PubKey key = keys.next();
    return new PowerEntry(ActorId.of(nextActor++), power(sectors), key);
  }

  /** Pareto-distributed sector counts (shape 1.2): many small miners, a few very large ones. */
  private long regularSectors() {
    double u = random.nextDouble();
    double sectors = minSectors / Math.pow(1 - u, 1 / 1.2);
    return (long) Math.min(sectors, minSectors * 100_000.0);
  }

  /** A change of up to ±10% (at least one sector), never below one sector. */
  private long changedSectors(PowerEntry entry) {
    long sectors = entry.power().value().divide(SECTOR).longValueExact();
    long step = Math.max(1, sectors / 10);
    long change = 1 + random.nextLong(step);
    return random.nextBoolean() ? sectors + change : Math.max(1, sectors - change);
  }

  private static PowerEntry withPower(PowerEntry entry, long sectors) {
    return new PowerEntry(entry.id(), power(sectors), entry.pubKey());
  }

  private static StoragePower power(long sectors) {
    return StoragePower.of(SECTOR.multiply(BigInteger.valueOf(sectors)));
  }

  private static PowerTable canonical(List<PowerEntry> entries) {
    entries.sort(PowerEntry.CANONICAL_ORDER);
    try {
      return PowerTable.of(entries);
    } catch (InvalidPowerTableException e) {
      throw new IllegalStateException("the generator built an invalid table: " + e, e);
    }
  }
}
