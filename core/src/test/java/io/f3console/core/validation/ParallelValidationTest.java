package io.f3console.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checking signatures in parallel changes nothing a caller can see: the same result and the same
 * events in the same order as a single thread, and memory bounded by the in-flight limit.
 */
class ParallelValidationTest {
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(99, 30, 40, "f3parallel")).generate();
  }

  /** A trace event without its timing, for comparing runs. */
  record Seen(
      long instance,
      Stage stage,
      Optional<ValidationFailure> failure,
      List<Detail> inputs,
      List<Detail> outputs) {}

  static List<Seen> trace(SyntheticChain c, int threads, ValidationResult[] result)
      throws Exception {
    List<Seen> seen = new ArrayList<>();
    ValidationListener listener =
        new ValidationListener() {
          @Override
          public void stage(StageEvent e) {
            seen.add(
                new Seen(
                    e.instance(),
                    e.stage(),
                    e.failure(),
                    withoutTimes(e.inputs()),
                    withoutTimes(e.outputs())));
          }
        };
    result[0] =
        new CertificateValidator(c.networkName(), new ValidatorOptions(threads, true, true, 3))
            .validate(
                c.initialTable(),
                0,
                Optional.empty(),
                CertificateStream.of(c.certificates()),
                listener);
    return seen;
  }

  static List<Detail> withoutTimes(List<Detail> details) {
    return details.stream().filter(d -> !d.name().endsWith("Nanos")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FailureReason.class)
  void oneThreadAndFourThreadsSeeTheSameValidation(FailureReason reason) throws Exception {
    SyntheticChain broken = chain.withFault(reason, 17);
    ValidationResult[] single = new ValidationResult[1];
    ValidationResult[] parallel = new ValidationResult[1];

    List<Seen> one = trace(broken, 1, single);
    List<Seen> four = trace(broken, 4, parallel);

    assertThat(four).isEqualTo(one);
    assertThat(parallel[0].failure()).isEqualTo(single[0].failure());
    assertThat(parallel[0].nextInstance()).isEqualTo(single[0].nextInstance()).isEqualTo(17);
    assertThat(parallel[0].powerTable()).isEqualTo(single[0].powerTable());
    assertThat(parallel[0].finalized()).isEqualTo(single[0].finalized());
    assertThat(one.get(one.size() - 1).failure().orElseThrow().reason()).isEqualTo(reason);
  }

  @Test
  void certificatesAreReadNoFurtherAheadThanTheInFlightLimit() throws Exception {
    int maxInFlight = 3;
    AtomicInteger read = new AtomicInteger();
    AtomicInteger settled = new AtomicInteger();
    AtomicInteger widest = new AtomicInteger();
    List<FinalityCertificate> certs = chain.certificates();
    CertificateStream stream =
        () -> {
          int index = read.get();
          widest.accumulateAndGet(index - settled.get(), Math::max);
          if (index == certs.size()) {
            return Optional.empty();
          }
          read.incrementAndGet();
          return Optional.of(certs.get(index));
        };
    ValidationListener counter =
        new ValidationListener() {
          @Override
          public void validated(FinalityCertificate certificate, PowerTable nextTable) {
            settled.incrementAndGet();
          }
        };

    ValidationResult result =
        new CertificateValidator(
                chain.networkName(), new ValidatorOptions(2, false, false, maxInFlight))
            .validate(chain.initialTable(), 0, Optional.empty(), stream, counter);

    assertThat(result.valid()).isTrue();
    assertThat(settled.get()).isEqualTo(certs.size());
    assertThat(widest.get()).isLessThanOrEqualTo(maxInFlight + 1);
    assertThat(result.finalized()).isEmpty();
  }

  @Test
  void noCertificatesLeaveTheStartingPoint() throws Exception {
    ValidationResult result =
        new CertificateValidator(chain.networkName(), ValidatorOptions.withThreads(2))
            .validate(chain.initialTable(), 5, List.of());

    assertThat(result.valid()).isTrue();
    assertThat(result.nextInstance()).isEqualTo(5);
    assertThat(result.validated()).isZero();
    assertThat(result.powerTable()).isSameAs(chain.initialTable());
    assertThat(result.head()).isEmpty();
  }

  @Test
  void anInterruptedCallerStopsValidation() {
    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new CertificateValidator(chain.networkName(), ValidatorOptions.withThreads(2))
                      .validate(chain.initialTable(), 0, chain.certificates()))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
