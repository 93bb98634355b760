package io.f3console.core.bench;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A long mainnet-shaped chain for the store benchmark, made fast by leaving out what a store does
 * not look at: its certificates carry random bytes where the signature goes (they validate in every
 * respect but the signature). Otherwise it is shaped as mainnet is: 1,560 members or so, about 63 %
 * of them signing each instance at random, tipsets of five blocks, one to four new epochs per
 * instance with now and then a base-only decision, a power delta every tenth instance or so and the
 * occasional join and departure.
 */
final class StoreBenchChain {
  private static final byte[] ZERO = new byte[TipSet.COMMITMENTS_LENGTH];
  private static final int BLOCKS_PER_TIPSET = 5;

  private final SplittableRandom random;
  private PowerTable table;
  private TipSet head;
  private long instance;
  private long nextActor;

  StoreBenchChain(long seed, int participants) throws InvalidPowerTableException {
    random = new SplittableRandom(seed);
    List<PowerEntry> entries = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      entries.add(new PowerEntry(ActorId.of(1_000 + i), power(), key()));
    }
    nextActor = 1_000 + participants;
    entries.sort(PowerEntry.CANONICAL_ORDER);
    table = PowerTable.of(entries);
    head = tipSet(4_000_000);
  }

  PowerTable initialTable() {
    return table;
  }

  /** A certificate and the committee after it. */
  record Step(FinalityCertificate certificate, PowerTable committee, PowerTable next) {}

  Step next() throws InvalidPowerDeltaException {
    PowerTable committee = table;
    List<TipSet> tipSets = new ArrayList<>();
    tipSets.add(head);
    int added = random.nextInt(33) == 0 ? 0 : 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(3));
    long epoch = head.epoch();
    for (int i = 0; i < added; i++) {
      epoch += random.nextInt(20) == 0 ? 2 : 1;
      tipSets.add(tipSet(epoch));
    }
    head = tipSets.get(tipSets.size() - 1);
    List<PowerTableDelta> delta = delta(committee);
    PowerTable next = PowerTableDeltas.apply(committee, delta);
    List<Long> signers = new ArrayList<>();
    for (int i = 0; i < committee.size(); i++) {
      if (random.nextInt(100) < 63) {
        signers.add((long) i);
      }
    }
    byte[] signature = new byte[96];
    random.nextBytes(signature);
    FinalityCertificate certificate =
        FinalityCertificate.of(
            instance++,
            ECChain.of(tipSets),
            SupplementalData.of(ZERO, next.cid()),
            Bitfield.of(signers.stream().mapToLong(Long::longValue).toArray()),
            signature,
            delta);
    table = next;
    return new Step(certificate, committee, next);
  }

  private List<PowerTableDelta> delta(PowerTable committee) {
    TreeMap<Long, PowerTableDelta> changes = new TreeMap<>(Long::compareUnsigned);
    if (random.nextInt(10) == 0) {
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        ActorId id = committee.entry(random.nextInt(committee.size())).id();
        changes.put(
            id.bits(),
            new PowerTableDelta(id, StoragePower.of(1L << (36 + random.nextInt(4))), PubKey.EMPTY));
      }
    }
    if (random.nextInt(200) == 0) {
      ActorId id = ActorId.of(nextActor++);
      changes.put(id.bits(), new PowerTableDelta(id, power(), key()));
    }
    if (random.nextInt(200) == 0 && committee.size() > 4) {
      PowerEntry leaving = committee.entry(random.nextInt(committee.size()));
      changes.put(
          leaving.id().bits(),
          new PowerTableDelta(
              leaving.id(), StoragePower.of(leaving.power().value().negate()), PubKey.EMPTY));
    }
    return List.copyOf(changes.values());
  }

  private StoragePower power() {
    return StoragePower.of(
        (1L << 40) * (1 + random.nextInt(random.nextInt(8) == 0 ? 20_000 : 200)));
  }

  private PubKey key() {
    byte[] key = new byte[PubKey.COMPRESSED_LENGTH];
    random.nextBytes(key);
    return PubKey.of(key);
  }

  private TipSet tipSet(long epoch) {
    ByteArrayOutputStream key = new ByteArrayOutputStream();
    byte[] header = new byte[32];
    for (int b = 0; b < BLOCKS_PER_TIPSET; b++) {
      random.nextBytes(header);
      Cid.makeCid(header).writeTo(key);
    }
    return TipSet.of(epoch, key.toByteArray(), table.cid(), ZERO);
  }
}
