package io.f3console.core.gpbft;

import io.f3console.core.cid.Cid;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A power table: the committee of an F3 instance (go-f3 {@code PowerEntries} with the derived
 * values of {@code gpbft.PowerTable}). Entries keep the order they were given in, because the CID
 * and signer indexes depend on it; {@link #isCanonicalOrder()} says whether that order is go-f3's.
 *
 * <p>Construction enforces what every table go-f3 can use satisfies: at most 8192 entries, positive
 * power and unique actor IDs. Key usability is a separate check. Immutable.
 */
public final class PowerTable {
  /** cbor-gen's length limit for {@code PowerEntries}. */
  public static final int MAX_ENTRIES = 8192;

  /** go-f3 scales power to 16 bits ({@code 0xffff}). */
  public static final long MAX_SCALED_POWER = 0xffff;

  private static final BigInteger SCALE = BigInteger.valueOf(MAX_SCALED_POWER);

  private final List<PowerEntry> entries;
  private final StoragePower total;
  private final long[] scaled;
  private final long scaledTotal;
  private final Map<ActorId, Integer> indexById;
  private final byte[] cbor;
  private final Cid cid;

  private PowerTable(List<PowerEntry> entries, Map<ActorId, Integer> indexById) {
    this.entries = entries;
    this.indexById = indexById;
    BigInteger sum = BigInteger.ZERO;
    for (PowerEntry entry : entries) {
      sum = sum.add(entry.power().value());
    }
    this.total = StoragePower.of(sum);
    this.scaled = new long[entries.size()];
    long scaledSum = 0;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = SCALE.multiply(entries.get(i).power().value()).divide(sum).longValueExact();
      scaledSum += scaled[i];
    }
    this.scaledTotal = scaledSum;
    this.cbor = PowerEntriesCbor.encode(entries);
    this.cid = Cid.makeCid(cbor);
  }

  /** A table of these entries in this order; fails on a rule every usable table meets. */
  public static PowerTable of(List<PowerEntry> entries) throws InvalidPowerTableException {
    if (entries.size() > MAX_ENTRIES) {
      throw new InvalidPowerTableException(
          "power table has " + entries.size() + " entries; the limit is " + MAX_ENTRIES);
    }
    Map<ActorId, Integer> indexById = new HashMap<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      PowerEntry entry = entries.get(i);
      if (entry.power().signum() <= 0) {
        throw new InvalidPowerTableException(
            "entry " + i + " (" + entry.id() + ") has non-positive power " + entry.power());
      }
      Integer previous = indexById.putIfAbsent(entry.id(), i);
      if (previous != null) {
        throw new InvalidPowerTableException(
            "duplicate actor " + entry.id() + " at entries " + previous + " and " + i);
      }
    }
    return new PowerTable(List.copyOf(entries), indexById);
  }

  /** The same entries sorted in go-f3's canonical order. */
  public PowerTable canonical() {
    if (isCanonicalOrder()) {
      return this;
    }
    List<PowerEntry> sorted = new ArrayList<>(entries);
    sorted.sort(PowerEntry.CANONICAL_ORDER);
    Map<ActorId, Integer> index = new HashMap<>(sorted.size() * 2);
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i).id(), i);
    }
    return new PowerTable(List.copyOf(sorted), index);
  }

  public List<PowerEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public PowerEntry entry(int index) {
    return entries.get(index);
  }

  /**
   * Every entry's raw public-key bytes, in table order (fresh copies): the key list BDN
   * coefficients are computed over.
   */
  public List<byte[]> publicKeyBytes() {
    List<byte[]> keys = new ArrayList<>(entries.size());
    for (PowerEntry entry : entries) {
      keys.add(entry.pubKey().toBytes());
    }
    return keys;
  }

  /** The index of an actor's entry, if it is in the table. */
  public Optional<Integer> indexOf(ActorId id) {
    return Optional.ofNullable(indexById.get(id));
  }

  public StoragePower total() {
    return total;
  }

  /** {@code floor(0xffff · power / total)} of entry {@code index} (go-f3 {@code scalePower}). */
  public long scaledPower(int index) {
    return scaled[index];
  }

  /** The sum of the scaled powers; below 0xffff by rounding. */
  public long scaledTotal() {
    return scaledTotal;
  }

  /** The scaled power signers must hold for a strong quorum. */
  public long strongQuorumThreshold() {
    return StrongQuorum.threshold(scaledTotal);
  }

  /** go-f3 {@code MakePowerTableCID}: dag-cbor blake2b-256 of the entries in this order. */
  public Cid cid() {
    return cid;
  }

  /** The canonical DAG-CBOR encoding (a copy). */
  public byte[] toCbor() {
    return cbor.clone();
  }

  /** The index of the first entry that breaks canonical order, or -1 if none does. */
  public int firstOutOfOrderIndex() {
    for (int i = 1; i < entries.size(); i++) {
      if (PowerEntry.CANONICAL_ORDER.compare(entries.get(i - 1), entries.get(i)) > 0) {
        return i;
      }
    }
    return -1;
  }

  public boolean isCanonicalOrder() {
    return firstOutOfOrderIndex() < 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PowerTable that && cid.equals(that.cid);
  }

  @Override
  public int hashCode() {
    return cid.hashCode();
  }

  @Override
  public String toString() {
    return "PowerTable[" + entries.size() + " entries, " + cid + "]";
  }
}
