package io.f3console.core.certs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 10 real mainnet certificates (instances 0-9, written by rust-f3) and the real old-calibnet
 * certificate 6204 (printed by Lotus), read in place from the shared data folder.
 */
class RealCertificatesTest {
  private static final String MAINNET = "mainnet_certs_0_9.json";
  private static final String CALIBNET = "calibnet_old_cert_instance_6204.json";
  private static final String INITIAL_TABLE =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  private static final String TABLE_AFTER_9 =
      "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<FinalityCertificate> mainnet;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void readMainnet() throws Exception {
    if (dataRead) {
      return;
    }
    mainnet = CertificateFiles.read(SharedData.file(MAINNET));
    dataRead = true;
  }

  @Test
  void mainnetFileHoldsInstancesZeroToNineWithContinuousChains() {
    assertThat(mainnet).hasSize(10);
    for (int i = 0; i < mainnet.size(); i++) {
      FinalityCertificate certificate = mainnet.get(i);
      ECChain chain = certificate.chain();
      assertThat(certificate.instance()).isEqualTo(i);
      assertThat(chain.size()).isEqualTo(20);
      assertThat(chain.validationError()).isEmpty();
      assertThat(chain.suffix()).hasSize(19);
      assertThat(certificate.signature()).hasSize(96);
      assertThat(certificate.signers().cardinality()).isBetween(946L, 969L);
      assertThat(certificate.signers().last().orElseThrow()).isLessThan(1560L);
      if (i > 0) {
        assertThat(chain.base()).isEqualTo(mainnet.get(i - 1).chain().head());
      }
    }
    assertThat(mainnet.get(0).chain().base().epoch()).isEqualTo(4919580);
    assertThat(mainnet.get(0).chain().base().powerTable().toString()).isEqualTo(INITIAL_TABLE);
    assertThat(mainnet.get(9).chain().head().epoch()).isEqualTo(4919771);
  }

  @Test
  void certificatesZeroToEightKeepTheInitialTableAndNineChangesIt() {
    for (int i = 0; i < 9; i++) {
      assertThat(mainnet.get(i).powerTableDelta()).isEmpty();
      assertThat(mainnet.get(i).supplementalData().powerTable().map(Cid::toString))
          .contains(INITIAL_TABLE);
    }
    FinalityCertificate nine = mainnet.get(9);
    assertThat(nine.supplementalData().powerTable().map(Cid::toString)).contains(TABLE_AFTER_9);
    assertThat(nine.powerTableDelta())
        .hasSize(7)
        .allSatisfy(delta -> assertThat(delta.signingKey()).isEqualTo(PubKey.EMPTY));
    assertThat(
            nine.powerTableDelta().stream()
                .map(d -> d.participant().bits())
                .collect(Collectors.toList()))
        .containsExactly(101020L, 522948L, 1052556L, 1708981L, 1927220L, 2825666L, 2826888L);
    assertThat(nine.powerTableDelta().get(0).powerDelta().toString()).isEqualTo("16758962388992");
  }

  @Test
  void goFormReproducesTheFileApartFromTheEmptyDeltas() throws Exception {
    String original = SharedData.text(MAINNET);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CertificateJson.write(mainnet, out);
    String written = out.toString(StandardCharsets.UTF_8);

    JsonNode expected = MAPPER.readTree(original);
    for (JsonNode certificate : expected) {
      JsonNode delta = certificate.get("PowerTableDelta");
      if (delta.isArray() && delta.isEmpty()) {
        ((ObjectNode) certificate).remove("PowerTableDelta");
      }
    }
    assertThat(MAPPER.readTree(written)).isEqualTo(expected);
    // rust-f3's layout is json.MarshalIndent's, so the bytes agree too once the
    // "PowerTableDelta": [] lines that Go's omitempty leaves out are dropped.
    assertThat(written).isEqualTo(original.replace(",\n    \"PowerTableDelta\": []", ""));
  }

  @Test
  void lotusPrintoutIsReproducedByteForByte() throws Exception {
    String original = SharedData.text(CALIBNET);
    FinalityCertificate certificate = CertificateFiles.read(SharedData.file(CALIBNET)).get(0);
    assertThat(CertificateJson.toIndentedJson(certificate)).isEqualTo(original);
    assertThat(CertificateJson.toJson(certificate))
        .isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(original)));
  }

  @Test
  void jsonToCborToJsonIsTheIdentity() throws Exception {
    List<FinalityCertificate> viaCbor = new ArrayList<>();
    for (FinalityCertificate certificate : mainnet) {
      byte[] cbor = FinalityCertificateCbor.encode(certificate);
      FinalityCertificate decoded = FinalityCertificateCbor.decode(cbor);
      assertThat(decoded).isEqualTo(certificate);
      assertThat(FinalityCertificateCbor.encode(decoded)).isEqualTo(cbor);
      viaCbor.add(decoded);
    }
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    ByteArrayOutputStream roundTrip = new ByteArrayOutputStream();
    CertificateJson.write(mainnet, direct);
    CertificateJson.write(viaCbor, roundTrip);
    assertThat(roundTrip.toString(StandardCharsets.UTF_8))
        .isEqualTo(direct.toString(StandardCharsets.UTF_8));
  }
}
