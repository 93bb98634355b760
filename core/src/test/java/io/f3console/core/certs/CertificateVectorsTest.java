package io.f3console.core.certs;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.Phase;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.gpbft.TipSetCbor;
import io.f3console.core.testing.SharedData;
import io.f3console.core.testing.Vectors;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors of {@code vectors/certs/} (see its README for where each comes from). */
class CertificateVectorsTest {
  private static final String FILE = "certs/vectors.json";

  static List<JsonNode> tipSetCbor() {
    return Vectors.list(FILE, "tipSetCbor");
  }

  static List<JsonNode> leafValues() {
    return Vectors.list(FILE, "leafValues");
  }

  static List<JsonNode> chainKeys() {
    return Vectors.list(FILE, "chainKeys");
  }

  static List<JsonNode> payloads() {
    return Vectors.list(FILE, "payloads");
  }

  private static TipSet tipSet(JsonNode vector) throws Exception {
    return TipSet.of(
        vector.get("epoch").asLong(),
        hex(vector.get("keyHex").asText()),
        Cid.fromString(vector.get("powerTable").asText()),
        hex(vector.get("commitments").asText()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tipSetCbor")
  void tipSetEncodesToTheReferenceBytesAndBack(JsonNode vector) throws Exception {
    TipSet tipSet = tipSet(vector);
    byte[] expected = hex(vector.get("cbor").asText());
    assertThat(hex(TipSetCbor.encode(tipSet))).isEqualTo(hex(expected));
    assertThat(TipSetCbor.decode(expected)).isEqualTo(tipSet);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leafValues")
  void tipSetLeafValueMatches(JsonNode vector) throws Exception {
    assertThat(hex(tipSet(vector).marshalForSigning())).isEqualTo(vector.get("value").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chainKeys")
  void chainKeyMatches(JsonNode vector) throws Exception {
    List<TipSet> tipSets = new ArrayList<>();
    for (JsonNode t : vector.get("tipSets")) {
      tipSets.add(
          TipSet.of(
              t.get("epoch").asLong(),
              hex(t.get("keyHex").asText()),
              Cid.fromString(vector.get("powerTable").asText()),
              new byte[32]));
    }
    ECChain chain = ECChain.of(tipSets);
    assertThat(hex(chain.key())).isEqualTo(vector.get("key").asText());
    assertThat(chain.isZero()).isEqualTo(tipSets.isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void payloadSigningBytesMatch(JsonNode vector) throws Exception {
    Optional<Cid> powerTable =
        vector.get("powerTable").isNull()
            ? Optional.empty()
            : Optional.of(Cid.fromString(vector.get("powerTable").asText()));
    SupplementalData data =
        SupplementalData.of(hex(vector.get("commitments").asText()), powerTable);
    byte[] bytes =
        SigningPayload.marshalForSigning(
            vector.get("network").asText(),
            vector.get("instance").asLong(),
            vector.get("round").asLong(),
            Phase.ofCode(vector.get("phase").asInt()),
            data,
            ECChain.ZERO);
    assertThat(hex(bytes)).isEqualTo(vector.get("signingBytes").asText());
    List<SigningPayload.Segment> segments =
        SigningPayload.annotate(vector.get("network").asText(), data);
    SigningPayload.Segment last = segments.get(segments.size() - 1);
    assertThat(last.offset() + last.length()).isEqualTo(bytes.length);
  }

  @Test
  void zeroPayloadWithEmptyNetworkIs88Bytes() {
    JsonNode zero = payloads().get(1);
    assertThat(hex(zero.get("signingBytes").asText())).hasSize(88);
  }

  @Test
  void syntheticCertificateDecodesFieldByField() throws Exception {
    JsonNode vector = Vectors.load(FILE).get("synthetic");
    byte[] cbor = hex(vector.get("cbor").asText());
    assertThat(cbor).hasSize(420);
    FinalityCertificate certificate = FinalityCertificateCbor.decode(cbor);

    Cid table = Cid.fromString(vector.get("powerTable").asText());
    assertThat(certificate.instance()).isEqualTo(vector.get("instance").asLong());
    assertThat(certificate.chain().size()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      JsonNode expected = vector.get("tipSets").get(i);
      TipSet tipSet = certificate.chain().get(i);
      assertThat(tipSet.epoch()).isEqualTo(expected.get("epoch").asLong());
      assertThat(tipSet.keyCids())
          .containsExactly(Cid.fromString(expected.get("keyCids").get(0).asText()));
      assertThat(tipSet.powerTable()).isEqualTo(table);
      assertThat(tipSet.commitments()).isEqualTo(new byte[32]);
      assertThat(tipSet.validationError()).isEmpty();
    }
    assertThat(certificate.chain().validationError()).isEmpty();
    assertThat(certificate.supplementalData())
        .isEqualTo(SupplementalData.of(hex(vector.get("commitments").asText()), table));
    assertThat(certificate.signers()).isEqualTo(Bitfield.of(0, 1));
    assertThat(hex(certificate.signersEncoding().orElseThrow()))
        .isEqualTo(vector.get("signersRle").asText());
    assertThat(hex(certificate.signature())).isEqualTo(vector.get("signature").asText());
    assertThat(certificate.powerTableDelta()).isEmpty();

    assertThat(hex(certificate.chain().key())).isEqualTo(vector.get("chainKey").asText());
    byte[] signing =
        SigningPayload.forDecide(
            vector.get("network").asText(),
            certificate.instance(),
            certificate.supplementalData(),
            certificate.chain());
    assertThat(hex(signing)).isEqualTo(vector.get("signingBytes").asText());
  }

  @Test
  void syntheticCertificateReEncodesByteForByteAlsoWhenBuiltByHand() throws Exception {
    JsonNode vector = Vectors.load(FILE).get("synthetic");
    byte[] cbor = hex(vector.get("cbor").asText());
    FinalityCertificate decoded = FinalityCertificateCbor.decode(cbor);
    assertThat(hex(FinalityCertificateCbor.encode(decoded))).isEqualTo(hex(cbor));

    Cid table = Cid.fromString(vector.get("powerTable").asText());
    List<TipSet> tipSets = new ArrayList<>();
    for (JsonNode t : vector.get("tipSets")) {
      tipSets.add(
          TipSet.ofBlocks(
              t.get("epoch").asLong(),
              List.of(Cid.fromString(t.get("keyCids").get(0).asText())),
              table,
              new byte[32]));
    }
    FinalityCertificate built =
        FinalityCertificate.of(
            0,
            ECChain.of(tipSets),
            SupplementalData.of(new byte[32], table),
            Bitfield.of(0, 1),
            hex(vector.get("signature").asText()),
            List.of());
    assertThat(built).isEqualTo(decoded);
    assertThat(FinalityCertificateCbor.encode(built)).isEqualTo(cbor);
  }

  @Test
  void syntheticCertificateSurvivesJson() throws Exception {
    byte[] cbor = hex(Vectors.load(FILE).get("synthetic").get("cbor").asText());
    FinalityCertificate decoded = FinalityCertificateCbor.decode(cbor);
    String json = CertificateJson.toJson(decoded);
    assertThat(json)
        .startsWith("{\"GPBFTInstance\":0,\"ECChain\":[{\"Key\":[{\"/\":\"bafy2bzace")
        .contains("\"Signers\":[0,2],")
        .doesNotContain("PowerTableDelta");
    List<FinalityCertificate> back =
        CertificateJson.readAll(new ByteArrayInputStream(json.getBytes()), "synthetic.json");
    assertThat(back).containsExactly(decoded);
    assertThat(FinalityCertificateCbor.encode(back.get(0))).isEqualTo(cbor);
  }

  @Test
  void calibnetCertificate6204MatchesTheDerivedValues() throws Exception {
    JsonNode vector = Vectors.load(FILE).get("calibnet6204");
    FinalityCertificate certificate =
        CertificateFiles.read(SharedData.file(vector.get("file").asText())).get(0);

    assertThat(certificate.instance()).isEqualTo(6204);
    assertThat(certificate.chain().size()).isEqualTo(2);
    assertThat(certificate.chain().base().keyCids()).hasSize(2);
    assertThat(certificate.chain().head().keyCids()).hasSize(4);
    assertThat(certificate.signers()).isEqualTo(Bitfield.of(0, 1, 2));
    assertThat(certificate.signature()).hasSize(96);
    assertThat(certificate.powerTableDelta())
        .singleElement()
        .satisfies(
            delta -> {
              assertThat(delta.participant().bits()).isEqualTo(3782);
              assertThat(delta.powerDelta().toString()).isEqualTo("76347338653696");
              assertThat(delta.signingKey().length()).isEqualTo(48);
            });

    assertThat(hex(certificate.chain().key())).isEqualTo(vector.get("chainKey").asText());
    byte[] signing =
        SigningPayload.forDecide(
            vector.get("network").asText(),
            certificate.instance(),
            certificate.supplementalData(),
            certificate.chain());
    assertThat(signing).hasSize(140);
    assertThat(hex(signing)).isEqualTo(vector.get("signingBytes").asText());

    String cbor = hex(FinalityCertificateCbor.encode(certificate));
    assertThat(cbor.length() / 2).isEqualTo(vector.get("cborLength").asInt());
    assertThat(cbor)
        .startsWith(vector.get("cborPrefix").asText())
        .contains(vector.get("signersCbor").asText() + vector.get("signaturePrefix").asText())
        .endsWith(vector.get("deltaCbor").asText());
    FinalityCertificate back = FinalityCertificateCbor.decode(hex(cbor));
    assertThat(back).isEqualTo(certificate);
    assertThat(Arrays.equals(back.signersEncoding().orElseThrow(), hex("74"))).isTrue();
  }
}
