package io.f3console.core.bench;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BdnCommittee;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.crypto.bench.NativeFloor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Validates a generated mainnet-size chain and measures, in the same run and on the same
 * certificates, the floor: blst's native primitives alone. The floor's inputs (signer points and
 * weights laid out for native code) are prepared before its clock starts, so the floor is what no
 * implementation can beat; the validator's time includes everything it really does (power tables,
 * deltas, CIDs, payloads, BDN coefficients per table, aggregation, hashing, pairing).
 */
public final class ValidationBench {
  private final BenchSpec spec;
  private final Consumer<String> progress;

  public ValidationBench(BenchSpec spec, Consumer<String> progress) {
    this.spec = spec;
    this.progress = progress;
  }

  public BenchReport run() throws F3Exception, InterruptedException {
    progress.accept(
        "generating "
            + spec.instances()
            + " certificates over "
            + spec.participants()
            + " participants (seed "
            + spec.seed()
            + ")");
    long start = System.nanoTime();
    SyntheticChain chain =
        SyntheticNetwork.of(
                SimulationSpec.of(
                    spec.seed(), spec.participants(), spec.instances(), BenchSpec.NETWORK_NAME))
            .generate();
    double generationSeconds = (System.nanoTime() - start) / 1e9;

    progress.accept("warming up");
    ValidationResult warm = validate(chain, 1);
    if (!warm.valid()) {
      throw new IllegalStateException(
          "the generated chain does not validate: " + warm.failure().orElseThrow().message());
    }
    double floor = -1;
    if (NativeFloor.isAvailable()) {
      progress.accept("measuring the floor (native primitives alone)");
      floor = floorNanosPerCertificate(chain);
    }
    List<BenchReport.Run> runs = new ArrayList<>();
    for (int threads : spec.threads()) {
      progress.accept(
          "measuring the validator with " + threads + (threads == 1 ? " thread" : " threads"));
      runs.add(measure(chain, threads));
    }
    return new BenchReport(
        spec,
        SignatureVerifier.chosen().description(),
        generationSeconds,
        meanSigners(chain),
        floor,
        runs);
  }

  private BenchReport.Run measure(SyntheticChain chain, int threads)
      throws F3Exception, InterruptedException {
    BenchReport.Run best = null;
    for (int round = 0; round < spec.rounds(); round++) {
      long start = System.nanoTime();
      ValidationResult result = validate(chain, threads);
      long nanos = System.nanoTime() - start;
      if (!result.valid()) {
        throw new IllegalStateException("validation failed while measuring");
      }
      double perCertificate = (double) nanos / chain.certificates().size();
      if (best == null || perCertificate < best.nanosPerCertificate()) {
        best = new BenchReport.Run(threads, perCertificate, result.stageTimes());
      }
    }
    return best;
  }

  private static ValidationResult validate(SyntheticChain chain, int threads)
      throws F3Exception, InterruptedException {
    return new CertificateValidator(chain.networkName(), ValidatorOptions.withThreads(threads))
        .validate(chain.initialTable(), 0, chain.certificates());
  }

  /** Fastest round of the native primitives over every certificate, per certificate. */
  private double floorNanosPerCertificate(SyntheticChain chain) throws F3Exception {
    NativeFloor floor = new NativeFloor();
    List<NativeFloor.Prepared> prepared = new ArrayList<>(chain.certificates().size());
    BdnCommittee committee = null;
    PowerTable committeeTable = null;
    for (int i = 0; i < chain.certificates().size(); i++) {
      FinalityCertificate cert = chain.certificates().get(i);
      PowerTable table = chain.tableOf(i);
      if (committeeTable == null || !committeeTable.entries().equals(table.entries())) {
        committee = BdnCommittee.prepare(table.publicKeyBytes());
        committeeTable = table;
      }
      long[] signers = cert.signers().toArray(table.size());
      int[] indexes = new int[signers.length];
      for (int s = 0; s < signers.length; s++) {
        indexes[s] = (int) signers[s];
      }
      byte[] message =
          SigningPayload.forDecide(
              chain.networkName(), cert.instance(), cert.supplementalData(), cert.chain());
      prepared.add(floor.prepare(committee, indexes, message, cert.signature()));
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < spec.rounds() + 1; round++) {
      long start = System.nanoTime();
      for (NativeFloor.Prepared certificate : prepared) {
        if (!NativeFloor.verify(certificate)) {
          throw new IllegalStateException("the floor failed to verify a valid certificate");
        }
      }
      best = Math.min(best, (double) (System.nanoTime() - start) / prepared.size());
    }
    return best;
  }

  private static double meanSigners(SyntheticChain chain) {
    long total = 0;
    for (FinalityCertificate cert : chain.certificates()) {
      total += cert.signers().cardinality();
    }
    return (double) total / chain.certificates().size();
  }
}
