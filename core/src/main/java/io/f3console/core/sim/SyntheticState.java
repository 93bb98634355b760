package io.f3console.core.sim;

import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.state.Address;
import io.f3console.core.state.AddressFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a Filecoin chain state that the power-table computation reads, in the byte layouts of
 * actors v17 (state tree 5; power state of 17 fields, or 15 for the v8–v14 layout; miner
 * VestingFunds inline as from v16, or a CID as up to v15; MinerInfo of 14 fields): a genesis-like
 * block header, the state root, the actors map, the system actor with a manifest, the power actor
 * with its claims map, and for each miner that has an actor its state, its info and its BLS worker
 * account. Every block goes to a {@link HamtWriter.BlockSink}.
 *
 * <p>The code CIDs are synthetic (raw blake2b-256 of {@code fil/17/<name>}); readers take the kinds
 * from the manifest. Unread fields (sectors, deadlines, the cron queue…) link to the empty map. The
 * encoders are public so that tests can compare them with real blocks.
 */
public final class SyntheticState {
  /** The ID of the first worker account: workers are {@code WORKER_BASE + miner ID}. */
  public static final long WORKER_BASE = 1L << 40;

  /** Actors version whose layouts are written. */
  public static final int ACTORS_VERSION = 17;

  private static final byte[] EMPTY_HAMT = {(byte) 0x82, 0x40, (byte) 0x80};
  private static final byte[] EMPTY_ARRAY = {(byte) 0x80};

  private SyntheticState() {}

  /** Power state and miner layouts. */
  public enum Layout {
    /** Actors v16–v19: 17-field power state, inline VestingFunds. */
    V17(17, false),
    /** Actors v15: 17-field power state, VestingFunds as a CID. */
    V15(17, true),
    /** Actors v8–v14: 15-field power state (no ramp fields), VestingFunds as a CID. */
    V13(15, true);

    private final int powerFields;
    private final boolean vestingCid;

    Layout(int powerFields, boolean vestingCid) {
      this.powerFields = powerFields;
      this.vestingCid = vestingCid;
    }
  }

  /**
   * One miner's claim and, when {@code hasActor}, its actor.
   *
   * @param id the miner's actor ID
   * @param proofType the claim's Window PoSt proof type
   * @param raw raw byte power
   * @param qa quality-adjusted power
   * @param feeDebt fee debt (attoFIL)
   * @param consensusFaultElapsed the end of its consensus-fault window (−1 when none)
   * @param blsKey the worker's 48-byte BLS key
   * @param hasActor whether the miner, its info and its worker are written (a claim never read,
   *     such as one below the minimum when the minimum applies, can do without)
   */
  public record Miner(
      long id,
      long proofType,
      BigInteger raw,
      BigInteger qa,
      BigInteger feeDebt,
      long consensusFaultElapsed,
      byte[] blsKey,
      boolean hasActor) {
    public Miner {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(qa, "qa");
      Objects.requireNonNull(feeDebt, "feeDebt");
      if (blsKey.length != Address.BLS_PAYLOAD_LENGTH) {
        throw new IllegalArgumentException("a BLS key has 48 bytes, not " + blsKey.length);
      }
      blsKey = blsKey.clone();
    }

    @Override
    public byte[] blsKey() {
      return blsKey.clone();
    }

    /** The worker account's ID. */
    public long workerId() {
      return WORKER_BASE + id;
    }
  }

  /**
   * What to write.
   *
   * @param height the header's height (the consensus-fault check uses it)
   * @param minerAboveMinPowerCount the power state's count (4 or more: the minimum applies)
   * @param layout the actors layouts
   * @param miners the claims, in any order
   */
  public record Spec(long height, long minerAboveMinPowerCount, Layout layout, List<Miner> miners) {
    public Spec {
      Objects.requireNonNull(layout, "layout");
      miners = List.copyOf(miners);
    }
  }

  /** What was written: the header (the CAR's root), the state root, blocks and bytes. */
  public record Written(Cid header, Cid stateRoot, Cid claims, long blocks, long bytes) {}

