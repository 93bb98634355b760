package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Bls#publicKeyFromSecret} against the vectors of {@code secret_to_public_key.json}. */
class PublicKeyFromSecretTest {
  private static final HexFormat HEX = HexFormat.of();

  static Stream<Arguments> vectors() {
    JsonNode vectors =
        TestJson.resource("/vectors/bls/secret_to_public_key.json").required("vectors");
    return StreamSupport.stream(vectors.spliterator(), false)
        .map(
            vector ->
                Arguments.of(
                    vector.required("index").asInt(),
                    vector.required("secretKey").asText(),
                    vector.required("publicKey").asText()));
  }

  @ParameterizedTest(name = "sk{0}")
  @MethodSource("vectors")
  void secretKeyIsTheDocumentedDerivation(int index, String secretKey, String publicKey)
      throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(("f3-spec-sk-" + index).getBytes(StandardCharsets.US_ASCII));

    assertThat(new BigInteger(1, digest).mod(Bls.GROUP_ORDER))
        .isEqualTo(new BigInteger(secretKey, 16));
  }

  @ParameterizedTest(name = "pk{0} from BigInteger")
  @MethodSource("vectors")
  void derivesThePublicKeyFromABigInteger(int index, String secretKey, String publicKey)
      throws Exception {
    byte[] derived = Bls.publicKeyFromSecret(new BigInteger(secretKey, 16));

    assertThat(HEX.formatHex(derived)).isEqualTo(publicKey);
    assertThat(Bls.checkPublicKey(derived).status()).isEqualTo(KeyStatus.VALID);
  }

  @ParameterizedTest(name = "pk{0} from bytes")
  @MethodSource("vectors")
  void derivesThePublicKeyFromBigEndianBytes(int index, String secretKey, String publicKey)
      throws Exception {
    assertThat(HEX.formatHex(Bls.publicKeyFromSecret(HEX.parseHex(secretKey))))
        .isEqualTo(publicKey);
  }

  @Test
  void secretKeyOneGivesTheGenerator() throws Exception {
    assertThat(HEX.formatHex(Bls.publicKeyFromSecret(BigInteger.ONE)))
        .isEqualTo(G1Reference.GENERATOR_HEX);
  }

  @Test
  void largestSecretKeyGivesTheNegatedGenerator() throws Exception {
    byte[] key = Bls.publicKeyFromSecret(Bls.GROUP_ORDER.subtract(BigInteger.ONE));

    assertThat(HEX.formatHex(key))
        .isEqualTo(
            "b7f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb");
  }

  @Test
  void rejectsZeroNegativeAndOutOfRangeSecretKeys() {
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 < sk < r");
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(BigInteger.valueOf(-5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(Bls.GROUP_ORDER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsSecretKeyBytesOfTheWrongLength() {
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 31");
    assertThatThrownBy(() -> Bls.publicKeyFromSecret(new byte[33]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 33");
  }

  @Test
  void groupOrderMatchesTheIndependentConstant() {
    assertThat(Bls.GROUP_ORDER).isEqualTo(G1Reference.R);
  }
}
