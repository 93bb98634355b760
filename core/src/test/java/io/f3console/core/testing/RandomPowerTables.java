package io.f3console.core.testing;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random power entries for property tests: unique actor IDs (including ones above 2^63),
 * positive powers from one byte to beyond 2^64, 48-byte keys of random bytes (not valid BLS points:
 * these tables exercise encodings, not cryptography).
 */
public final class RandomPowerTables {
  private RandomPowerTables() {}

  public static List<PowerEntry> entries(SplittableRandom random, int count) {
    Set<Long> ids = new HashSet<>();
    List<PowerEntry> entries = new ArrayList<>(count);
    while (entries.size() < count) {
      long id = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1, 5_000_000);
      if (!ids.add(id)) {
        continue;
      }
      entries.add(new PowerEntry(ActorId.of(id), power(random), key(random)));
    }
    return entries;
  }

  public static StoragePower power(SplittableRandom random) {
    int bits = 1 + random.nextInt(80);
    BigInteger value = new BigInteger(bits, new java.util.Random(random.nextLong()));
    return StoragePower.of(value.signum() == 0 ? BigInteger.ONE : value);
  }

  public static PubKey key(SplittableRandom random) {
    byte[] bytes = new byte[PubKey.COMPRESSED_LENGTH];
    random.nextBytes(bytes);
    return PubKey.of(bytes);
  }
}
