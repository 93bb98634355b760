package io.f3console.core.sim;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.validation.FailureReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks a valid synthetic chain so that it fails one particular check at one instance. Where the
 * fault sits after the signature check (delta, next table CID), the signature stays valid; where a
 * fault needs the committee to change (an unusable key), the previous certificate is re-signed so
 * that everything before the chosen instance still validates.
 */
final class SyntheticFaults {
  /** The compressed point at infinity: a key go-f3 refuses ("a null point"). */
  static final PubKey IDENTITY_KEY;

  static {
    byte[] identity = new byte[PubKey.COMPRESSED_LENGTH];
    identity[0] = (byte) 0xc0;
    IDENTITY_KEY = PubKey.of(identity);
  }

  private final SyntheticChain chain;
  private final List<FinalityCertificate> certs;
  private final List<PowerTable> tables;

  SyntheticFaults(SyntheticChain chain) {
    this.chain = chain;
    this.certs = new ArrayList<>(chain.certificates());
    this.tables = new ArrayList<>(chain.tables());
  }

  SyntheticChain inject(FailureReason reason, int k) throws BlsException {
    FinalityCertificate cert = certs.get(k);
    PowerTable table = tables.get(k);
    switch (reason) {
      case INSTANCE_MISMATCH -> {
        require(k + 1 < certs.size(), "a gap needs a certificate after the missing one");
        certs.remove(k);
        tables.remove(k + 1);
      }
      case INVALID_CHAIN -> {
        List<TipSet> tipSets = new ArrayList<>(cert.chain().tipSets());
        TipSet head = tipSets.get(tipSets.size() - 1);
        TipSet before = tipSets.get(tipSets.size() - 2);
        tipSets.set(
            tipSets.size() - 1,
            TipSet.of(before.epoch(), head.key(), head.powerTable(), head.commitments()));
        certs.set(k, cert.withChain(ECChain.of(tipSets)));
      }
      case EMPTY_CHAIN -> certs.set(k, cert.withChain(ECChain.ZERO));
      case BASE_MISMATCH -> {
        require(k > 0, "the first certificate has no previous head to mismatch");
        List<TipSet> tipSets = new ArrayList<>(cert.chain().tipSets());
        TipSet base = tipSets.get(0);
        byte[] key = base.key();
        key[key.length - 1] ^= 1;
        tipSets.set(0, TipSet.of(base.epoch(), key, base.powerTable(), base.commitments()));
        certs.set(k, cert.withChain(ECChain.of(tipSets)));
      }
      case SIGNER_OUT_OF_RANGE -> certs.set(k, withExtraSigner(cert, table.size()));
      case SIGNER_ZERO_POWER -> certs.set(k, withExtraSigner(cert, zeroPowerIndex(table)));
      case INSUFFICIENT_POWER -> certs.set(k, cert.withSigners(belowThreshold(cert, table)));
      case INVALID_PUBLIC_KEY -> unusableKeyAt(k);
      case INVALID_SIGNATURE ->
          certs.set(k, cert.withSignature(resign(table, cert, "not-" + chain.networkName())));
      case INVALID_POWER_DELTA -> certs.set(k, withEmptyDeltaAtEnd(cert, table));
      case POWER_TABLE_CID_MISMATCH -> certs.set(k, withDivergingDelta(cert, table));
      default -> throw new IllegalArgumentException("no fault for " + reason);
    }
    return new SyntheticChain(chain.spec(), certs, tables, chain.secrets());
  }

  private static FinalityCertificate withExtraSigner(FinalityCertificate cert, long index) {
    long[] signers = cert.signers().toArray(Integer.MAX_VALUE - 8);
    long[] more = Arrays.copyOf(signers, signers.length + 1);
    more[signers.length] = index;
    return cert.withSigners(Bitfield.of(more));
  }

