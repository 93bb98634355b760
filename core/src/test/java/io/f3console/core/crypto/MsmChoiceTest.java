package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The system property {@value SignatureVerifier#MSM_PROPERTY} and the chosen verifier. */
class MsmChoiceTest {

  @Test
  void propertyForcesJava() {
    MsmChoice choice = MsmChoice.decide("java");

    assertThat(choice.method()).isEqualTo(MsmMethod.JAVA);
    assertThat(choice.description()).startsWith("java").contains("forced");
  }

  @Test
  void propertyForcesNativeEvenIfItWouldFail() {
    MsmChoice choice = MsmChoice.decide(" Native ");

    assertThat(choice.method()).isEqualTo(MsmMethod.NATIVE);
    assertThat(choice.description()).contains("blst_p1s_mult_pippenger").contains("forced");
  }

  @Test
  void withoutThePropertyNativeIsUsedWhenItLoads() {
    MsmChoice choice = MsmChoice.decide(null);

    assertThat(choice.method())
        .isEqualTo(MsmChoice.nativeAvailable() ? MsmMethod.NATIVE : MsmMethod.JAVA);
    assertThat(MsmChoice.decide("").method()).isEqualTo(choice.method());
  }

  @Test
  void unknownValueIsReportedAndIgnored() {
    MsmChoice choice = MsmChoice.decide("gpu");

    assertThat(choice.method()).isEqualTo(MsmChoice.decide(null).method());
    assertThat(choice.description()).contains("ignoring unknown f3console.msm=gpu");
  }

  @Test
  void currentChoiceIsDescribedInOneLine() {
    assertThat(SignatureVerifier.chosen().description())
        .isNotBlank()
        .isEqualTo(MsmChoice.current().description());
    assertThat(SignatureVerifier.chosen().description().lines()).hasSize(1);
  }

  @Test
  void theChosenVerifierIsTheOneOfTheChoiceAndTheSameEveryTime() {
    SignatureVerifier chosen = SignatureVerifier.chosen();

    assertThat(chosen).isSameAs(SignatureVerifier.chosen());
    assertThat(chosen)
        .isInstanceOf(
            MsmChoice.current().method() == MsmMethod.NATIVE
                ? NativeBlstVerifier.class
                : JblstVerifier.class);
  }

  @Test
  void aForcedChoiceGivesThatVerifier() {
    assertThat(MsmChoice.decide("java").verifier()).isInstanceOf(JblstVerifier.class);
    assertThat(MsmChoice.decide("native").verifier()).isInstanceOf(NativeBlstVerifier.class);
    assertThat(MsmChoice.decide("java").verifier().description()).contains("forced");
  }
}
