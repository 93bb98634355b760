package io.f3console.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator with each {@link SignatureVerifier}: the real mainnet certificates validate to the
 * committed table, a tampered signature fails at its instance, and both verifiers reach the same
 * result in the same words.
 */
class EachSignatureVerifierTest {
  private static final String NETWORK = "filecoin";

  private static PowerTable initial;
  private static List<FinalityCertificate> certs;

  /** Read before each test (once), so a missing file skips each test, never the class. */
  @BeforeEach
  void load() throws Exception {
    if (certs != null) {
      return;
    }
    initial = PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
  }

  private static SignatureVerifier usable(String name) {
    SignatureVerifier verifier =
        name.equals("native") ? SignatureVerifier.nativeBlst() : SignatureVerifier.jblst();
    Assumptions.assumeTrue(
        verifier.isUsable(), () -> name + " unusable: " + verifier.description());
    return verifier;
  }

  private static ValidationResult validate(
      SignatureVerifier verifier, int threads, List<FinalityCertificate> list) throws Exception {
    return new CertificateValidator(NETWORK, ValidatorOptions.withThreads(threads), verifier)
        .validate(initial, 0, list);
  }

  private static List<FinalityCertificate> withFlippedBit(int instance, int bit) {
    List<FinalityCertificate> tampered = new ArrayList<>(certs);
    byte[] signature = certs.get(instance).signature();
    signature[bit / 8] ^= (byte) (1 << (bit % 8));
    tampered.set(instance, certs.get(instance).withSignature(signature));
    return tampered;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"native", "java"})
  void realCertificatesValidateToTheCommittedTable(String name) throws Exception {
    ValidationResult result = validate(usable(name), 2, certs);

    assertThat(result.failure()).isEmpty();
    assertThat(result.nextInstance()).isEqualTo(10);
    assertThat(result.powerTable().cid())
        .isEqualTo(certs.get(9).supplementalData().powerTable().orElseThrow());
    assertThat(result.stageTimes().totalNanos().get(Stage.AGGREGATE_KEY)).isPositive();
    assertThat(result.stageTimes().totalNanos().get(Stage.PAIRING)).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"native", "java"})
  void aTamperedSignatureFailsAtItsInstance(String name) throws Exception {
    ValidationResult result = validate(usable(name), 1, withFlippedBit(6, 383));

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
              assertThat(failure.instance()).isEqualTo(6);
            });
    assertThat(result.validated()).isEqualTo(6);
  }

  @Test
  void bothVerifiersGiveTheSameResultsInTheSameWords() throws Exception {
    SignatureVerifier nativePath = usable("native");
    SignatureVerifier javaPath = usable("java");

    for (List<FinalityCertificate> chain :
        List.of(certs, withFlippedBit(2, 0), withFlippedBit(8, 767), certs.subList(0, 1))) {
      ValidationResult byNative = validate(nativePath, 2, chain);
      ValidationResult byJava = validate(javaPath, 2, chain);

      assertThat(byNative.failure()).isEqualTo(byJava.failure());
      assertThat(byNative.nextInstance()).isEqualTo(byJava.nextInstance());
      assertThat(byNative.powerTable().cid()).isEqualTo(byJava.powerTable().cid());
    }
  }

  @Test
  void withoutAVerifierTheValidatorUsesTheChosenOne() {
    assertThat(new CertificateValidator(NETWORK, ValidatorOptions.withThreads(1)).verifier())
        .isSameAs(SignatureVerifier.chosen());
    SignatureVerifier java = SignatureVerifier.jblst();
    assertThat(new CertificateValidator(NETWORK, ValidatorOptions.withThreads(1), java).verifier())
        .isSameAs(java);
  }
}
