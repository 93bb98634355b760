package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives {@code vectors/bls/g1_public_key_checks.json} through the facade and the reference. */
class PublicKeyCheckVectorsTest {
  private static final String RESOURCE = "/vectors/bls/g1_public_key_checks.json";
  private static final HexFormat HEX = HexFormat.of();

  static Stream<Arguments> vectors() {
    JsonNode vectors = TestJson.resource(RESOURCE).required("vectors");
    return StreamSupport.stream(vectors.spliterator(), false)
        .map(
            vector ->
                Arguments.of(
                    vector.required("name").asText(),
                    HEX.parseHex(vector.required("key").asText()),
                    KeyStatus.valueOf(vector.required("status").asText())));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("vectors")
  void classifiesVectorAsExpected(String name, byte[] key, KeyStatus expected) throws Exception {
    PublicKeyCheck check = Bls.checkPublicKey(key);

    assertThat(check.status()).as(name).isEqualTo(expected);
    assertThat(check.length()).isEqualTo(key.length);
    assertThat(check.isValid()).isEqualTo(expected == KeyStatus.VALID);
    assertThat(check.message()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void expectedStatusAgreesWithTheIndependentModel(String name, byte[] key, KeyStatus expected) {
    assertThat(G1Reference.expectedStatus(key, true)).as(name).contains(expected);
  }

  @Test
  void vectorFileCoversEveryStatus() {
    assertThat(vectors().map(arguments -> arguments.get()[2]))
        .containsAll(EnumSet.allOf(KeyStatus.class));
  }

  @Test
  void generatorCoordinatesAreOnTheCurveInTheSubgroupAndCompressToTheVector() {
    JsonNode generator = TestJson.resource(RESOURCE).required("generator");
    G1Reference.Point point =
        new G1Reference.Point(
            new BigInteger(generator.required("x").asText(), 16),
            new BigInteger(generator.required("y").asText(), 16));

    assertThat(point.onCurve()).isTrue();
    assertThat(G1Reference.inSubgroup(point)).isTrue();
    assertThat(HEX.formatHex(G1Reference.compress(point))).isEqualTo(G1Reference.GENERATOR_HEX);
  }
}
