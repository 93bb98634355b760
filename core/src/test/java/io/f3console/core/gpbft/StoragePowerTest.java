package io.f3console.core.gpbft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.testing.Vectors;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoragePowerTest {
  static List<JsonNode> canonical() {
    return Vectors.list("bigint/vectors.json", "canonical");
  }

  static List<JsonNode> laxBytes() {
    return Vectors.list("bigint/vectors.json", "laxBytes");
  }

  static List<JsonNode> invalidBytes() {
    return Vectors.list("bigint/vectors.json", "invalidBytes");
  }

  static List<JsonNode> decimal() {
    return Vectors.list("bigint/vectors.json", "decimal");
  }

  static List<JsonNode> invalidDecimal() {
    return Vectors.list("bigint/vectors.json", "invalidDecimal");
  }

  @ParameterizedTest
  @MethodSource("canonical")
  void encodesAsCborByteStringOfSignAndMagnitude(JsonNode vector) throws Exception {
    StoragePower power = StoragePower.of(new BigInteger(vector.get("value").asText()));
    byte[] cbor = new CborWriter().writeByteString(power.toBytes()).toByteArray();
    assertThat(Vectors.hex(cbor)).isEqualTo(vector.get("cbor").asText());

    CborReader reader = new CborReader(cbor);
    StoragePower decoded = StoragePower.fromBytes(reader.readByteString(128, "power"));
    assertThat(decoded).isEqualTo(power);
  }

  @ParameterizedTest
  @MethodSource("laxBytes")
  void decodesLaxFormsAsGoStateTypesDoes(JsonNode vector) throws Exception {
    StoragePower power = StoragePower.fromBytes(Vectors.hex(vector.get("bytes").asText()));
    assertThat(power.value()).isEqualTo(new BigInteger(vector.get("value").asText()));
  }

  @ParameterizedTest
  @MethodSource("invalidBytes")
  void rejectsSignBytesOtherThanZeroAndOne(JsonNode vector) {
    assertThatThrownBy(() -> StoragePower.fromBytes(Vectors.hex(vector.get("bytes").asText())))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("sign byte");
  }

  @ParameterizedTest
  @MethodSource("decimal")
  void parsesJsonDecimalStrings(JsonNode vector) throws Exception {
    assertThat(StoragePower.parseDecimal(vector.get("text").asText()).value())
        .isEqualTo(new BigInteger(vector.get("value").asText()));
  }

  @ParameterizedTest
  @MethodSource("invalidDecimal")
  void rejectsMalformedDecimalStrings(JsonNode vector) {
    assertThatThrownBy(() -> StoragePower.parseDecimal(vector.asText()))
        .isInstanceOf(F3Exception.class);
  }

  @org.junit.jupiter.api.Test
  void rejectsValuesTooLargeToEncodeAndBytesOverTheLimit() {
    String huge = "9".repeat(309);
    assertThatThrownBy(() -> StoragePower.parseDecimal(huge))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> StoragePower.fromBytes(new byte[129]))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("exceeds 128");
    String largest = BigInteger.ONE.shiftLeft(127 * 8).subtract(BigInteger.ONE).toString();
    assertThat(StoragePower.of(new BigInteger(largest)).toBytes()).hasSize(128);
  }
}
