package io.f3console.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken variant fails with its reason code at its instance, with the same outcome whether
 * signatures are checked on one thread or several, and everything before it validates.
 */
class SyntheticFaultsTest {
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(7, 40, 24, "f3faults")).generate();
  }

  static List<Arguments> faults() {
    List<Arguments> cases = new ArrayList<>();
    for (FailureReason reason : FailureReason.values()) {
      for (int instance : new int[] {0, 1, 11, 22}) {
        if (reason == FailureReason.BASE_MISMATCH && instance == 0) {
          continue; // No previous head to mismatch.
        }
        for (int threads : new int[] {1, 2}) {
          cases.add(Arguments.of(reason, instance, threads));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} at instance {1}, {2} thread(s)")
  @MethodSource("faults")
  void aBrokenVariantFailsWithItsReasonAtItsInstance(
      FailureReason reason, int instance, int threads) throws Exception {
    SyntheticChain broken = chain.withFault(reason, instance);

    ValidationResult result =
        new CertificateValidator(broken.networkName(), ValidatorOptions.withThreads(threads))
            .validate(broken.initialTable(), 0, broken.certificates());

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(reason);
              assertThat(failure.instance()).isEqualTo(instance);
              assertThat(failure.stage()).isEqualTo(reason.stage());
            });
    assertThat(result.validated()).isEqualTo(instance);
    assertThat(result.nextInstance()).isEqualTo(instance);
    assertThat(result.powerTable()).isEqualTo(broken.tableOf(instance));
  }
}
