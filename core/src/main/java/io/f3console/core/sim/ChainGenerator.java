package io.f3console.core.sim;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.powertable.PowerTableDiff;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Produces the certificates of a synthetic network one at a time, so that a chain of millions can
 * be validated without holding it. Each certificate: the committee of its instance signs (a random
 * strong quorum, BDN-aggregated) a chain on top of the previous head and the CID of the next
 * committee, and carries the delta between the two committees.
 */
final class ChainGenerator {
  private static final byte[] ZERO_COMMITMENTS = new byte[TipSet.COMMITMENTS_LENGTH];

  private final SimulationSpec spec;
  private final SplittableRandom random;
  private final SecretKeys keys;
  private final CommitteeEvolution evolution;
  private final ChainBuilder chain;
  private final CertificateSigner signer = new CertificateSigner();
  private final PowerTable initialTable;
  private PowerTable table;
  private long instance;

  ChainGenerator(SimulationSpec spec) throws BlsException {
    this.spec = spec;
    this.random = new SplittableRandom(spec.seed());
    this.keys = new SecretKeys(spec.seed());
    this.evolution = new CommitteeEvolution(random, keys, spec);
    this.initialTable = evolution.initial(spec.participants());
    this.table = initialTable;
    this.chain = new ChainBuilder(random, initialTable.cid());
  }

  PowerTable initialTable() {
    return initialTable;
  }

  /** The committee of the next certificate to be made. */
  PowerTable currentTable() {
    return table;
  }

  SecretKeys keys() {
    return keys;
  }

  boolean hasNext() {
    return instance < spec.instances();
  }

  FinalityCertificate next() throws BlsException {
    if (!hasNext()) {
      throw new IllegalStateException("all " + spec.instances() + " certificates were made");
    }
    PowerTable nextTable = evolution.next(table);
    List<PowerTableDelta> deltas = PowerTableDiff.between(table, nextTable).toDeltas();
    ECChain ecChain = chain.next(table.cid());
    SupplementalData data = SupplementalData.of(ZERO_COMMITMENTS, nextTable.cid());
    boolean exact = random.nextDouble() < spec.churn().exactThreshold();
    int[] signers =
        SignerSampler.choose(
            table, random, exact, i -> keys.secretOf(table.entry(i).pubKey()).isPresent());
    byte[] message = SigningPayload.forDecide(spec.networkName(), instance, data, ecChain);
    byte[] signature = signer.sign(table, signers, message, keys.snapshotView());
    long[] indexes = new long[signers.length];
    for (int i = 0; i < signers.length; i++) {
      indexes[i] = signers[i];
    }
    FinalityCertificate certificate =
        FinalityCertificate.of(instance, ecChain, data, Bitfield.of(indexes), signature, deltas);
    table = nextTable;
    instance++;
    return certificate;
  }
}
