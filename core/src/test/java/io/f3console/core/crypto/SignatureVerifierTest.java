package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.TestOnlyMainnetCertificates.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both verifiers behind {@link SignatureVerifier} on the real mainnet certificates 0–9 and on
 * tampered copies: each real signature verifies, each tampering is refused, and the native and the
 * Java path give the same verdict, word for word, every time.
 */
class SignatureVerifierTest {
  private static final String NETWORK = "filecoin";

  private static List<byte[]> keys;
  private static List<Certificate> certificates;

  /** Read before each test (once), so a missing file skips each test, never the class. */
  @BeforeEach
  void readData() throws Exception {
    if (certificates != null) {
      return;
    }
    keys = TestOnlyMainnetCertificates.mainnetInitialKeys();
    certificates = TestOnlyMainnetCertificates.mainnetCertificates();
  }

  private static SignatureVerifier usable(String name) {
    SignatureVerifier verifier =
        name.equals("native") ? SignatureVerifier.nativeBlst() : SignatureVerifier.jblst();
    Assumptions.assumeTrue(
        verifier.isUsable(), () -> name + " unusable: " + verifier.description());
    return verifier;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"native", "java"})
  void everyRealCertificateVerifies(String name) throws Exception {
    SignatureVerifier verifier = usable(name);
    BdnCommittee committee = verifier.prepare(keys);

    for (Certificate certificate : certificates) {
      SignatureCheck check =
          verifier.verify(
              committee,
              certificate.signers(),
              certificate.signingBytes(NETWORK),
              certificate.signature());

      assertThat(check.outcome())
          .as("certificate %d: %s", certificate.instance(), check.detail())
          .isEqualTo(SignatureOutcome.VALID);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"native", "java"})
  void theStepsGiveTheSameVerdictAsTheWholeCheck(String name) throws Exception {
    SignatureVerifier verifier = usable(name);
    BdnCommittee committee = verifier.prepare(keys);
    Certificate certificate = certificates.get(3);

    AggregateKey key = verifier.aggregate(committee, certificate.signers());
    MessagePoint message = verifier.hashToG2(certificate.signingBytes(NETWORK));

    assertThat(key).isEqualTo(committee.aggregate(certificate.signers(), MsmMethod.NAIVE));
    assertThat(verifier.checkPairing(key, message, certificate.signature()))
        .isEqualTo(
            verifier.verify(
                committee,
                certificate.signers(),
                certificate.signingBytes(NETWORK),
                certificate.signature()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"native", "java"})
  void aCompressedSignatureValueVerifiesLikeItsBytes(String name) throws Exception {
    SignatureVerifier verifier = usable(name);
    BdnCommittee committee = verifier.prepare(keys);
    Certificate certificate = certificates.get(0);
    assertThat(certificate.signature()).hasSize(BlsSignature.LENGTH);

    SignatureCheck check =
        verifier.verify(
            committee,
            certificate.signers(),
            certificate.signingBytes(NETWORK),
            BlsSignature.of(certificate.signature()));

    assertThat(check.isValid()).isTrue();
  }

  @Test
  void bothPathsGiveTheSameVerdictOnRealAndTamperedSignatures() throws Exception {
    SignatureVerifier nativePath = usable("native");
    SignatureVerifier javaPath = usable("java");
    BdnCommittee nativeCommittee = nativePath.prepare(keys);
    BdnCommittee javaCommittee = javaPath.prepare(keys);
    List<SignatureOutcome> seen = new ArrayList<>();

    for (Certificate certificate : certificates) {
      for (Tampering tampering : tamperings(certificate)) {
        byte[] signature = tampering.signature().apply(certificate.signature());
        byte[] message = certificate.signingBytes(tampering.network());
        int[] signers = tampering.signers();

        SignatureCheck byNative = nativePath.verify(nativeCommittee, signers, message, signature);
        SignatureCheck byJava = javaPath.verify(javaCommittee, signers, message, signature);

        assertThat(byNative)
            .as("certificate %d, %s", certificate.instance(), tampering.what())
            .isEqualTo(byJava);
        assertThat(byJava.outcome())
            .as("certificate %d, %s", certificate.instance(), tampering.what())
            .isEqualTo(tampering.expected());
        seen.add(byJava.outcome());
      }
    }
    assertThat(seen).contains(SignatureOutcome.values());
  }

  /** One way of changing a certificate's check, and the verdict go-f3 gives it. */
  private record Tampering(
      String what,
      UnaryOperator<byte[]> signature,
      String network,
      int[] signers,
      SignatureOutcome expected) {}

  private static List<Tampering> tamperings(Certificate certificate) {
    int[] signers = certificate.signers();
    int[] oneFewer = Arrays.copyOf(signers, signers.length - 1);
    int other = (int) ((certificate.instance() + 1) % certificates.size());
    return List.of(
        new Tampering(
            "unchanged", UnaryOperator.identity(), NETWORK, signers, SignatureOutcome.VALID),
        new Tampering(
            "a trailing byte (ignored, as gnark does)",
            bytes -> Arrays.copyOf(bytes, bytes.length + 1),
            NETWORK,
            signers,
            SignatureOutcome.VALID),
        new Tampering(
            "the last byte flipped (x moves off the curve or out of the subgroup)",
            bytes -> flipped(bytes, bytes.length - 1),
            NETWORK,
            signers,
            SignatureOutcome.MALFORMED_SIGNATURE),
        new Tampering(
            "truncated to 95 bytes",
            bytes -> Arrays.copyOf(bytes, 95),
            NETWORK,
            signers,
            SignatureOutcome.MALFORMED_SIGNATURE),
        new Tampering(
            "the infinity flag set",
            bytes -> {
              byte[] copy = bytes.clone();
              copy[0] |= 0x40;
              return copy;
            },
            NETWORK,
            signers,
            SignatureOutcome.MALFORMED_SIGNATURE),
        new Tampering(
            "another certificate's signature",
            bytes -> certificates.get(other).signature(),
            NETWORK,
            signers,
            SignatureOutcome.INVALID),
        new Tampering(
            "signed for another network",
            UnaryOperator.identity(),
            "calibrationnet",
            signers,
            SignatureOutcome.INVALID),
        new Tampering(
            "one signer left out",
            UnaryOperator.identity(),
            NETWORK,
            oneFewer,
            SignatureOutcome.INVALID));
  }

  private static byte[] flipped(byte[] bytes, int index) {
    byte[] copy = bytes.clone();
    copy[index] ^= 0x01;
    return copy;
  }
}
