package io.f3console.core.bench;

import io.f3console.core.validation.StageTimes;
import java.util.List;

/**
 * What a benchmark measured.
 *
 * @param spec what was asked
 * @param msmImplementation which multi-scalar multiplication the validator used
 * @param generationSeconds time to generate the chain (not part of any figure below)
 * @param meanSigners mean signers per certificate
 * @param floorNanosPerCertificate blst's native primitives alone per certificate (native Pippenger
 *     over the signers with their BDN weights, hash to G2, one pairing check), or -1 when the
 *     native primitives are not available
 * @param runs one entry per thread count
 */
public record BenchReport(
    BenchSpec spec,
    String msmImplementation,
    double generationSeconds,
    double meanSigners,
    double floorNanosPerCertificate,
    List<Run> runs) {

  public BenchReport {
    runs = List.copyOf(runs);
  }

  /**
   * One measurement of the validator.
   *
   * @param threads signature-checking threads
   * @param nanosPerCertificate wall-clock time per certificate (fastest round)
   * @param stageTimes time per stage of the fastest round (summed over threads)
   */
  public record Run(int threads, double nanosPerCertificate, StageTimes stageTimes) {
    public double certificatesPerSecond() {
      return 1e9 / nanosPerCertificate;
    }
  }

  /** Our single-thread time per certificate over the floor's, or NaN without a floor. */
  public double ratioToFloor() {
    Run single = runs.stream().filter(r -> r.threads() == 1).findFirst().orElse(null);
    if (single == null || floorNanosPerCertificate <= 0) {
      return Double.NaN;
    }
    return single.nanosPerCertificate() / floorNanosPerCertificate;
  }

  /** Throughput with {@code threads} over throughput with one thread, or NaN if not measured. */
  public double scaling(int threads) {
    Run single = runs.stream().filter(r -> r.threads() == 1).findFirst().orElse(null);
    Run other = runs.stream().filter(r -> r.threads() == threads).findFirst().orElse(null);
    if (single == null || other == null) {
      return Double.NaN;
    }
    return single.nanosPerCertificate() / other.nanosPerCertificate();
  }
}
