package io.f3console.core.certs;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.gpbft.PubKey;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed certificate JSON is refused with the source, line, column and JSON path. */
class CertificateJsonMalformedTest {
  /** The synthetic certificate in Go's compact form (two tipsets, no delta). */
  private static final String VALID;

  private static final String COMMITMENTS = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String KEY_48 = Base64.getEncoder().encodeToString(new byte[48]);
  private static final String BLOCK =
      "{\"/\":\"bafy2bzaced5t4tkrgi2pstyqm66uusllxbepa4yntn6h76s2yvhozk5wvtj4o\"}";

  static {
    try {
      VALID =
          CertificateJson.toJson(
              FinalityCertificateCbor.decode(hex(FinalityCertificateCborTest.SYNTHETIC)));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static List<FinalityCertificate> read(String json) throws CertificateFormatException {
    return CertificateJson.readAll(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "certs.json");
  }

  private static String withDelta(String delta) {
    return VALID.substring(0, VALID.length() - 1) + ",\"PowerTableDelta\":[" + delta + "]}";
  }

  @Test
  void theTemplateIsValid() throws Exception {
    assertThat(read(VALID)).hasSize(1);
    assertThat(read("[" + VALID + "," + VALID + "]")).hasSize(2);
    assertThat(read("[]")).isEmpty();
  }

  static Stream<Arguments> malformed() {
    String supplemental = "\"SupplementalData\":{\"Commitments\":\"" + COMMITMENTS + "\"";
    String key21 = "[" + String.join(",", java.util.Collections.nCopies(21, BLOCK)) + "]";
    return Stream.of(
        Arguments.of("truncated", VALID.substring(0, 120), "line 1, column", "malformed JSON"),
        Arguments.of(
            "truncated array",
            "[" + VALID + "," + VALID.substring(0, 50),
            "[1]: malformed JSON",
            "Unexpected end-of-input"),
        Arguments.of(
            "instance as a string",
            VALID.replace("\"GPBFTInstance\":0", "\"GPBFTInstance\":\"0\""),
            "GPBFTInstance: expected an unsigned integer, found a string",
            "column 18"),
        Arguments.of(
            "negative instance",
            VALID.replace("\"GPBFTInstance\":0", "\"GPBFTInstance\":-1"),
            "GPBFTInstance: -1 is outside 0 … 2^64-1",
            "line 1"),
        Arguments.of(
            "instance beyond uint64",
            VALID.replace("\"GPBFTInstance\":0", "\"GPBFTInstance\":18446744073709551616"),
            "GPBFTInstance: 18446744073709551616 is outside",
            "line 1"),
        Arguments.of(
            "fractional instance",
            VALID.replace("\"GPBFTInstance\":0", "\"GPBFTInstance\":1.0"),
            "found a decimal number",
            "GPBFTInstance"),
        Arguments.of(
            "epoch beyond int64",
            VALID.replace("\"Epoch\":11", "\"Epoch\":9223372036854775808"),
            "ECChain[1].Epoch: 9223372036854775808 does not fit a signed 64-bit integer",
            "line 1"),
        Arguments.of(
            "bad base64 signature",
            VALID.replaceFirst("\"Signature\":\"[^\"]*\"", "\"Signature\":\"abc\""),
            "Signature: not valid base64",
            "line 1"),
        Arguments.of(
            "base64 with a bad character",
            VALID.replaceFirst("\"Signature\":\"[^\"]*\"", "\"Signature\":\"ab!d\""),
            "Signature: not valid base64",
            "line 1"),
        Arguments.of(
            "31-byte commitments",
            VALID.replace(
                supplemental,
                "\"SupplementalData\":{\"Commitments\":\""
                    + Base64.getEncoder().encodeToString(new byte[31])
                    + "\""),
            "SupplementalData.Commitments: commitments must be 32 bytes, found 31",
            "line 1"),
        Arguments.of(
            "64-byte commitments",
            VALID.replace(
                supplemental,
                "\"SupplementalData\":{\"Commitments\":\""
                    + Base64.getEncoder().encodeToString(new byte[64])
                    + "\""),
            "SupplementalData.Commitments: commitments must be 32 bytes, found 64",
            "line 1"),
        Arguments.of(
            "null tipset commitments",
            VALID.replaceFirst("\"Commitments\":\"[^\"]*\"", "\"Commitments\":null"),
            "ECChain[0].Commitments: commitments must be 32 bytes, found 0",
            "line 1"),
        Arguments.of(
            "bad CID",
            VALID.replaceFirst("\\{\"/\":\"bafy2bzace", "{\"/\":\"bafyX"),
            "ECChain[0].Key[0]: not a valid CID (invalid base32",
            "line 1, column 44"),
        Arguments.of(
            "CID as a plain string",
            VALID.replaceFirst("\"PowerTable\":\\{\"/\":(\"[^\"]*\")\\}", "\"PowerTable\":$1"),
            "ECChain[0].PowerTable: expected a CID object",
            "line 1"),
        Arguments.of(
            "CID object with two fields",
            VALID.replaceFirst(
                "\"PowerTable\":\\{\"/\":(\"[^\"]*\")\\}", "\"PowerTable\":{\"/\":$1,\"x\":1}"),
            "ECChain[0].PowerTable: a CID object must have exactly one field",
            "line 1"),
        Arguments.of(
            "null tipset power table",
            VALID.replaceFirst("\"PowerTable\":\\{\"/\":\"[^\"]*\"\\}", "\"PowerTable\":null"),
            "ECChain[0].PowerTable: must not be null",
            "line 1"),
        Arguments.of(
            "key over 760 bytes",
            VALID.replaceFirst("\"Key\":\\[[^\\]]*\\]", "\"Key\":" + key21),
            "ECChain[0].Key[20]: the key exceeds 760 bytes",
            "line 1"),
        Arguments.of(
            "zero run in the middle",
            VALID.replace("\"Signers\":[0,2]", "\"Signers\":[0,3,0,2]"),
            "Signers: bitfield run lengths: zero-length run at index 2",
            "line 1"),
        Arguments.of(
            "null signers",
            VALID.replace("\"Signers\":[0,2]", "\"Signers\":null"),
            "Signers: expected an array of run lengths, found null",
            "line 1"),
        Arguments.of(
            "negative run length",
            VALID.replace("\"Signers\":[0,2]", "\"Signers\":[0,-2]"),
            "Signers[1]: -2 is outside",
            "line 1"),
        Arguments.of(
            "unknown field",
            VALID.replace("{\"GPBFTInstance\"", "{\"Extra\":1,\"GPBFTInstance\""),
            "Extra: unknown field",
            "line 1, column 10"),
        Arguments.of(
            "lower-case field name",
            VALID.replace("\"GPBFTInstance\"", "\"gpbftinstance\""),
            "gpbftinstance: unknown field",
            "line 1"),
        Arguments.of(
            "unknown tipset field",
            VALID.replace("\"Epoch\":10", "\"Epoch\":10,\"Height\":10"),
            "ECChain[0].Height: unknown field",
            "line 1"),
        Arguments.of(
            "duplicate field",
            VALID.replace("{\"GPBFTInstance\":0", "{\"GPBFTInstance\":0,\"GPBFTInstance\":0"),
            "GPBFTInstance: duplicate field",
            "line 1"),
        Arguments.of(
            "missing signers",
            VALID.replace("\"Signers\":[0,2],", ""),
            "missing field Signers",
            "line 1, column 1"),
        Arguments.of(
            "missing tipset epoch",
            VALID.replace("\"Epoch\":10,", ""),
            "ECChain[0]: missing field Epoch",
            "line 1"),
        Arguments.of(
            "chain as an object",
            VALID.replaceFirst(
                "\"ECChain\":\\[.*\\],\"SupplementalData\"", "\"ECChain\":{},\"SupplementalData\""),
            "ECChain: expected an array of tipsets or null, found an object",
            "line 1"),
        Arguments.of(
            "element not an object",
            "[" + VALID + ",1]",
            "[1]: expected a finality certificate object, found an integer",
            "line 1"),
        Arguments.of(
            "path inside an array",
            "[" + VALID + "," + VALID.replace("\"Epoch\":11", "\"Epoch\":\"11\"") + "]",
            "[1].ECChain[1].Epoch: expected an integer, found a string",
            "line 1"),
        Arguments.of(
            "power delta as a number",
            withDelta("{\"ParticipantID\":5,\"PowerDelta\":7,\"SigningKey\":null}"),
            "PowerTableDelta[0].PowerDelta: expected a decimal string, found an integer",
            "line 1"),
        Arguments.of(
            "power delta not a number",
            withDelta("{\"ParticipantID\":5,\"PowerDelta\":\"7x\",\"SigningKey\":null}"),
            "PowerTableDelta[0].PowerDelta: big integer \"7x\" has a non-digit 'x'",
            "line 1"),
        Arguments.of(
            "negative participant",
            withDelta("{\"ParticipantID\":-5,\"PowerDelta\":\"7\",\"SigningKey\":null}"),
            "PowerTableDelta[0].ParticipantID: -5 is outside",
            "line 1"),
        Arguments.of(
            "49-byte signing key",
            withDelta(
                "{\"ParticipantID\":5,\"PowerDelta\":\"7\","
                    + "\"SigningKey\":\""
                    + Base64.getEncoder().encodeToString(new byte[49])
                    + "\"}"),
            "PowerTableDelta[0].SigningKey: decodes to more than 48 bytes",
            "line 1"),
        Arguments.of(
            "delta without a power",
            withDelta("{\"ParticipantID\":5,\"SigningKey\":\"" + KEY_48 + "\"}"),
            "PowerTableDelta[0]: missing field PowerDelta",
            "line 1"),
        Arguments.of(
            "trailing content",
            VALID + " {}",
            "unexpected content after the certificate: an object",
            "line 1"),
        Arguments.of(
            "trailing content after an array",
            "[" + VALID + "] 5",
            "unexpected content after the certificate array",
            "line 1"),
        Arguments.of(
            "top-level string",
            "\"cert\"",
            "expected a finality certificate object or an array of them, found a string",
            "line 1"),
        Arguments.of(
            "empty input",
            "",
            "expected a finality certificate object or an array of them, found the end",
            "certs.json"),
        Arguments.of("not JSON", "{GPBFTInstance: 0}", "malformed JSON", "line 1, column 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refusesMalformedJsonWithPlaceAndReason(String name, String json, String what, String where) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CertificateFormatException.class)
        .hasMessageStartingWith("certs.json: ")
        .hasMessageContaining(what)
        .hasMessageContaining(where)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void reportsTheLineOfAnErrorInIndentedJson() throws Exception {
    String indented =
        CertificateJson.toIndentedJson(
            FinalityCertificateCbor.decode(hex(FinalityCertificateCborTest.SYNTHETIC)));
    String broken = indented.replace("\"Epoch\": 11", "\"Epoch\": true");
    int line =
        (int)
                broken
                    .substring(0, broken.indexOf("\"Epoch\": true"))
                    .chars()
                    .filter(c -> c == '\n')
                    .count()
            + 1;
    assertThatThrownBy(() -> read(broken))
        .hasMessageContaining(
            "line "
                + line
                + ", column 16: ECChain[1].Epoch: expected an "
                + "integer, found a boolean");
  }

  @Test
  void emptyDeltaSpellingsAndKeylessDeltasAreAccepted() throws Exception {
    String noDelta = VALID;
    assertThat(read(withDelta(""))).isEqualTo(read(noDelta));
    assertThat(read(VALID.substring(0, VALID.length() - 1) + ",\"PowerTableDelta\":null}"))
        .isEqualTo(read(noDelta));
    for (String key : List.of("\"SigningKey\":null,", "\"SigningKey\":\"\",", "")) {
      List<FinalityCertificate> certificates =
          read(withDelta("{" + key + "\"ParticipantID\":5,\"PowerDelta\":\"-7\"}"));
      assertThat(certificates.get(0).powerTableDelta())
          .singleElement()
          .satisfies(
              delta -> {
                assertThat(delta.signingKey()).isEqualTo(PubKey.EMPTY);
                assertThat(delta.powerDelta().toString()).isEqualTo("-7");
              });
    }
  }

  @Test
  void nullFieldsReadAsGoWritesThem() throws Exception {
    String json =
        VALID
            .replaceFirst(
                "\"ECChain\":\\[.*\\],\"SupplementalData\"",
                "\"ECChain\":null,\"SupplementalData\"")
            .replaceFirst("\"Signature\":\"[^\"]*\"", "\"Signature\":null")
            .replaceFirst(
                "(\"SupplementalData\":\\{[^}]*)\"PowerTable\":\\{[^}]*\\}",
                "$1\"PowerTable\":null");
    FinalityCertificate certificate = read(json).get(0);
    assertThat(certificate.chain().isZero()).isTrue();
    assertThat(certificate.signature()).isEmpty();
    assertThat(certificate.supplementalData().powerTable()).isEmpty();
    assertThat(CertificateJson.toJson(certificate)).isEqualTo(json);
  }
}