  /** Writes {@code spec}'s state and its header to {@code sink}. */
  public static Written write(Spec spec, HamtWriter.BlockSink sink) throws IOException {
    Counting out = new Counting(sink);
    Cid empty = out.put(EMPTY_HAMT);
    Cid emptyArray = out.put(EMPTY_ARRAY);

    List<HamtWriter.Entry> actors = new ArrayList<>();
    List<String> names =
        List.of(
            "system",
            "init",
            "cron",
            "account",
            "storagepower",
            "storageminer",
            "storagemarket",
            "paymentchannel",
            "multisig",
            "reward",
            "verifiedregistry",
            "datacap",
            "placeholder",
            "evm",
            "eam",
            "ethaccount");
    CborWriter manifest = new CborWriter().writeArrayHeader(names.size());
    for (String name : names) {
      manifest.writeArrayHeader(2).writeTextString(name).writeCid(code(name));
    }
    Cid manifestCid = out.put(manifest.toByteArray());
    Cid systemState =
        out.put(new CborWriter().writeArrayHeader(1).writeCid(manifestCid).toByteArray());
    actors.add(
        new HamtWriter.Entry(
            Address.id(0).toBytes(),
            actor(code("system"), systemState, 0, BigInteger.ZERO, Optional.empty())));

    List<HamtWriter.Entry> claims = new ArrayList<>(spec.miners().size());
    BigInteger totalRaw = BigInteger.ZERO;
    BigInteger totalQa = BigInteger.ZERO;
    for (Miner miner : spec.miners()) {
      claims.add(
          new HamtWriter.Entry(
              Address.id(miner.id()).toBytes(), claim(miner.proofType(), miner.raw(), miner.qa())));
      totalRaw = totalRaw.add(miner.raw());
      totalQa = totalQa.add(miner.qa());
      if (!miner.hasActor()) {
        continue;
      }
      Address worker = Address.id(miner.workerId());
      Cid info =
          out.put(
              minerInfo(
                  worker,
                  worker,
                  miner.proofType(),
                  512L << 20,
                  2,
                  miner.consensusFaultElapsed(),
                  new byte[0]));
      Cid state =
          out.put(minerState(info, miner.feeDebt(), spec.layout().vestingCid, empty, emptyArray));
      actors.add(
          new HamtWriter.Entry(
              Address.id(miner.id()).toBytes(),
              actor(code("storageminer"), state, 0, BigInteger.ZERO, Optional.empty())));
      Cid account = out.put(accountState(bls(miner.blsKey())));
      actors.add(
          new HamtWriter.Entry(
              worker.toBytes(),
              actor(code("account"), account, 0, BigInteger.ZERO, Optional.empty())));
    }
    HamtWriter.Written claimsMap = HamtWriter.write(claims, out::putWithCid);
    Cid power =
        out.put(
            powerState(
                spec.layout().powerFields,
                totalRaw,
                totalQa,
                spec.miners().size(),
                spec.minerAboveMinPowerCount(),
                empty,
                claimsMap.root()));
    actors.add(
        new HamtWriter.Entry(
            Address.id(4).toBytes(),
            actor(code("storagepower"), power, 0, BigInteger.ZERO, Optional.empty())));
    HamtWriter.Written actorsMap = HamtWriter.write(actors, out::putWithCid);
    Cid stateRoot =
        out.put(
            new CborWriter()
                .writeArrayHeader(3)
                .writeUint64(5)
                .writeCid(actorsMap.root())
                .writeCid(emptyArray)
                .toByteArray());
    Cid header = out.put(header(spec.height(), stateRoot, empty));
    return new Written(header, stateRoot, claimsMap.root(), out.blocks, out.bytes);
  }

  /**
   * Writes {@code spec}'s state as a CARv1 at {@code path} whose root is the header. The blocks are
   * gathered in memory first (the root is known last); a block written twice is stored once, and
   * the counts are of distinct blocks.
   */
  public static Written writeCar(Spec spec, Path path) throws IOException {
    Map<Cid, byte[]> blocks = new LinkedHashMap<>();
    Written written = write(spec, blocks::putIfAbsent);
    long bytes = 0;
    try (CarWriter car = CarWriter.create(path, CarWriter.Format.V1, List.of(written.header()))) {
      for (Map.Entry<Cid, byte[]> block : blocks.entrySet()) {
        car.writeBlock(block.getKey(), block.getValue());
        bytes += block.getValue().length;
      }
    }
    return new Written(
        written.header(), written.stateRoot(), written.claims(), blocks.size(), bytes);
  }

  /** A synthetic code CID: raw blake2b-256 of {@code fil/17/<name>}. */
  public static Cid code(String name) {
    return Cid.raw(("fil/" + ACTORS_VERSION + "/" + name).getBytes(StandardCharsets.UTF_8));
  }

  /** An actor of state tree 5: {@code [code, head, nonce, balance, delegated address]}. */
  public static byte[] actor(
      Cid code, Cid head, long nonce, BigInteger balance, Optional<Address> delegated) {
    CborWriter w =
        new CborWriter(96)
            .writeArrayHeader(5)
            .writeCid(code)
            .writeCid(head)
            .writeUint64(nonce)
            .writeByteString(bigInt(balance));
    if (delegated.isPresent()) {
      w.writeByteString(delegated.get().toBytes());
    } else {
      w.writeNull();
    }
    return w.toByteArray();
  }

  /** A claim: {@code [WindowPoStProofType, RawBytePower, QualityAdjPower]}. */
  public static byte[] claim(long proofType, BigInteger raw, BigInteger qa) {
    return new CborWriter(32)
        .writeArrayHeader(3)
        .writeInt64(proofType)
        .writeByteString(bigInt(raw))
        .writeByteString(bigInt(qa))
        .toByteArray();
  }

  /** An account actor's state: {@code [address]}. */
  public static byte[] accountState(Address address) {
    return new CborWriter(56).writeArrayHeader(1).writeByteString(address.toBytes()).toByteArray();
  }

