package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks that need curve arithmetic (square root, subgroup), compared point by point with the
 * {@link G1Reference} model, plus the flag-bit table of gnark's {@code setBytes}.
 */
class CurveArithmeticChecksTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] GENERATOR = HEX.parseHex(G1Reference.GENERATOR_HEX);

  @Test
  void smallXValuesAreClassifiedAsEulersCriterionAndTheSubgroupTestSay() throws Exception {
    Map<KeyStatus, Integer> counts = new EnumMap<>(KeyStatus.class);
    for (int x = 1; x <= 100; x++) {
      for (int flags : new int[] {0b100, 0b101}) {
        byte[] key = G1Reference.withFlags(BigInteger.valueOf(x), flags);
        KeyStatus status = Bls.checkPublicKey(key).status();
        counts.merge(status, 1, Integer::sum);

        boolean square =
            G1Reference.isSquare(G1Reference.curveRightHandSide(BigInteger.valueOf(x)));
        if (!square) {
          assertThat(status).as("x = %d", x).isEqualTo(KeyStatus.NOT_ON_CURVE);
        } else {
          G1Reference.Point point =
              G1Reference.decompress(BigInteger.valueOf(x), flags == 0b101).orElseThrow();
          KeyStatus expected =
              G1Reference.inSubgroup(point) ? KeyStatus.VALID : KeyStatus.NOT_IN_SUBGROUP;
          assertThat(status)
              .as("x = %d, flags %s", x, Integer.toBinaryString(flags))
              .isEqualTo(expected);
        }
      }
    }
    assertThat(counts).containsKeys(KeyStatus.NOT_ON_CURVE, KeyStatus.NOT_IN_SUBGROUP);
  }

  @Test
  void largestCanonicalXIsJudgedByTheCurveNotRejectedAsAnEncoding() throws Exception {
    BigInteger x = G1Reference.P.subtract(BigInteger.ONE);
    PublicKeyCheck check = Bls.checkPublicKey(G1Reference.withFlags(x, 0b100));

    assertThat(check.status()).isIn(KeyStatus.NOT_ON_CURVE, KeyStatus.NOT_IN_SUBGROUP);
    assertThat(check.onCurve()).contains(G1Reference.isSquare(G1Reference.curveRightHandSide(x)));
  }

  @ParameterizedTest(name = "flags {0} -> {1}")
  @CsvSource({
    "000, NOT_COMPRESSED",
    "001, BAD_ENCODING",
    "010, NOT_COMPRESSED",
    "011, BAD_ENCODING",
    "100, VALID",
    "101, VALID",
    "110, BAD_ENCODING",
    "111, BAD_ENCODING"
  })
  void appliesGnarksFlagTableToTheGeneratorX(String flags, KeyStatus expected) throws Exception {
    byte[] key = G1Reference.withFlags(G1Reference.xOf(GENERATOR), Integer.parseInt(flags, 2));

    assertThat(Bls.checkPublicKey(key).status()).isEqualTo(expected);
  }

  @Test
  void rejectsTheUncompressedFormOfAValidKeyOnLength() throws Exception {
    G1Reference.Point generator =
        G1Reference.decompress(G1Reference.xOf(GENERATOR), false).orElseThrow();
    byte[] uncompressed = G1Reference.uncompressed(generator);

    PublicKeyCheck check = Bls.checkPublicKey(uncompressed);

    assertThat(uncompressed).hasSize(96);
    assertThat(check.status()).isEqualTo(KeyStatus.WRONG_LENGTH);
    assertThat(check.length()).isEqualTo(96);
    assertThat(check.message()).contains("96 bytes");
  }

  @Test
  void notInSubgroupVerdictStatesTheFactsAUserSees() throws Exception {
    PublicKeyCheck check = Bls.checkPublicKey(G1Reference.withFlags(BigInteger.valueOf(4), 0b100));

    assertThat(check.status()).isEqualTo(KeyStatus.NOT_IN_SUBGROUP);
    assertThat(check.decodes()).isTrue();
    assertThat(check.onCurve()).contains(true);
    assertThat(check.inSubgroup()).contains(false);
    assertThat(check.notIdentity()).contains(true);
    assertThat(check.message())
        .isEqualTo("not in the G1 subgroup (on the curve, but fails the subgroup check)");
  }

  @Test
  void identityVerdictStatesTheFactsAUserSees() throws Exception {
    byte[] identity = new byte[48];
    identity[0] = (byte) 0xc0;

    PublicKeyCheck check = Bls.checkPublicKey(identity);

    assertThat(check.status()).isEqualTo(KeyStatus.IDENTITY);
    assertThat(check.decodes()).isTrue();
    assertThat(check.inSubgroup()).contains(true);
    assertThat(check.notIdentity()).contains(false);
    assertThat(check.isValid()).isFalse();
  }

  @Test
  void malformedEncodingLeavesCurveFactsUnknown() throws Exception {
    PublicKeyCheck check = Bls.checkPublicKey(new byte[47]);

    assertThat(check.decodes()).isFalse();
    assertThat(check.onCurve()).isEqualTo(Optional.empty());
    assertThat(check.inSubgroup()).isEmpty();
    assertThat(check.notIdentity()).isEmpty();
    assertThat(check.message())
        .isEqualTo("wrong length: 47 bytes, a compressed G1 public key has exactly 48");
  }

  @Test
  void doesNotModifyTheCallersArray() throws Exception {
    byte[] key = GENERATOR.clone();

    Bls.checkPublicKey(key);

    assertThat(key).isEqualTo(GENERATOR);
  }
}
