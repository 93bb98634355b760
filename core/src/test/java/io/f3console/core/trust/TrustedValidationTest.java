package io.f3console.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verdict of a validation judged with its starting table's trust, on the real mainnet
 * certificates 0-9 and on a generated network that signs as "filecoin" with another table.
 */
class TrustedValidationTest {
  static PowerTable mainnetTable;
  static List<FinalityCertificate> mainnetCerts;
  static SyntheticChain impostor;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void data() throws Exception {
    if (dataRead) {
      return;
    }
    mainnetTable =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      mainnetCerts = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
    impostor = SyntheticNetwork.of(SimulationSpec.of(11, 12, 4, "filecoin")).generate();
    dataRead = true;
  }

  static TrustedValidation judge(
      String network, PowerTable table, List<FinalityCertificate> certificates) throws Exception {
    NetworkSelection selection = NetworkProfiles.builtIn().resolveTyped(network);
    TrustAssessor assessor = TrustAssessor.of(selection);
    long start =
        assessor.startInstance(
            Optional.empty(),
            Optional.empty(),
            table.cid(),
            Optional.of(certificates.get(0).instance()));
    ValidationResult result =
        new CertificateValidator(selection.f3NetworkName(), ValidatorOptions.withThreads(2))
            .validate(table, start, certificates);
    Trust trust = assessor.table(table.cid(), start);
    return new TrustedValidation(
        result,
        trust,
        NetworkIdentification.builtIn()
            .identify(
                selection.f3NetworkName(), result, table, Optional.of(certificates.get(0)), trust));
  }

  @Test
  void theRealMainnetChainFromItsInitialTableIsValidAndVerified() throws Exception {
    TrustedValidation judged = judge("mainnet", mainnetTable, mainnetCerts);
    assertThat(judged.verdict()).isEqualTo(ChainVerdict.VALID);
    assertThat(judged.passed()).isTrue();
    assertThat(judged.reasonCode()).isEmpty();
    assertThat(judged.reached().isVerified()).isTrue();
    assertThat(judged.reached().actual().toString())
        .isEqualTo("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
    assertThat(judged.explanation()).isEmpty();
  }

  @Test
  void aConsistentChainFromAnotherTableAtTheInitialInstanceIsUntrusted() throws Exception {
    TrustedValidation judged = judge("mainnet", impostor.initialTable(), impostor.certificates());
    assertThat(judged.result().valid()).isTrue();
    assertThat(judged.verdict()).isEqualTo(ChainVerdict.UNTRUSTED_POWER_TABLE);
    assertThat(judged.passed()).isFalse();
    assertThat(judged.reasonCode()).contains("UNTRUSTED_POWER_TABLE");
    assertThat(judged.start().reason()).isEqualTo(TrustReason.NOT_INITIAL_TABLE);
    assertThat(judged.reached().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(judged.explanation().orElseThrow())
        .contains("certificates are consistent")
        .contains("not mainnet's");
  }

  @Test
  void aConsistentChainOnACustomNetworkIsValidButUnverified() throws Exception {
    SyntheticChain custom =
        SyntheticNetwork.of(SimulationSpec.of(12, 12, 3, "my-devnet")).generate();
    TrustedValidation judged = judge("my-devnet", custom.initialTable(), custom.certificates());
    assertThat(judged.verdict()).isEqualTo(ChainVerdict.VALID_UNVERIFIED);
    assertThat(judged.passed()).isTrue();
    assertThat(judged.reasonCode()).isEmpty();
    assertThat(judged.explanation().orElseThrow()).contains("nothing proves");
  }

  @Test
  void mainnetDataCheckedAsCalibnetIsIdentifiedAsMainnet() throws Exception {
    TrustedValidation judged = judge("calibnet", mainnetTable, mainnetCerts);
    assertThat(judged.verdict()).isEqualTo(ChainVerdict.INVALID);
    assertThat(judged.result().failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INVALID_SIGNATURE);
    NetworkIdentification.Finding finding = judged.identification().orElseThrow();
    assertThat(finding.network()).isEqualTo("mainnet");
    assertThat(finding.evidence()).isEqualTo(NetworkIdentification.Evidence.CERTIFICATE_SIGNED_FOR);
    assertThat(judged.explanation().orElseThrow())
        .contains("Certificate 0 is signed for mainnet (F3 network filecoin)");
  }

  @Test
  void aCustomNameOverMainnetDataIsIdentifiedToo() throws Exception {
    TrustedValidation judged = judge("my-devnet", mainnetTable, mainnetCerts);
    assertThat(judged.start().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(judged.identification().orElseThrow().network()).isEqualTo("mainnet");
  }

  @Test
  void aForgedFirstSignatureIsNotBlamedOnTheNetwork() throws Exception {
    SyntheticChain forged = impostor.withFault(FailureReason.INVALID_SIGNATURE, 0);
    TrustedValidation judged =
        judge("my-other-devnet", forged.initialTable(), forged.certificates());
    assertThat(judged.verdict()).isEqualTo(ChainVerdict.INVALID);
    assertThat(judged.identification()).isEmpty();
  }
}
