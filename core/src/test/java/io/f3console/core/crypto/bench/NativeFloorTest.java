package io.f3console.core.crypto.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BdnCommittee;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The floor verifies the real mainnet certificates 0–9 with blst's primitives alone, keeps no state
 * between calls, and rejects a message the committee did not sign.
 */
class NativeFloorTest {
  private static PowerTable table;
  private static List<FinalityCertificate> certificates;

  /** Read before each test (once), so a missing file skips each test, never the class. */
  @BeforeEach
  void readData() throws Exception {
    if (certificates != null) {
      return;
    }
    table = PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certificates = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
  }

  private static void requireNative() {
    Assumptions.assumeTrue(
        NativeFloor.isAvailable(),
        () -> "native blst unavailable: " + SignatureVerifier.nativeBlst().description());
  }

  private static int[] signers(FinalityCertificate certificate) {
    long[] indexes = certificate.signers().toArray(table.size());
    int[] signers = new int[indexes.length];
    for (int i = 0; i < signers.length; i++) {
      signers[i] = Math.toIntExact(indexes[i]);
    }
    return signers;
  }

  private static byte[] message(FinalityCertificate certificate, String network) {
    return SigningPayload.forDecide(
        network, certificate.instance(), certificate.supplementalData(), certificate.chain());
  }

  @Test
  void theRealCertificatesVerifyAndAnotherMessageDoesNot() throws Exception {
    requireNative();
    BdnCommittee committee = BdnCommittee.prepare(table.publicKeyBytes());
    NativeFloor floor = new NativeFloor();

    for (FinalityCertificate certificate : certificates) {
      int[] signers = signers(certificate);
      NativeFloor.Prepared prepared =
          floor.prepare(
              committee, signers, message(certificate, "filecoin"), certificate.signature());

      assertThat(prepared.signerCount()).isEqualTo(signers.length).isBetween(946, 969);
      assertThat(NativeFloor.verify(prepared)).isTrue();
      assertThat(NativeFloor.verify(prepared)).as("no state kept between calls").isTrue();
    }
    FinalityCertificate first = certificates.get(0);
    assertThat(
            NativeFloor.verify(
                floor.prepare(
                    committee,
                    signers(first),
                    message(first, "calibrationnet"),
                    first.signature())))
        .isFalse();
  }

  @Test
  void aFreshCommitteeOfTheSameKeysGivesTheSameVerdicts() throws Exception {
    requireNative();
    NativeFloor floor = new NativeFloor();
    FinalityCertificate certificate = certificates.get(2);
    byte[] message = message(certificate, "filecoin");

    for (int round = 0; round < 2; round++) {
      BdnCommittee committee = BdnCommittee.prepare(table.publicKeyBytes());
      assertThat(
              NativeFloor.verify(
                  floor.prepare(committee, signers(certificate), message, certificate.signature())))
          .isTrue();
    }
  }

  @Test
  void signerSetsItCannotMeasureAreRefused() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(table.publicKeyBytes());
    NativeFloor floor = new NativeFloor();
    byte[] signature = certificates.get(0).signature();

    assertThatThrownBy(() -> floor.prepare(committee, new int[0], new byte[1], signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-empty");
    assertThatThrownBy(() -> floor.prepare(committee, new int[] {3, 3}, new byte[1], signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signer index 3 is repeated");
    assertThatThrownBy(
            () -> floor.prepare(committee, new int[] {table.size()}, new byte[1], signature))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