  private static int zeroPowerIndex(PowerTable table) {
    for (int i = table.size() - 1; i >= 0; i--) {
      if (table.scaledPower(i) == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("the table has no entry without scaled power");
  }

  /** Drops the largest signers until the rest hold less than the threshold. */
  private static Bitfield belowThreshold(FinalityCertificate cert, PowerTable table) {
    long[] signers = cert.signers().toArray(Integer.MAX_VALUE - 8);
    long power = 0;
    for (long s : signers) {
      power += table.scaledPower((int) s);
    }
    int drop = 0;
    while (power >= table.strongQuorumThreshold()) {
      power -= table.scaledPower((int) signers[drop++]);
    }
    return Bitfield.of(Arrays.copyOfRange(signers, drop, signers.length));
  }

  /** The certificate before {@code k} rotates a key to the identity; {@code k} cannot use it. */
  private void unusableKeyAt(int k) throws BlsException {
    PowerTable target = tables.get(k);
    PowerTable broken = withKey(target, target.size() / 2, IDENTITY_KEY);
    tables.set(k, broken);
    if (k == 0) {
      return;
    }
    PowerTable previous = tables.get(k - 1);
    FinalityCertificate before = certs.get(k - 1);
    SupplementalData data =
        SupplementalData.of(before.supplementalData().commitments(), broken.cid());
    List<PowerTableDelta> deltas = PowerTableDiff.between(previous, broken).toDeltas();
    FinalityCertificate rewritten = before.withSupplementalData(data).withPowerTableDelta(deltas);
    certs.set(k - 1, rewritten.withSignature(resign(previous, rewritten, chain.networkName())));
  }

  private byte[] resign(PowerTable table, FinalityCertificate cert, String networkName)
      throws BlsException {
    long[] signers = cert.signers().toArray(Integer.MAX_VALUE - 8);
    int[] indexes = new int[signers.length];
    for (int i = 0; i < signers.length; i++) {
      indexes[i] = (int) signers[i];
    }
    byte[] message =
        SigningPayload.forDecide(
            networkName, cert.instance(), cert.supplementalData(), cert.chain());
    return new CertificateSigner().sign(table, indexes, message, chain.secrets());
  }

  /** Appends a delta that changes nothing, which go-f3 refuses ("empty delta"). */
  private static FinalityCertificate withEmptyDeltaAtEnd(
      FinalityCertificate cert, PowerTable table) {
    List<PowerTableDelta> deltas = new ArrayList<>(cert.powerTableDelta());
    deltas.add(
        new PowerTableDelta(
            ActorId.of(largestId(table, deltas) + 1), StoragePower.ZERO, PubKey.EMPTY));
    return cert.withPowerTableDelta(deltas);
  }

  /**
   * Adds a newcomer after all others in the delta list, with one sector and the first entry's key
   * (keys are not checked before the CID, which now differs).
   */
  private static FinalityCertificate withDivergingDelta(
      FinalityCertificate cert, PowerTable table) {
    List<PowerTableDelta> deltas = new ArrayList<>(cert.powerTableDelta());
    long id = largestId(table, deltas) + 1;
    deltas.add(
        new PowerTableDelta(
            ActorId.of(id), StoragePower.of(CommitteeEvolution.SECTOR), table.entry(0).pubKey()));
    return cert.withPowerTableDelta(deltas);
  }

  private static long largestId(PowerTable table, List<PowerTableDelta> deltas) {
    long largest = 0;
    for (PowerEntry entry : table.entries()) {
      largest = Math.max(largest, entry.id().bits());
    }
    for (PowerTableDelta delta : deltas) {
      largest = Math.max(largest, delta.participant().bits());
    }
    return largest;
  }

  private static PowerTable withKey(PowerTable table, int index, PubKey key) {
    List<PowerEntry> entries = new ArrayList<>(table.entries());
    PowerEntry entry = entries.get(index);
    entries.set(index, new PowerEntry(entry.id(), entry.power(), key));
    try {
      return PowerTable.of(entries);
    } catch (InvalidPowerTableException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
