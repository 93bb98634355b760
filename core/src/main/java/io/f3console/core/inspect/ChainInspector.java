package io.f3console.core.inspect;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates a chain held in memory with the real validator, tracing every stage, and returns the
 * whole picture as a {@link ChainInspection}. Cancel by interrupting the calling thread.
 */
public final class ChainInspector {
  /** Told how far validation has got, on the calling thread. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} certificates have been settled. */
    void settled(long done, long total);
  }

  private final String networkName;
  private final int threads;

  /**
   * @param networkName the F3 network name signatures are bound to
   * @param threads how many threads check signatures
   */
  public ChainInspector(String networkName, int threads) {
    this.networkName = Objects.requireNonNull(networkName, "networkName");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Validates {@code certificates} from {@code firstInstance} with {@code table} as its committee.
   *
   * @throws F3Exception if the BLS library is unusable
   * @throws InterruptedException if the calling thread is interrupted
   */
  public ChainInspection inspect(
      PowerTable table,
      long firstInstance,
      List<FinalityCertificate> certificates,
      Progress progress)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(progress, "progress");
    List<FinalityCertificate> certs = List.copyOf(certificates);
    Collector collector = new Collector(table, firstInstance, certs, progress);
    CertificateValidator validator =
        new CertificateValidator(networkName, ValidatorOptions.withThreads(threads).traced());
    ValidationResult result =
        validator.validate(
            table, firstInstance, Optional.empty(), CertificateStream.of(certs), collector);
    if (Thread.interrupted()) {
      // The validator checks between certificates; a cancel that came during the last ones
      // must still win.
      throw new InterruptedException("validation cancelled");
    }
    return new ChainInspection(
        networkName,
        table,
        firstInstance,
        certs,
        collector.outcomes(),
        result,
        collector.timeline.build());
  }

  /** Gathers events per certificate as the validator settles them, in chain order. */
  private static final class Collector implements ValidationListener {
    private final List<FinalityCertificate> certificates;
    private final Progress progress;
    private final PowerTableTimeline.Builder timeline;
    private final List<CertificateOutcome> settled = new ArrayList<>();
    private List<StageEvent> current = new ArrayList<>();

    Collector(
        PowerTable table,
        long firstInstance,
        List<FinalityCertificate> certificates,
        Progress progress) {
      this.certificates = certificates;
      this.progress = progress;
      this.timeline = PowerTableTimeline.builder(table, firstInstance, certificates);
    }

    @Override
    public void stage(StageEvent event) {
      current.add(event);
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      settled.add(
          new CertificateOutcome(
              certificate.instance(), CertificateStatus.VALID, current, Optional.empty()));
      current = new ArrayList<>();
      timeline.reached(certificate.instance() + 1, nextTable);
      progress.settled(settled.size(), certificates.size());
    }

    @Override
    public void failed(ValidationFailure failure) {
      int index = settled.size();
      long instance =
          index < certificates.size() ? certificates.get(index).instance() : failure.instance();
      settled.add(
          new CertificateOutcome(
              instance, CertificateStatus.INVALID, current, Optional.of(failure)));
      current = new ArrayList<>();
      progress.settled(certificates.size(), certificates.size());
    }

    List<CertificateOutcome> outcomes() {
      List<CertificateOutcome> all = new ArrayList<>(settled);
      for (int i = all.size(); i < certificates.size(); i++) {
        all.add(
            new CertificateOutcome(
                certificates.get(i).instance(),
                CertificateStatus.NOT_REACHED,
                List.of(),
                Optional.empty()));
      }
      return all;
    }
  }
}
