package io.f3console.core.testing;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.RandomCids;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random finality certificates for codec property tests: every field's shape is varied (zero
 * and non-zero chains, negative and huge epochs, keys of 0 to 20 CIDs of every kind, signer sets
 * with indexes beyond 2^63, empty and long signatures, deltas with and without keys, negative
 * power). They are encodable, not valid: signatures are random bytes.
 */
public final class RandomCertificates {
  private RandomCertificates() {}

  public static FinalityCertificate certificate(SplittableRandom random) {
    long instance = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1_000_000);
    byte[] signature = RandomCids.bytes(random, random.nextInt(4) == 0 ? 0 : 96);
    return FinalityCertificate.of(
        instance,
        chain(random),
        supplementalData(random),
        signers(random),
        signature,
        deltas(random));
  }

  public static ECChain chain(SplittableRandom random) {
    int size = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(6);
    List<TipSet> tipSets = new ArrayList<>(size);
    long epoch = random.nextBoolean() ? random.nextLong() / 2 : random.nextLong(10_000_000);
    for (int i = 0; i < size; i++) {
      tipSets.add(tipSet(random, epoch));
      epoch += 1 + random.nextInt(3);
    }
    return ECChain.of(tipSets);
  }

  public static TipSet tipSet(SplittableRandom random, long epoch) {
    List<Cid> blocks = new ArrayList<>();
    int wanted = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(6);
    int length = 0;
    while (blocks.size() < wanted) {
      Cid block =
          random.nextBoolean() ? Cid.makeCid(RandomCids.bytes(random, 8)) : RandomCids.any(random);
      if (length + block.byteLength() > TipSet.MAX_KEY_LENGTH) {
        break;
      }
      blocks.add(block);
      length += block.byteLength();
    }
    return TipSet.ofBlocks(epoch, blocks, RandomCids.any(random), commitments(random));
  }

  public static SupplementalData supplementalData(SplittableRandom random) {
    return SupplementalData.of(commitments(random), Cid.makeCid(RandomCids.bytes(random, 16)));
  }

  private static byte[] commitments(SplittableRandom random) {
    return random.nextBoolean()
        ? new byte[TipSet.COMMITMENTS_LENGTH]
        : RandomCids.bytes(random, TipSet.COMMITMENTS_LENGTH);
  }

  public static Bitfield signers(SplittableRandom random) {
    long[] indexes = new long[random.nextInt(40)];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = random.nextInt(10) == 0 ? random.nextLong() & ~1L : random.nextLong(2000);
    }
    return Bitfield.of(indexes);
  }

  public static List<PowerTableDelta> deltas(SplittableRandom random) {
    int count = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
    List<PowerTableDelta> deltas = new ArrayList<>(count);
    long participant = random.nextLong(1000);
    for (int i = 0; i < count; i++) {
      StoragePower power = RandomPowerTables.power(random);
      deltas.add(
          new PowerTableDelta(
              ActorId.of(participant),
              random.nextBoolean() ? power : StoragePower.of(power.value().negate()),
              random.nextBoolean() ? PubKey.EMPTY : RandomPowerTables.key(random)));
      participant += 1 + random.nextInt(100_000);
    }
    return deltas;
  }
}
