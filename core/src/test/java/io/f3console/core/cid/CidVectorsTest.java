package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CID vectors of {@code vectors/cid/} (see its README for where each comes from). */
class CidVectorsTest {

  static List<JsonNode> makeCid() {
    return Vectors.list("cid/vectors.json", "makeCid");
  }

  static List<JsonNode> multiformats() {
    return Vectors.list("cid/vectors.json", "multiformats");
  }

  static List<JsonNode> invalidStrings() {
    return Vectors.list("cid/vectors.json", "invalidStrings");
  }

  static List<JsonNode> base32() {
    return Vectors.list("cid/bases.json", "base32");
  }

  static List<JsonNode> base58() {
    return Vectors.list("cid/bases.json", "base58");
  }

  static List<JsonNode> cidV0() {
    return Vectors.list("cid/bases.json", "cidV0");
  }

  static List<JsonNode> otherForms() {
    return Vectors.list("cid/bases.json", "otherForms");
  }

  @ParameterizedTest
  @MethodSource("makeCid")
  void makeCidPrintsTheExpectedString(JsonNode vector) {
    Cid cid = Cid.makeCid(utf8(vector.get("input").asText()));

    assertThat(cid.toString()).isEqualTo(vector.get("cid").asText());
    assertThat(cid.version()).isEqualTo(1);
    assertThat(cid.codec()).isEqualTo(Multicodec.DAG_CBOR);
    assertThat(cid.multihash().code()).isEqualTo(Multicodec.BLAKE2B_256);
    assertThat(cid.multihash().digestLength()).isEqualTo(32);
  }

  @ParameterizedTest
  @MethodSource("makeCid")
  void makeCidStringParsesToTheSameCid(JsonNode vector) throws CidFormatException {
    Cid parsed = Cid.fromString(vector.get("cid").asText());

    assertThat(parsed).isEqualTo(Cid.makeCid(utf8(vector.get("input").asText())));
    assertThat(parsed.toString()).isEqualTo(vector.get("cid").asText());
    assertThat(Cid.fromBytes(parsed.toBytes())).isEqualTo(parsed);
  }

  @ParameterizedTest
  @MethodSource("makeCid")
  void makeCidBinaryFormMatchesWhereQuoted(JsonNode vector) throws CidFormatException {
    Cid cid = Cid.makeCid(utf8(vector.get("input").asText()));
    byte[] binary = cid.toBytes();

    assertThat(binary).hasSize(38).startsWith(Vectors.hex("0171a0e40220"));
    if (vector.has("bytes")) {
      assertThat(Vectors.hex(binary)).isEqualTo(vector.get("bytes").asText());
      assertThat(Cid.fromBytes(Vectors.hex(vector.get("bytes").asText())).toString())
          .isEqualTo(vector.get("cid").asText());
    }
  }

  @ParameterizedTest
  @MethodSource("multiformats")
  void multiformatsCidsAreReproduced(JsonNode vector) throws CidFormatException {
    byte[] input = utf8(vector.get("input").asText());
    long codec =
        switch (vector.get("codec").asText()) {
          case "raw" -> Multicodec.RAW;
          case "dag-cbor" -> Multicodec.DAG_CBOR;
          default -> throw new IllegalStateException("unknown codec in vector: " + vector);
        };
    Multihash hash =
        switch (vector.get("hash").asText()) {
          case "blake2b-256" -> Multihash.blake2b256(input);
          case "sha2-256" -> Multihash.sha256(input);
          default -> throw new IllegalStateException("unknown hash in vector: " + vector);
        };

    Cid cid = Cid.v1(codec, hash);

    assertThat(cid.toString()).isEqualTo(vector.get("cid").asText());
    assertThat(Cid.fromString(vector.get("cid").asText())).isEqualTo(cid);
    assertThat(Multicodec.name(cid.codec())).isEqualTo(vector.get("codec").asText());
    assertThat(Multicodec.name(cid.multihash().code())).isEqualTo(vector.get("hash").asText());
    if (codec == Multicodec.RAW && hash.code() == Multicodec.BLAKE2B_256) {
      assertThat(Cid.raw(input)).isEqualTo(cid);
    }
  }

  @ParameterizedTest
  @MethodSource("invalidStrings")
  void invalidStringIsRejected(JsonNode vector) {
    String text = vector.get("text").asText();

    assertThatThrownBy(() -> Cid.fromString(text))
        .as("%s (%s)", text, vector.get("why").asText())
        .isInstanceOf(CidFormatException.class)
        .hasMessageNotContaining("null")
        .hasMessageContaining(vector.has("error") ? vector.get("error").asText() : "");
  }

  @ParameterizedTest
  @MethodSource("base32")
  void base32MatchesRfc4648(JsonNode vector) throws CidFormatException {
    byte[] bytes = Vectors.hex(vector.get("hex").asText());
    String text = vector.get("text").asText();

    assertThat(Base32.encodeLower(bytes)).isEqualTo(text);
    assertThat(Base32.decode(text, false)).isEqualTo(bytes);
    assertThat(Base32.decode(text.toUpperCase(java.util.Locale.ROOT), true)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("base58")
  void base58MatchesTheDraftExamples(JsonNode vector) throws CidFormatException {
    byte[] bytes = Vectors.hex(vector.get("hex").asText());
    String text = vector.get("text").asText();

    assertThat(Base58.encode(bytes)).isEqualTo(text);
    assertThat(Base58.decode(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("cidV0")
  void cidV0ParsesAndPrintsInPlainBase58(JsonNode vector) throws CidFormatException {
    byte[] binary = Vectors.hex(vector.get("bytes").asText());
    String text = vector.get("cid").asText();

    Cid fromBytes = Cid.fromBytes(binary);
    Cid fromString = Cid.fromString(text);

    assertThat(fromBytes).isEqualTo(fromString);
    assertThat(fromBytes.version()).isZero();
    assertThat(fromBytes.codec()).isEqualTo(Multicodec.DAG_PB);
    assertThat(fromBytes.multihash())
        .isEqualTo(Multihash.sha256(utf8(vector.get("digestOf").asText())));
    assertThat(fromBytes.byteLength()).isEqualTo(34);
    assertThat(fromBytes.toBytes()).isEqualTo(binary);
    assertThat(fromBytes.toString()).isEqualTo(text).startsWith("Qm").hasSize(46);
  }

  @ParameterizedTest
  @MethodSource("otherForms")
  void otherMultibaseFormsParseToTheCanonicalCid(JsonNode vector) throws CidFormatException {
    Cid cid = Cid.fromString(vector.get("text").asText());

    assertThat(cid).isEqualTo(Cid.fromString(vector.get("canonical").asText()));
    assertThat(cid.toString()).isEqualTo(vector.get("canonical").asText());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