  /**
   * A v9–v19 MinerInfo (14 fields) with no control addresses, multiaddrs or pending changes; the
   * owner is also the beneficiary, with an empty term.
   */
  public static byte[] minerInfo(
      Address owner,
      Address worker,
      long proofType,
      long sectorSize,
      long partitionSectors,
      long consensusFaultElapsed,
      byte[] peerId) {
    return new CborWriter(96)
        .writeArrayHeader(14)
        .writeByteString(owner.toBytes())
        .writeByteString(worker.toBytes())
        .writeArrayHeader(0)
        .writeNull()
        .writeByteString(peerId)
        .writeArrayHeader(0)
        .writeInt64(proofType)
        .writeUint64(sectorSize)
        .writeUint64(partitionSectors)
        .writeInt64(consensusFaultElapsed)
        .writeNull()
        .writeByteString(owner.toBytes())
        .writeArrayHeader(3)
        .writeByteString(new byte[0])
        .writeByteString(new byte[0])
        .writeInt64(0)
        .writeNull()
        .toByteArray();
  }

  /** A miner state (15 fields); VestingFunds a CID (up to v15) or null (v16 on). */
  public static byte[] minerState(
      Cid info, BigInteger feeDebt, boolean vestingCid, Cid emptyMap, Cid emptyArray) {
    CborWriter w =
        new CborWriter(400)
            .writeArrayHeader(15)
            .writeCid(info)
            .writeByteString(new byte[0])
            .writeByteString(new byte[0]);
    if (vestingCid) {
      w.writeCid(emptyArray);
    } else {
      w.writeNull();
    }
    return w.writeByteString(bigInt(feeDebt))
        .writeByteString(new byte[0])
        .writeCid(emptyMap)
        .writeCid(emptyMap)
        .writeCid(emptyArray)
        .writeCid(emptyArray)
        .writeInt64(0)
        .writeUint64(0)
        .writeCid(emptyArray)
        .writeByteString(new byte[0])
        .writeBool(false)
        .toByteArray();
  }

  /** A power state of 17 fields (v15 on) or 15 (v8–v14). */
  public static byte[] powerState(
      int fields,
      BigInteger totalRaw,
      BigInteger totalQa,
      long minerCount,
      long aboveMin,
      Cid cronQueue,
      Cid claims) {
    if (fields != 15 && fields != 17) {
      throw new IllegalArgumentException("a power state has 15 or 17 fields, not " + fields);
    }
    CborWriter w =
        new CborWriter(256)
            .writeArrayHeader(fields)
            .writeByteString(bigInt(totalRaw))
            .writeByteString(bigInt(totalRaw))
            .writeByteString(bigInt(totalQa))
            .writeByteString(bigInt(totalQa))
            .writeByteString(new byte[0])
            .writeByteString(bigInt(totalRaw))
            .writeByteString(bigInt(totalQa))
            .writeByteString(new byte[0])
            .writeArrayHeader(2)
            .writeByteString(bigInt(totalQa))
            .writeByteString(new byte[0])
            .writeInt64(minerCount)
            .writeInt64(aboveMin);
    if (fields == 17) {
      w.writeInt64(0).writeUint64(0);
    }
    return w.writeCid(cronQueue).writeInt64(0).writeCid(claims).writeNull().toByteArray();
  }

  /** A genesis-like block header (16 fields) at {@code height} over {@code stateRoot}. */
  public static byte[] header(long height, Cid stateRoot, Cid empty) {
    return new CborWriter(256)
        .writeArrayHeader(16)
        .writeByteString(Address.id(0).toBytes())
        .writeNull()
        .writeNull()
        .writeArrayHeader(0)
        .writeArrayHeader(0)
        .writeArrayHeader(0)
        .writeByteString(new byte[0])
        .writeInt64(height)
        .writeCid(stateRoot)
        .writeCid(empty)
        .writeCid(empty)
        .writeNull()
        .writeUint64(0)
        .writeNull()
        .writeUint64(0)
        .writeByteString(bigInt(BigInteger.valueOf(100)))
        .toByteArray();
  }

  /** Filecoin's BigInt bytes: empty for zero, else a sign byte and the magnitude. */
  public static byte[] bigInt(BigInteger value) {
    return StoragePower.of(value).toBytes();
  }

  private static Address bls(byte[] key) {
    try {
      return Address.bls(key);
    } catch (AddressFormatException e) {
      throw new IllegalArgumentException("not a BLS key: " + e.getMessage(), e);
    }
  }

  /** Hashes and counts blocks on their way to the sink. */
  private static final class Counting {
    private final HamtWriter.BlockSink sink;
    private long blocks;
    private long bytes;

    Counting(HamtWriter.BlockSink sink) {
      this.sink = sink;
    }

    Cid put(byte[] data) throws IOException {
      Cid cid = Cid.makeCid(data);
      putWithCid(cid, data);
      return cid;
    }

    void putWithCid(Cid cid, byte[] data) throws IOException {
      sink.put(cid, data);
      blocks++;
      bytes += data.length;
    }
  }
}
