package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link G1Key#decode} gives the same verdicts as {@link Bls#checkPublicKey}. */
class G1KeyTest {
  private static final HexFormat HEX = HexFormat.of();

  static Stream<Arguments> keyVectors() {
    JsonNode vectors =
        TestJson.resource("/vectors/bls/g1_public_key_checks.json").required("vectors");
    return StreamSupport.stream(vectors.spliterator(), false)
        .map(
            vector ->
                Arguments.of(
                    vector.required("name").asText(),
                    vector.required("key").asText(),
                    KeyStatus.valueOf(vector.required("status").asText())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyVectors")
  void decodesValidKeysAndRefusesTheOthersWithTheirStatus(String name, String hex, KeyStatus status)
      throws Exception {
    byte[] bytes = HEX.parseHex(hex);
    if (status == KeyStatus.VALID) {
      G1Key key = G1Key.decode(bytes);
      assertThat(key.compressed()).isEqualTo(bytes);
    } else {
      assertThatThrownBy(() -> G1Key.decode(bytes))
          .isInstanceOfSatisfying(
              InvalidPublicKeyException.class,
              e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.entryIndex()).isEmpty();
                assertThat(e.getMessage()).startsWith("public key ");
              });
    }
  }

  @Test
  void decodingTwiceGivesTheCachedKeyAndAnEqualFreshOne() throws Exception {
    byte[] bytes = HEX.parseHex(G1Reference.GENERATOR_HEX);
    G1Key first = G1Key.decode(bytes);
    bytes[5] ^= 1;
    bytes[5] ^= 1;

    assertThat(G1Key.decode(bytes)).isSameAs(first);
    G1Key.clearCache();
    G1Key fresh = G1Key.decode(bytes);
    assertThat(fresh).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(G1Key.cachedKeyCount()).isPositive();
  }

  @Test
  void callerCannotChangeTheKeyThroughItsArrays() throws Exception {
    byte[] bytes = HEX.parseHex(G1Reference.GENERATOR_HEX);
    G1Key key = G1Key.decode(bytes);
    bytes[1] ^= 0x55;
    key.compressed()[2] ^= 0x55;

    assertThat(HEX.formatHex(key.compressed())).isEqualTo(G1Reference.GENERATOR_HEX);
  }

  @Test
  void outsideTheSubgroupNamesTheSubgroup() {
    byte[] xFour = new byte[48];
    xFour[0] = (byte) 0x80;
    xFour[47] = 4;

    assertThatThrownBy(() -> G1Key.decode(xFour))
        .hasMessage("public key is not in the G1 subgroup");
  }
}
