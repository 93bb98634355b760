package io.f3console.core.bench;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BdnCommittee;
import io.f3console.core.crypto.bench.NativeFloor;
import io.f3console.core.gpbft.PowerEntry;
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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: time per certificate at mainnet size (1,560 participants, a committee whose key order
 * changes at almost every instance), for the validator on one and two threads, and for the floor of
 * blst's native primitives on the same certificates. Run with the {@code jmh} profile of this
 * module; the {@code bench} subcommand reports the same figures without JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
  static final int CERTIFICATES = 64;

  @Param({"1560"})
  public int participants;

  private SyntheticChain chain;
  private List<NativeFloor.Prepared> floor;

  @Setup(Level.Trial)
  public void generate() throws Exception {
    chain =
        SyntheticNetwork.of(
                SimulationSpec.of(1, participants, CERTIFICATES, BenchSpec.NETWORK_NAME))
            .generate();
    floor = new ArrayList<>();
    NativeFloor layout = new NativeFloor();
    BdnCommittee committee = null;
    List<PowerEntry> committeeEntries = null;
    for (int i = 0; i < CERTIFICATES; i++) {
      FinalityCertificate cert = chain.certificates().get(i);
      PowerTable table = chain.tableOf(i);
      if (committee == null || !table.entries().equals(committeeEntries)) {
        committee = BdnCommittee.prepare(table.publicKeyBytes());
        committeeEntries = table.entries();
      }
      floor.add(
          layout.prepare(
              committee,
              indexes(cert.signers(), table.size()),
              SigningPayload.forDecide(
                  chain.networkName(), cert.instance(), cert.supplementalData(), cert.chain()),
              cert.signature()));
    }
  }

  private static int[] indexes(Bitfield signers, int max) {
    long[] all = signers.toArray(max);
    int[] result = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      result[i] = (int) all[i];
    }
    return result;
  }

  @Benchmark
  @OperationsPerInvocation(CERTIFICATES)
  public ValidationResult validatorOneThread() throws Exception {
    return validate(1);
  }

  @Benchmark
  @OperationsPerInvocation(CERTIFICATES)
  public ValidationResult validatorTwoThreads() throws Exception {
    return validate(2);
  }

  @Benchmark
  @OperationsPerInvocation(CERTIFICATES)
  public int nativeFloor() throws Exception {
    int valid = 0;
    for (NativeFloor.Prepared certificate : floor) {
      valid += NativeFloor.verify(certificate) ? 1 : 0;
    }
    if (valid != CERTIFICATES) {
      throw new IllegalStateException("the floor rejected a valid certificate");
    }
    return valid;
  }

  private ValidationResult validate(int threads) throws Exception {
    ValidationResult result =
        new CertificateValidator(chain.networkName(), ValidatorOptions.withThreads(threads))
            .validate(chain.initialTable(), 0, chain.certificates());
    if (!result.valid()) {
      throw new IllegalStateException("the generated chain does not validate");
    }
    return result;
  }
}
