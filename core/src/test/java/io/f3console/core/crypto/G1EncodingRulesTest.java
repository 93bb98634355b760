package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bit-level rules decided before blst is consulted; none of these needs the native library, and
 * each verdict must come from these rules rather than from blst's own rejection.
 */
class G1EncodingRulesTest {
  private static final byte[] GENERATOR = HexFormat.of().parseHex(G1Reference.GENERATOR_HEX);

  @Test
  void leavesAWellFormedCompressedKeyToTheCurveChecks() {
    assertThat(G1EncodingRules.verdictFromEncoding(GENERATOR)).isEmpty();
  }

  @Test
  void fieldModulusMatchesTheIndependentConstant() {
    assertThat(G1EncodingRules.FIELD_MODULUS).isEqualTo(G1Reference.P);
  }

  @ParameterizedTest(name = "x = p + {0}")
  @CsvSource({"0", "1", "12345"})
  void rejectsXNotBelowTheModulusItself(long offset) {
    byte[] key = G1Reference.withFlags(G1Reference.P.add(BigInteger.valueOf(offset)), 0b101);

    PublicKeyCheck check = G1EncodingRules.verdictFromEncoding(key).orElseThrow();

    assertThat(check.status()).isEqualTo(KeyStatus.BAD_ENCODING);
    assertThat(check.message()).contains("field modulus");
  }

  @Test
  void acceptsXJustBelowTheModulusAsAnEncoding() {
    byte[] key = G1Reference.withFlags(G1Reference.P.subtract(BigInteger.ONE), 0b100);

    assertThat(G1EncodingRules.verdictFromEncoding(key)).isEmpty();
  }

  @ParameterizedTest(name = "byte 0 = {0}, byte 47 = {1} -> {2}")
  @CsvSource({
    "c0, 00, IDENTITY, identity",
    "c0, 80, BAD_ENCODING, infinity flag",
    "c1, 00, BAD_ENCODING, infinity flag",
    "e0, 00, BAD_ENCODING, flag bits 111",
    "20, 00, BAD_ENCODING, flag bits 001",
    "60, 05, BAD_ENCODING, flag bits 011",
    "40, 00, NOT_COMPRESSED, flag bits 010",
    "00, 00, NOT_COMPRESSED, flag bits 000"
  })
  void decidesFlagPatternsFromTheBits(
      String firstByte, String lastByte, KeyStatus expected, String messagePart) {
    byte[] key = new byte[48];
    key[0] = (byte) Integer.parseInt(firstByte, 16);
    key[47] = (byte) Integer.parseInt(lastByte, 16);

    PublicKeyCheck check = G1EncodingRules.verdictFromEncoding(key).orElseThrow();

    assertThat(check.status()).isEqualTo(expected);
    assertThat(check.message()).contains(messagePart);
  }

  @Test
  void xCoordinateIgnoresTheFlagBits() {
    assertThat(G1EncodingRules.xCoordinate(GENERATOR)).isEqualTo(G1Reference.xOf(GENERATOR));
    assertThat(G1EncodingRules.xCoordinate(GENERATOR).bitLength()).isLessThanOrEqualTo(381);
  }
}
