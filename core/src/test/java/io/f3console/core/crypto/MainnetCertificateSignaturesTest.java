package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.TestOnlyMainnetCertificates.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key oracle: the real mainnet certificates 0–9 verify against the real mainnet initial power
 * table (their committee), through BDN weights over the whole 1,560-key table.
 */
class MainnetCertificateSignaturesTest {
  private static List<byte[]> keys;
  private static BdnCommittee committee;
  private static List<Certificate> certificates;

  /** Read before each test (once), so a missing file skips each test, never the class. */
  @BeforeEach
  void readData() throws Exception {
    if (committee != null) {
      return;
    }
    keys = TestOnlyMainnetCertificates.mainnetInitialKeys();
    certificates = TestOnlyMainnetCertificates.mainnetCertificates();
    committee = BdnCommittee.prepare(keys);
  }

  static IntStream instances() {
    return IntStream.range(0, 10);
  }

  @ParameterizedTest(name = "certificate {0}")
  @MethodSource("instances")
  void realCertificateVerifiesWithTheWholeTableCommittee(int instance) throws Exception {
    Certificate certificate = certificates.get(instance);
    assertThat(certificate.instance()).isEqualTo(instance);
    assertThat(certificate.signers().length).isBetween(946, 969);

    AggregateKey key = committee.aggregate(certificate.signers());
    SignatureCheck check =
        BlsSignatures.verify(
            key,
            BlsSignatures.hashToG2(certificate.signingBytes("filecoin")),
            certificate.signature());

    assertThat(check.outcome()).as(check.detail()).isEqualTo(SignatureOutcome.VALID);
  }

  @ParameterizedTest
  @EnumSource(MsmMethod.class)
  void everyMultiplicationGivesTheKeyThatVerifiesCertificateZero(MsmMethod method)
      throws Exception {
    Certificate certificate = certificates.get(0);
    AggregateKey key = committee.aggregate(certificate.signers(), method);

    assertThat(key).isEqualTo(committee.aggregate(certificate.signers(), MsmMethod.NAIVE));
    assertThat(
            BlsSignatures.verify(
                    key,
                    BlsSignatures.hashToG2(certificate.signingBytes("filecoin")),
                    certificate.signature())
                .isValid())
        .isTrue();
  }

  @Test
  void wrongNetworkNameIsInvalid() throws Exception {
    Certificate certificate = certificates.get(0);
    SignatureCheck check =
        BlsSignatures.verify(
            committee.aggregate(certificate.signers()),
            BlsSignatures.hashToG2(certificate.signingBytes("calibrationnet")),
            certificate.signature());

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
  }

  @Test
  void coefficientsOverTheSignersOnlyAreInvalid() throws Exception {
    Certificate certificate = certificates.get(0);
    List<byte[]> signerKeys = new ArrayList<>();
    for (int index : certificate.signers()) {
      signerKeys.add(keys.get(index));
    }
    BdnCommittee signersOnly = BdnCommittee.prepare(signerKeys);

    SignatureCheck check =
        BlsSignatures.verify(
            signersOnly.aggregate(IntStream.range(0, signerKeys.size()).toArray()),
            BlsSignatures.hashToG2(certificate.signingBytes("filecoin")),
            certificate.signature());

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
  }

  @Test
  void anotherCertificatesSignerSetIsInvalid() throws Exception {
    Certificate certificate = certificates.get(0);
    SignatureCheck check =
        BlsSignatures.verify(
            committee.aggregate(certificates.get(1).signers()),
            BlsSignatures.hashToG2(certificate.signingBytes("filecoin")),
            certificate.signature());

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
  }
}
