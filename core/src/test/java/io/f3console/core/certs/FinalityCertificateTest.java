package io.f3console.core.certs;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinalityCertificateTest {
  private static FinalityCertificate synthetic() throws Exception {
    return FinalityCertificateCbor.decode(hex(FinalityCertificateCborTest.SYNTHETIC));
  }

  @Test
  void copyMethodsChangeOneFieldEach() throws Exception {
    FinalityCertificate original = synthetic();
    PowerTableDelta delta = new PowerTableDelta(ActorId.of(7), StoragePower.of(-3), PubKey.EMPTY);
    SupplementalData undefined = SupplementalData.of(new byte[32], Optional.empty());
    List<FinalityCertificate> variants =
        List.of(
            original.withInstance(1),
            original.withChain(ECChain.ZERO),
            original.withSupplementalData(undefined),
            original.withSigners(Bitfield.of(0)),
            original.withSignature(new byte[96]),
            original.withPowerTableDelta(List.of(delta)));
    for (FinalityCertificate variant : variants) {
      assertThat(variant).isNotEqualTo(original);
    }
    assertThat(variants.get(0).instance()).isEqualTo(1);
    assertThat(variants.get(0).chain()).isEqualTo(original.chain());
    assertThat(variants.get(0).signersEncoding()).isPresent();
    assertThat(variants.get(3).signersEncoding()).isEmpty();
    assertThat(variants.get(5).powerTableDelta()).containsExactly(delta);
    assertThat(original.withSignature(original.signature()))
        .isEqualTo(original)
        .hasSameHashCodeAs(original);
  }

  @Test
  void builtAndDecodedCertificatesAreEqualWhenTheyEncodeAlike() throws Exception {
    FinalityCertificate decoded = synthetic();
    FinalityCertificate built =
        FinalityCertificate.of(
            decoded.instance(),
            decoded.chain(),
            decoded.supplementalData(),
            decoded.signers(),
            decoded.signature(),
            decoded.powerTableDelta());
    assertThat(built.signersEncoding()).isEmpty();
    assertThat(built).isEqualTo(decoded).hasSameHashCodeAs(decoded);
    assertThat(decoded).isEqualTo(built);
  }

  @Test
  void isImmutable() throws Exception {
    byte[] signature = new byte[96];
    List<PowerTableDelta> deltas = new ArrayList<>();
    FinalityCertificate certificate =
        FinalityCertificate.of(
            5, ECChain.ZERO, synthetic().supplementalData(), Bitfield.empty(), signature, deltas);
    signature[0] = 1;
    deltas.add(new PowerTableDelta(ActorId.of(1), StoragePower.of(1), PubKey.EMPTY));
    certificate.signature()[1] = 1;
    assertThat(certificate.signature()).isEqualTo(new byte[96]);
    assertThat(certificate.powerTableDelta()).isEmpty();
    byte[] encoding = synthetic().signersEncoding().orElseThrow();
    encoding[0] = 0;
    assertThat(synthetic().signersEncoding().orElseThrow()).containsExactly(0x54);
  }

  @Test
  void instanceIsUnsigned() throws Exception {
    FinalityCertificate top = synthetic().withInstance(-1L);
    assertThat(top.toString()).contains("instance 18446744073709551615");
    assertThat(CertificateJson.toJson(top)).startsWith("{\"GPBFTInstance\":18446744073709551615,");
    assertThat(FinalityCertificateCbor.decode(FinalityCertificateCbor.encode(top)).instance())
        .isEqualTo(-1L);
  }
}
