package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.validation.Stage;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signed bytes of a certificate, cut into go-f3's fields and decoded. */
class PayloadAnnotationTest {
  static final String NETWORK = "annotated-net";
  static final HexFormat HEX = HexFormat.of();

  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(5, 12, 4, NETWORK)).generate();
  }

  @Test
  void thePartsCoverThePayloadAndSayWhatItHolds() {
    FinalityCertificate cert = chain.certificates().get(2);
    byte[] payload =
        SigningPayload.forDecide(NETWORK, cert.instance(), cert.supplementalData(), cert.chain());

    List<PayloadAnnotation.Part> parts =
        PayloadAnnotation.of(NETWORK, cert.supplementalData(), payload);

    assertThat(parts.stream().map(PayloadAnnotation.Part::hex).collect(Collectors.joining()))
        .isEqualTo(HEX.formatHex(payload));
    int offset = 0;
    for (PayloadAnnotation.Part part : parts) {
      assertThat(part.offset()).isEqualTo(offset);
      assertThat(part.title()).isNotBlank();
      assertThat(part.meaning()).isNotBlank();
      offset += part.length();
    }
    assertThat(parts)
        .extracting(PayloadAnnotation.Part::label)
        .containsExactly(
            SigningPayload.TAG,
            SigningPayload.SEPARATOR,
            SigningPayload.NETWORK,
            SigningPayload.SEPARATOR,
            SigningPayload.PHASE,
            SigningPayload.ROUND,
            SigningPayload.INSTANCE,
            SigningPayload.COMMITMENTS,
            SigningPayload.CHAIN_KEY,
            SigningPayload.POWER_TABLE_CID);
    assertThat(parts)
        .extracting(PayloadAnnotation.Part::value)
        .containsExactly(
            "GPBFT",
            ":",
            NETWORK,
            ":",
            "DECIDE (5)",
            "0",
            "2",
            HEX.formatHex(cert.supplementalData().commitments()),
            HEX.formatHex(cert.chain().key()),
            cert.supplementalData().powerTable().orElseThrow().toString());
    assertThat(parts.get(1).separator()).isTrue();
    assertThat(parts.get(2).separator()).isFalse();
  }

  @Test
  void thePayloadStageRecordsBytesThatAnnotateExactly() throws Exception {
    ChainInspection inspection =
        new ChainInspector(NETWORK, 1)
            .inspect(chain.initialTable(), 0, chain.certificates(), ChainInspector.Progress.NONE);
    for (int i = 0; i < chain.certificates().size(); i++) {
      String bytes =
          inspection.outcomes().get(i).event(Stage.PAYLOAD).orElseThrow().outputs().stream()
              .filter(d -> d.name().equals("bytes"))
              .findFirst()
              .orElseThrow()
              .value();
      List<PayloadAnnotation.Part> parts =
          PayloadAnnotation.ofHex(NETWORK, chain.certificates().get(i).supplementalData(), bytes);
      assertThat(parts.stream().map(PayloadAnnotation.Part::hex).collect(Collectors.joining()))
          .isEqualTo(bytes);
      assertThat(parts.get(6).value()).isEqualTo(Integer.toString(i));
    }
  }

  @Test
  void anUndefinedPowerTableAddsNoPart() {
    FinalityCertificate cert = chain.certificates().get(0);
    SupplementalData undefined = SupplementalData.of(new byte[32], Optional.empty());
    byte[] payload = SigningPayload.forDecide(NETWORK, 0, undefined, cert.chain());

    List<PayloadAnnotation.Part> parts = PayloadAnnotation.of(NETWORK, undefined, payload);

    assertThat(parts).hasSize(9);
    assertThat(parts.get(8).label()).isEqualTo(SigningPayload.CHAIN_KEY);
  }

  @Test
  void bytesOfAnotherLayoutAreRefused() {
    FinalityCertificate cert = chain.certificates().get(0);
    byte[] payload = SigningPayload.forDecide("other", 0, cert.supplementalData(), cert.chain());

    assertThatThrownBy(() -> PayloadAnnotation.of(NETWORK, cert.supplementalData(), payload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NETWORK);
  }
}
