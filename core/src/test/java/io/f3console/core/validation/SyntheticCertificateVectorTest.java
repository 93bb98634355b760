package io.f3console.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.testing.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complete synthetic certificate of the protocol reference (§9.3): its 420 CBOR bytes validate
 * from table T for network {@code f3test} exactly as specified.
 */
class SyntheticCertificateVectorTest {
  static final String T_CID = "bafy2bzacecny3cfybb3fftljgrfqympuul55kffhaojrq3kjevidnwxrg3zlq";

  static PowerTable tableT() throws Exception {
    return PowerTable.of(
        List.of(
            PowerEntry.of(
                101,
                100,
                PubKey.fromHex(
                    "a6565d1894041315013544f21fde753c5ef764703411f8dc"
                        + "123f03f56baa69d1c170d3243318761ab760e268edcf711d")),
            PowerEntry.of(
                102,
                50,
                PubKey.fromHex(
                    "96a19110b684af79efc0c3fa602c99be7326e12221b1cf3b"
                        + "6f5b0207b4c9ee9c39697201fe0282f60a07490a9b7462c2")),
            PowerEntry.of(
                103,
                25,
                PubKey.fromHex(
                    "989691e8bde11fd311a9e7fc6043404ec2cbf4010ea1c955"
                        + "3dfb2c179b70c474e047f9ccd9026290db61843cb78e5b88"))));
  }

  static FinalityCertificate certificate() throws Exception {
    String hex = Vectors.load("certs/vectors.json").get("synthetic").get("cbor").asText();
    return FinalityCertificateCbor.decode(Vectors.hex(hex));
  }

  @Test
  void theSyntheticCertificateValidatesToInstanceOneWithTableT() throws Exception {
    PowerTable t = tableT();
    FinalityCertificate cert = certificate();
    assertThat(t.cid()).hasToString(T_CID);

    ValidationResult result =
        new CertificateValidator("f3test", ValidatorOptions.withThreads(1).retainingChain())
            .validate(t, 0, List.of(cert));

    assertThat(result.failure()).isEmpty();
    assertThat(result.nextInstance()).isEqualTo(1);
    assertThat(result.finalized()).containsExactly(cert.chain().get(1));
    assertThat(result.finalized().get(0).epoch()).isEqualTo(11);
    assertThat(result.powerTable().cid()).hasToString(T_CID);
  }

  @Test
  void anotherNetworkNameOrAnotherStartingInstanceFails() throws Exception {
    ValidationResult wrongNetwork =
        new CertificateValidator("f3tesT", ValidatorOptions.withThreads(1))
            .validate(tableT(), 0, List.of(certificate()));
    ValidationResult wrongInstance =
        new CertificateValidator("f3test", ValidatorOptions.withThreads(1))
            .validate(tableT(), 1, List.of(certificate()));

    assertThat(wrongNetwork.failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INVALID_SIGNATURE);
    assertThat(wrongInstance.failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INSTANCE_MISMATCH);
  }

  @Test
  void aCommitteeWithoutTheSignersPowerFailsTheQuorum() throws Exception {
    PowerTable t = tableT();
    PowerTable heavierNonSigner =
        PowerTable.of(
            List.of(t.entry(0), t.entry(1), PowerEntry.of(103, 1000, t.entry(2).pubKey())));

    ValidationResult result =
        new CertificateValidator("f3test", ValidatorOptions.withThreads(1))
            .validate(heavierNonSigner, 0, List.of(certificate()));

    assertThat(result.failure().orElseThrow().reason()).isEqualTo(FailureReason.INSUFFICIENT_POWER);
    assertThat(result.failure().orElseThrow().detail("threshold")).isPresent();
  }
}
